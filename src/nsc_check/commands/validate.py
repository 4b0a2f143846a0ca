"""`nsc-check validate DIR`: every problem of an evidence folder in one pass, errors and warnings.

Errors are what the loader refuses (exit 2). Warnings are evidence that is usable but weak; they
are read off the Assessment (statuses, messages, findings), never re-derived here: an indicator
nobody reported, data older than the pack allows, a bare percentage where counts are asked for, a
referenced attachment that is missing. Entries still as `nsc-check init` wrote them (empty values)
are warned about as not yet filled instead of failing as errors.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from ..errors import InputError, Problem
from .common import EXIT_BAD_INPUT, date_option, pack_options, report_input_errors


@click.command()
@click.argument("evidence_dir", default="evidence", type=click.Path(file_okay=False))
@pack_options
@click.option("--as-of", "as_of", callback=date_option, metavar="DATE",
              help="Assessment date for the staleness check (default: the date in city.yaml).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Language of the warnings taken from the assessment.")
@report_input_errors
def validate(evidence_dir: str, criteria_id: str | None, overlays: tuple[str, ...],
             as_of: dt.date | None, fmt: str, lang: str) -> None:
    """Check an evidence folder and list every error and warning, each with file and line.

    Exit codes: 0 no errors (warnings allowed); 2 errors found.
    """
    from ..pack import load_pack

    pack = load_pack(criteria_id, overlays)
    folder = Path(evidence_dir)
    if not folder.is_dir():
        raise InputError.single("evidence folder not found", folder,
                                hint="give the folder holding city.yaml and the departments' files")
    problems = check(folder, pack, as_of, lang)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if fmt == "json":
        from ..result import ProblemData, ValidationReport

        report = ValidationReport(folder=str(folder), errors=errors, warnings=warnings,
                                  problems=[ProblemData.of(p) for p in problems])
        click.echo(report.model_dump_json(indent=2))
    else:
        for problem in problems:
            click.echo(str(problem))
        click.echo(summary(folder, errors, warnings, lang))
    sys.exit(EXIT_BAD_INPUT if errors else 0)


def summary(folder: Path, errors: int, warnings: int, lang: str) -> str:
    if lang == "en":
        verdict = "fix the errors, then run it again" if errors else "ready to assess"
        return f"{folder}: {errors} error(s), {warnings} warning(s): {verdict}"
    verdict = "请先改正错误后再检查" if errors else "可以进行评估"
    return f"{folder}：{errors} 个错误，{warnings} 个警告，{verdict}"


def check(folder: Path, pack: Any, as_of: dt.date | None, lang: str) -> list[Problem]:
    """Errors from loading, then warnings from assessing what could be loaded."""
    from ..assess import assess
    from ..evidence import load_evidence

    try:
        evidence = load_evidence(folder, pack, strict=False, as_of=as_of)
    except InputError as exc:
        return _sorted(exc.problems)
    text = "not yet filled" if lang == "en" else "尚未填写"
    problems = evidence.entry_problems() + [
        Problem(f"evidence.{u.id}: {text}", u.file, u.line, None,
                "请填写空白项，尚未报送的可删除该项" if lang == "zh" else
                "fill in the empty values, or delete the entry if it is not reported yet",
                "warning") for u in evidence.unfilled]
    usable = {k: e for k, e in evidence.entries.items() if not e.problems}
    result = assess(pack, dataclasses.replace(evidence, entries=usable), as_of)
    skip = {u.id for u in evidence.unfilled}
    problems += weak_evidence(result, folder, skip, lang)
    return _sorted(problems)


_HINTS = {
    "missing": ("请在牵头部门的证据文件或采集表中报送",
                "report it: add it to the lead department's file or form"),
    "stale": ("请报送更新的数据（或注明数据所属日期）",
              "report newer data (or the date the data describes)"),
    "bare": ("请填写分子和分母，便于核查",
             "give the counts (numerator and denominator) so the figure can be audited"),
    "document": ("请把文件放在证据文件夹内所填路径",
                 "put the file under the evidence folder, at the path given"),
    "invalid": ("请改正证据；写法见 nsc-check criteria kinds",
                "correct the evidence; see `nsc-check criteria kinds`"),
}


# Which coded messages of a result are worth a warning, and the hint each takes.
_WARN_BY_CODE = {"kinds.not_reported": "missing", "kinds.waiver_only": "missing",
                 "kinds.missing_years": "missing", "kinds.missing_measures": "missing",
                 "kinds.stale": "stale", "kinds.bare_percentage": "bare",
                 "kinds.document_missing": "document", "kinds.document_not_given": "document"}


def weak_evidence(result: Any, folder: Path, skip: set[str], lang: str) -> list[Problem]:
    """Warnings (and evaluation errors) read off the assessment: its statuses and the codes of
    its messages and findings."""
    out: list[Problem] = []
    own = [c for c in result.conditions if c.kind is not None]
    for item in [*result.indicators, *own]:
        if item.id in skip:
            continue
        where = item.evidence
        file = where.file if where else str(folder / f"{item.lead.id}.yaml")
        line = where.line if where else None

        def add(text: Any, hint: str, severity: str = "warning", item: Any = item,
                file: str = file, line: int | None = line) -> None:
            out.append(Problem(f"{item.id} {item.title.get(lang)}: {text.get(lang)}", file, line,
                               None, _HINTS[hint][0 if lang == "zh" else 1], severity))

        for note in item.messages:
            hint = _WARN_BY_CODE.get(note.code or "")
            if item.status == "invalid" and note.code == "kinds.invalid":
                add(note, "invalid", "error")
            elif hint is not None:
                add(note, hint)
        for finding in item.findings:
            if _WARN_BY_CODE.get(finding.code or "") == "document":
                add(finding, "document")
    return out


def _sorted(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.file or "", p.line or 0, p.column or 0))
