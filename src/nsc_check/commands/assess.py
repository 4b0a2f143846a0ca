"""`nsc-check assess`: load a pack and an evidence folder, assess, report."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from ..messages import Lang, msg
from .base import NscCommand, lang_option
from .common import (
    EXIT_NOT_READY,
    EXIT_READY,
    check_section_and_department,
    date_option,
    emit,
    emit_rich,
    pack_options,
    report_input_errors,
    statuses_option,
)
from .usage import BadUsage, BadValue

FORMATS = ("table", "json", "markdown", "html", "xlsx")


@click.command(cls=NscCommand)
@click.argument("evidence_dir", default="evidence", type=click.Path(file_okay=False))
@pack_options
@click.option("--as-of", "as_of", callback=date_option, metavar="DATE")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--by", type=click.Choice(["section", "department"]), default="section",
              show_default=True)
@click.option("--output", "-o", metavar="FILE")
@lang_option()
@click.option("--section", "sections", multiple=True, metavar="S03")
@click.option("--status", "statuses", callback=statuses_option, metavar="LIST")
@click.option("--department", metavar="DEPARTMENT")
@click.option("--fail-on", type=click.Choice(["not-ready", "not-eligible", "never"]),
              default="not-ready", show_default=True)
@click.option("--assume-pass", "assume_pass", metavar="IDS")
@click.option("--keep-going", is_flag=True)
@report_input_errors
def assess(evidence_dir: str, criteria_id: str | None, overlays: tuple[str, ...],
           as_of: dt.date | None, fmt: str, output: str | None, lang: Lang,
           sections: tuple[str, ...], statuses: list[str],
           department: str | None, fail_on: str, keep_going: bool, by: str = "section",
           assume_pass: str | None = None) -> None:
    # help: cli.help.assess; exit codes 0 ready, 1 not ready, 2 bad input or usage
    from ..assess import assess as run_assessment
    from ..evidence import load_evidence
    from ..pack import load_pack
    from ..result import Filters

    if fmt == "xlsx" and not output:
        raise BadUsage(msg("cli.xlsx_needs_output"))
    if assume_pass and fmt not in ("table", "json"):  # a what-if is never a report to forward
        raise BadUsage(msg("plan.assume_format", format=fmt))
    pack = load_pack(criteria_id, overlays)
    department = check_section_and_department(pack, sections, department)
    evidence = load_evidence(Path(evidence_dir), pack, strict=not keep_going, as_of=as_of,
                             keep_going=keep_going)
    result = run_assessment(pack, evidence, as_of)
    # the exit code tells the city as its evidence stands: a what-if never says ready
    code = exit_code(result.summary.eligible, result.summary.ready, fail_on)
    if assume_pass:
        result = run_assessment(pack, evidence, as_of,
                                assume_pass=assumed_gaps(assume_pass, pack, result))
    shown = result.filtered(Filters(sections=[s.upper() for s in sections], statuses=statuses,
                                    department=department))
    plan = None
    if fmt in ("html", "markdown", "xlsx") and not result.summary.ready:
        from .plan import build_plan  # the reports a city forwards carry its plan

        plan = build_plan(pack, evidence, result, Path(evidence_dir))
    render(shown, fmt, lang, output, by, plan)
    sys.exit(code)


def assumed_gaps(value: str, pack: Any, result: Any) -> list[str]:
    """The ids of `--assume-pass`: gaps of this assessment (indicators, or basic conditions with
    evidence of their own); anything else is a usage error."""
    written = value.replace("\uff0c", ",")  # a full-width comma too
    ids = [v.strip().upper() for v in written.split(",") if v.strip()]
    gaps = {r.id: r.status for r in result.indicators}
    gaps.update({c.id: c.status for c in result.conditions if c.kind is not None})
    for item in ids:
        cond = pack.condition(item)
        if cond is not None and cond.kind is None:
            raise BadValue(msg("plan.assume_condition", item=item, ids=cond.rests_on),
                           param_hint="--assume-pass")
        if item not in gaps:
            raise BadValue(msg("plan.assume_unknown", item=item), param_hint="--assume-pass")
        if gaps[item] in ("pass", "not_applicable", "met"):
            raise BadValue(msg("plan.assume_not_a_gap", item=item,
                               status=msg(f"status.{gaps[item]}")), param_hint="--assume-pass")
    return ids


def exit_code(eligible: bool, ready: bool, fail_on: str) -> int:
    if fail_on == "never" or ready:
        return EXIT_READY
    if fail_on == "not-eligible":
        return EXIT_READY if eligible else EXIT_NOT_READY
    return EXIT_NOT_READY


def render(result: Any, fmt: str, lang: str, output: str | None, by: str = "section",
           plan: Any = None) -> None:
    """Write the report in its format: rich on the terminal for `table`, text or bytes else."""
    if fmt == "table":
        from ..report import terminal

        emit_rich(lambda console: terminal.render(result, console, lang, by), output)  # type: ignore[arg-type]
        return
    if fmt == "json":
        from ..report import json as json_report

        emit(json_report.render(result), output)
        return
    # html, markdown, xlsx: report/<fmt>.py, each with render(result, lang, plan)
    from importlib import import_module

    emit(import_module(f"..report.{fmt}", __package__).render(result, lang, plan), output)
