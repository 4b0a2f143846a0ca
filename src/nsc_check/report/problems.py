"""What `nsc-check validate` shows: the problems of an evidence folder grouped by department,
its summary line, and the warnings read off an assessment (weak evidence: an item nobody
reported, data too old, a bare percentage, a document missing), each with its hint."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import Problem
from ..messages import Lang, msg, text

CITY, OTHER = "city", ""  # the city's own file; no department's


def summary(folder: Path, errors: int, warnings: int, lang: Lang) -> str:
    code = "cli.validate_summary_errors" if errors else "cli.validate_summary_ok"
    return text(code, lang, folder=str(folder), errors=errors, warnings=warnings)


def grouped_lines(owned: list[tuple[Problem, str]], pack: Any, lang: Lang) -> list[str]:
    """The problems by department, in the pack's order of departments (the city's file first,
    problems no department owns last), each group under a heading with its counts and its errors
    before its warnings. Every line keeps its file:line:col."""
    names = pack.header.departments
    order = [CITY, *names, OTHER]
    groups: dict[str, list[Problem]] = {}
    for problem, department in owned:
        groups.setdefault(department, []).append(problem)
    lines: list[str] = []
    for key in sorted(groups, key=lambda k: order.index(k) if k in order else len(order)):
        members = groups[key]
        errors = [p for p in members if p.severity == "error"]
        warnings = [p for p in members if p.severity != "error"]
        if key == CITY:
            title: Any = msg("cli.validate_group_city")
        elif key in names:
            title = msg("cli.department_choice", id=key, name=names[key])
        else:
            title = msg("cli.validate_group_other")
        if lines:
            lines.append("")
        lines.append(text("cli.validate_group", lang, department=title, errors=len(errors),
                          warnings=len(warnings)))
        lines += [p.render(lang) for p in errors + warnings]
    return lines


# Which coded messages of a result are worth a warning, and the hint each takes.
_WARN_BY_CODE = {"kinds.not_reported": "missing", "kinds.waiver_only": "missing",
                 "kinds.missing_years": "missing", "kinds.missing_measures": "missing",
                 "kinds.stale": "stale", "kinds.undated": "stale",
                 "kinds.bare_percentage": "bare",
                 "kinds.document_missing": "document", "kinds.document_not_given": "document",
                 "collect.due_year_missing": "stale", "collect.doc_not_this_year": "stale",
                 "collect.doc_period_over": "stale", "collect.doc_undated": "stale"}


def weak_evidence(result: Any, folder: Path, skip: set[str]) -> list[tuple[Problem, str]]:
    """Warnings (and evaluation errors) read off the assessment: its statuses and the codes of
    its messages and findings; each with the lead department that must report the item."""
    out: list[tuple[Problem, str]] = []
    own = [c for c in result.conditions if c.kind is not None]
    for item in [*result.indicators, *own]:
        if item.id in skip:
            continue
        where = item.evidence
        file = where.file if where else str(folder / f"{item.lead.id}.yaml")
        line = where.line if where else None

        def add(note: Any, hint: str, severity: str = "warning", item: Any = item,
                file: str = file, line: int | None = line) -> None:
            message = msg("cli.weak", item=msg("cli.item", id=item.id, title=item.title),
                          text=note, department=item.lead.name)
            out.append((Problem(message, file, line, None, msg(f"cli.hint.{hint}"), severity),
                        item.lead.id))

        for note in item.messages:
            hint = _WARN_BY_CODE.get(note.code or "")
            if item.status == "invalid" and note.code == "kinds.invalid":
                add(note, "invalid", "error")
            elif hint is not None:
                add(note, hint)
        for finding in item.findings:
            if _WARN_BY_CODE.get(finding.code or "") == "document":
                add(finding, "document")
            elif (finding.code or "") in _WARN_BY_CODE:
                add(finding, _WARN_BY_CODE[finding.code or ""])
    return out
