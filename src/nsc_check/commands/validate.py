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
from ..messages import Lang, Msg, msg
from ..report import problems as problems_report
from ..report.problems import CITY, OTHER, weak_evidence
from .base import NscCommand, lang_option
from .common import EXIT_BAD_INPUT, date_option, pack_options, report_input_errors


@click.command(cls=NscCommand)
@click.argument("evidence_dir", default="evidence", type=click.Path(file_okay=False))
@pack_options
@click.option("--as-of", "as_of", callback=date_option, metavar="DATE")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@lang_option()
@report_input_errors
def validate(evidence_dir: str, criteria_id: str | None, overlays: tuple[str, ...],
             as_of: dt.date | None, fmt: str, lang: Lang) -> None:
    # help: cli.help.validate; exit codes 0 no errors (warnings allowed), 2 errors found
    from ..inputs import check_folder
    from ..pack import load_pack

    folder = Path(evidence_dir)
    try:
        pack = load_pack(criteria_id, overlays)
        check_folder(folder, msg("cli.folder_not_found"), msg("cli.folder_hint"))
    except InputError as exc:
        if fmt != "json":
            raise
        owned = [(p, "") for p in exc.problems]  # the same report, with the refusal in it
    else:
        owned = check(folder, pack, as_of)
    problems = [problem for problem, _department in owned]
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if fmt == "json":
        from ..result import ProblemData, ValidationReport

        report = ValidationReport(folder=str(folder), errors=errors, warnings=warnings,
                                  problems=[ProblemData.of(p) for p in problems])
        click.echo(report.model_dump_json(indent=2))
    else:
        for line in problems_report.grouped_lines(owned, pack, lang):
            click.echo(line)
        click.echo(problems_report.summary(folder, errors, warnings, lang))
    sys.exit(EXIT_BAD_INPUT if errors else 0)


def check(folder: Path, pack: Any, as_of: dt.date | None) -> list[tuple[Problem, str]]:
    """Errors from loading, then warnings from assessing what could be loaded; each with the
    department it is for: the lead department of the item it is about, else the department whose
    file it is in (CITY for city.yaml, OTHER for none)."""
    from ..assess import assess
    from ..evidence import load_evidence

    try:
        evidence = load_evidence(folder, pack, strict=False, as_of=as_of)
    except InputError as exc:
        return _sorted([(p, _file_department(p.file, pack, {})) for p in exc.problems])
    files = evidence.departments.files
    owned = [(p, _file_department(p.file, pack, files))
             for p in evidence.entry_problems() + evidence.not_read]
    for unfilled in evidence.unfilled:
        owner = pack.indicator(unfilled.id) or pack.condition(unfilled.id)
        lead = owner.lead if owner is not None else _file_department(unfilled.file, pack, files)
        owned.append((Problem(msg("cli.unfilled", item=_item(unfilled.id, owner),
                                  department=pack.header.departments.get(lead, lead)),
                              unfilled.file, unfilled.line, None, msg("cli.hint.unfilled"),
                              "warning"), lead))
    usable = {k: e for k, e in evidence.entries.items() if not e.problems}
    result = assess(pack, dataclasses.replace(evidence, entries=usable), as_of)
    # an entry in error is reported already (its error says what to fix), an unfilled one too
    skip = {u.id for u in evidence.unfilled} | {k for k, e in evidence.entries.items() if e.problems}
    owned += weak_evidence(result, folder, skip)
    return _sorted(owned)


def _item(item_id: str, owner: Any) -> Msg:
    title = owner.title if owner is not None else ""
    return msg("cli.item", id=item_id, title=title)


def _file_department(file: str | None, pack: Any, files: dict[str, str]) -> str:
    """The department a file is of: as the file says, else by its name (env.yaml); the city's
    own file is the city's."""
    if not file:
        return OTHER
    name = Path(file).name
    if name in files:
        return files[name]
    stem = Path(file).stem
    if name == "city.yaml":
        return CITY
    return stem if stem in pack.header.departments else OTHER


def _sorted(owned: list[tuple[Problem, str]]) -> list[tuple[Problem, str]]:
    return sorted(owned, key=lambda pair: (pair[0].file or "", pair[0].line or 0,
                                           pair[0].column or 0))
