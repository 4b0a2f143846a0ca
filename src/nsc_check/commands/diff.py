"""`nsc-check diff OLD.json NEW.json`: what changed between two saved assessments."""

from __future__ import annotations

from pathlib import Path

import click

from ..messages import Lang
from .base import NscCommand, lang_option
from .common import emit, emit_rich, report_input_errors, say


@click.command(cls=NscCommand)
@click.argument("old", metavar="OLD.json")
@click.argument("new", metavar="NEW.json")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--output", "-o", metavar="FILE")
@lang_option()
@report_input_errors
def diff(old: str, new: str, fmt: str, output: str | None, lang: Lang) -> None:
    # help: cli.help.diff
    from ..diff import comparable, compare, load_saved

    before, after = load_saved(Path(old)), load_saved(Path(new))
    for note in comparable(before, after, new):
        click.echo(say(note, lang), err=True)
    result = compare(before, after, old, new)
    if fmt == "json":
        emit(result.model_dump_json(indent=2) + "\n", output)
        return
    from ..report.diff import render

    emit_rich(lambda console: render(result, console, lang), output)
