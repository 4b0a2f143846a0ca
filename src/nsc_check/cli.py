"""The command line: thin click commands that load, assess and hand the result to a reporter.

Input errors become a message naming file, line and field, and exit code 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from . import __version__
from .errors import InputError

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
