"""What the commands share: input errors to exit 2, dates and statuses as options, output."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from functools import wraps
from pathlib import Path
from typing import Any

import click

from ..errors import InputError
from ..output import write_atomically

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
            click.echo(f"nsc-check: {count} problem{'s' if count != 1 else ''} found "
                       "(fix them and run the command again)", err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper


def date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    from ..values import parse_date  # here, so that `--help` does not import pydantic

    try:
        return parse_date(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def statuses_option(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str]:
    from ..assess import STATUSES  # here, so that `--help` does not import pydantic

    chosen = [v.strip() for v in (value or "").split(",") if v.strip()]
    unknown = [v for v in chosen if v not in STATUSES]
    if unknown:
        raise click.BadParameter(f"unknown status {', '.join(unknown)}; "
                                 f"choose from {', '.join(STATUSES)}")
    return chosen


def emit(text: str, output: str | None) -> None:
    if output:
        write_atomically(Path(output), text)
    else:
        click.echo(text, nl=False)


def pack_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--criteria ID_OR_DIR` and `--overlay FILE` (repeatable): the pack a command works on."""
    func = click.option("--overlay", "overlays", multiple=True, metavar="FILE",
                        help="Apply an overlay to the pack (repeatable, in order).")(func)
    return click.option("--criteria", "criteria_id", metavar="ID_OR_DIR",
                        help="Criteria pack: a bundled pack id or a pack folder "
                             "(default: nsc-2010).")(func)


def check_section_and_department(pack: Any, sections: Sequence[str], department: str | None
                                 ) -> None:
    """Usage errors for a section or department the pack does not have."""
    known = {s.id for s in pack.sections}
    for section in sections:
        if section.upper() not in known:
            raise click.BadParameter(f"unknown section {section!r}; the pack has "
                                     f"{', '.join(sorted(known))}", param_hint="--section")
    if department is not None and department not in pack.header.departments:
        raise click.BadParameter(f"unknown department {department!r}; the pack has "
                                 f"{', '.join(pack.header.departments)}",
                                 param_hint="--department")


def rich_console(**options: Any) -> Any:
    """A rich Console that prints user text as it is: never as markup (`[red]`) or emoji codes."""
    from rich.console import Console

    return Console(markup=False, emoji=False, highlight=False, **options)


def emit_rich(draw: Callable[[Any], None], output: str | None, width: int = 100) -> None:
    """Draw a rich report on the terminal (colour where it is one) or, with --output, into a
    plain-text file written whole."""
    if not output:
        draw(rich_console())
        return
    import io

    buffer = io.StringIO()
    draw(rich_console(file=buffer, width=width, no_color=True, force_terminal=False,
                      color_system=None))
    write_atomically(Path(output), buffer.getvalue())
