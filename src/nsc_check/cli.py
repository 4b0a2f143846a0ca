"""The command line: thin click commands that load, assess and hand the result to a reporter.

Input errors become a message naming file, line and field, and exit code 2.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any

import click

from . import __version__
from .errors import InputError
from .output import write_atomically
from .values import parse_date

STATUS_CHOICES = ("pass", "partial", "fail", "missing", "stale", "not_applicable", "invalid")

EXIT_READY, EXIT_NOT_READY, EXIT_BAD_INPUT = 0, 1, 2


def report_input_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn InputError into a message on stderr and exit 2, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            count = len(exc.problems)
            click.echo(f"nsc-check: {count} problem{'s' if count != 1 else ''} found; "
                       "nothing was assessed", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nsc-check")
def main() -> None:
    """Self-assessment against the National Sanitary City standard (国家卫生城市标准)."""


@main.group()
def criteria() -> None:
    """Check and browse criteria packs."""


@criteria.command("check")
@click.argument("pack_dir", required=False)
@report_input_errors
def criteria_check(pack_dir: str | None) -> None:
    """Validate a criteria pack (a folder, or the id of a bundled pack)."""
    from .pack import load_pack

    pack = load_pack(pack_dir)
    inds = pack.indicators()
    click.echo(f"{pack.folder}: ok: {pack.id} ({pack.header.edition}), "
               f"{len(pack.conditions)} basic conditions, {len(pack.sections)} sections, "
               f"{len(inds)} indicators, {sum(i.points for i in inds):g} points")


def _date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _statuses(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str]:
    chosen = [v.strip() for v in (value or "").split(",") if v.strip()]
    unknown = [v for v in chosen if v not in STATUS_CHOICES]
    if unknown:
        raise click.BadParameter(f"unknown status {', '.join(unknown)}; "
                                 f"choose from {', '.join(STATUS_CHOICES)}")
    return chosen


def emit(text: str, output: str | None) -> None:
    if output:
        write_atomically(Path(output), text)
    else:
        click.echo(text, nl=False)


@main.command()
@click.argument("evidence_dir", default="evidence", type=click.Path(file_okay=False))
@click.option("--criteria", "criteria_id", metavar="ID_OR_DIR",
              help="Criteria pack: a bundled pack id or a pack folder (default: nsc-2010).")
@click.option("--as-of", "as_of", callback=_date_option, metavar="DATE",
              help="Assessment date (default: the date in city.yaml).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="Report format.")
@click.option("--output", "-o", metavar="FILE", help="Write the report to FILE (whole or not at all).")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True,
              help="Report language.")
@click.option("--section", "sections", multiple=True, metavar="S03",
              help="Show only this section's indicators (repeatable).")
@click.option("--status", "statuses", callback=_statuses, metavar="LIST",
              help="Show only indicators with these statuses, e.g. fail,missing.")
@click.option("--department", metavar="ID", help="Show only this lead department's indicators.")
@click.option("--fail-on", type=click.Choice(["not-ready", "not-eligible", "never"]),
              default="not-ready", show_default=True,
              help="When to exit 1: the city is not ready, not eligible, or never.")
@click.option("--keep-going", is_flag=True,
              help="Assess even when some entries are unusable; they count as `invalid`.")
@report_input_errors
def assess(evidence_dir: str, criteria_id: str | None, as_of: dt.date | None, fmt: str,
           output: str | None, lang: str, sections: tuple[str, ...], statuses: list[str],
           department: str | None, fail_on: str, keep_going: bool) -> None:
    """Assess an evidence folder (default ./evidence) and print the gap report.

    Exit codes: 0 ready to apply; 1 assessed but not ready; 2 bad input or usage.
    """
    from .assess import assess as run_assessment
    from .evidence import load_evidence
    from .pack import load_pack
    from .result import Filters

    pack = load_pack(criteria_id)
    _check_filters(pack, sections, department)
    evidence = load_evidence(Path(evidence_dir), pack, strict=not keep_going)
    result = run_assessment(pack, evidence, as_of)
    shown = result.filtered(Filters(sections=[s.upper() for s in sections], statuses=statuses,
                                    department=department))
    emit(render(shown, fmt, lang, to_file=bool(output)), output)
    sys.exit(exit_code(result.summary.eligible, result.summary.ready, fail_on))


def _check_filters(pack: Any, sections: tuple[str, ...], department: str | None) -> None:
    known = {s.id for s in pack.sections}
    for section in sections:
        if section.upper() not in known:
            raise click.BadParameter(f"unknown section {section!r}; the pack has "
                                     f"{', '.join(sorted(known))}", param_hint="--section")
    if department is not None and department not in pack.header.departments:
        raise click.BadParameter(f"unknown department {department!r}; the pack has "
                                 f"{', '.join(pack.header.departments)}",
                                 param_hint="--department")


def exit_code(eligible: bool, ready: bool, fail_on: str) -> int:
    if fail_on == "never" or ready:
        return EXIT_READY
    if fail_on == "not-eligible":
        return EXIT_READY if eligible else EXIT_NOT_READY
    return EXIT_NOT_READY


def render(result: Any, fmt: str, lang: str, to_file: bool) -> str:
    """The report as text; on a terminal the table is printed with colour by rich itself."""
    if fmt == "json":
        from .report import json as json_report

        return json_report.render(result)
    from rich.console import Console

    from .report import terminal

    if not to_file:
        terminal.render(result, Console(), lang)  # type: ignore[arg-type]
        return ""
    buffer = io.StringIO()
    terminal.render(result, Console(file=buffer, width=100, no_color=True, force_terminal=False,
                                    color_system=None), lang)  # type: ignore[arg-type]
    return buffer.getvalue()


@main.command()
@click.option("--output", "-o", metavar="FILE", help="Write the schema to FILE.")
def schema(output: str | None) -> None:
    """Print the JSON Schema of `assess --format json`."""
    from .report import json as json_report

    emit(json_report.schema(), output)


@criteria.command("kinds")
def criteria_kinds() -> None:
    """Describe the evidence kinds, with a passing and a failing example of each."""
    from . import kinds

    for name, module in kinds.KINDS.items():
        click.echo(f"== {name} ==")
        click.echo((module.__doc__ or "").strip() + "\n")
