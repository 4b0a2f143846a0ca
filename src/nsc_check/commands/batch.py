"""`nsc-check batch`: assess many cities' evidence folders across cores and rank them."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from ..messages import Lang
from ..output import write_atomically
from .base import NscCommand, collect_from_here, lang_option
from .common import date_option, emit_rich, pack_options, report_input_errors, rich_console, say


@click.command(cls=NscCommand)
@click.argument("folders", nargs=-1, required=True, type=click.Path(file_okay=False))
@pack_options
@click.option("--as-of", "as_of", callback=date_option, metavar="DATE")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--output", "-o", metavar="FILE")
@lang_option()
@click.option("--jobs", "-j", type=click.IntRange(min=1), metavar="N")
@report_input_errors
def batch(folders: tuple[str, ...], criteria_id: str | None, overlays: tuple[str, ...],
          as_of: dt.date | None, fmt: str, output: str | None, lang: Lang, jobs: int | None
          ) -> None:
    # help: cli.help.batch; exit codes 0 every city ready, 1 some not ready, 2 some bad input
    from .. import __version__
    from ..batch import Spool, assess_cities, exit_code, find_cities, json_chunks, league
    from ..pack import load_pack

    pack = load_pack(criteria_id, overlays)
    collect_from_here()  # any number of cities
    passed_over: list[Any] = []
    cities = find_cities(folders, passed_over)
    for warning in passed_over:
        click.echo(say(warning, lang), err=True)
    with Spool() as spool:
        with _progress(len(cities), lang) as advance:
            results = assess_cities(pack, cities, as_of, with_data=fmt == "json", jobs=jobs,
                                    on_result=advance, spool=spool)
        ranked = league(results)
        for result in ranked:
            for problem in result.problems:
                click.echo(say(problem, lang), err=True)
        if fmt == "json":
            chunks = json_chunks(ranked, __version__, pack, spool)
            if output:
                write_atomically(Path(output), chunks)
            else:
                for chunk in chunks:
                    click.echo(chunk, nl=False)
    if fmt != "json":
        _league_table(ranked, output, lang)
    sys.exit(exit_code(results))


def _league_table(ranked: list[Any], output: str | None, lang: Lang) -> None:
    """The league table drawn by rich on a terminal; as plain text into a file or a pipe, where
    colour and wrapping are of no use and rich would take a second a thousand cities."""
    from ..report.league import plain, render_league

    if output:
        write_atomically(Path(output), plain(ranked, lang))
    elif sys.stdout.isatty():
        emit_rich(lambda console: render_league(ranked, console, lang), None)
    else:
        click.echo(plain(ranked, lang), nl=False)


class _progress:
    """A rich progress bar on stderr, only when stderr is a terminal; otherwise nothing."""

    def __init__(self, total: int, lang: Lang) -> None:
        self.total, self.lang = total, lang
        self.bar: Any = None

    def __enter__(self) -> Any:
        if self.total < 2 or not sys.stderr.isatty():
            return None
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        from ..i18n import t

        self.bar = Progress("{task.description}", BarColumn(), MofNCompleteColumn(),
                            TimeRemainingColumn(), console=rich_console(stderr=True),
                            transient=True)
        self.bar.start()
        task = self.bar.add_task(t("assessing", self.lang), total=self.total)
        return lambda _result: self.bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

