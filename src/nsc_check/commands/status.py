"""`nsc-check status [DIR]`: how the collection of evidence stands, per department, with whom to
ask for what is outstanding."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..messages import Lang
from .base import NscCommand, lang_option
from .common import date_option, emit, emit_rich, pack_options, report_input_errors


@click.command(cls=NscCommand)
@click.argument("evidence_dir", default="evidence", type=click.Path(file_okay=False))
@pack_options
@click.option("--as-of", "as_of", callback=date_option, metavar="DATE")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@lang_option()
@report_input_errors
def status(evidence_dir: str, criteria_id: str | None, overlays: tuple[str, ...],
           as_of: dt.date | None, fmt: str, lang: Lang) -> None:
    # help: cli.help.status
    from .. import __version__
    from ..assess import assess
    from ..evidence import load_evidence
    from ..pack import load_pack
    from ..report import collection as view
    from ..result import StatusReport

    pack = load_pack(criteria_id, overlays)
    # everything that can be counted is counted: unusable entries and entries under unknown ids
    # are shown, not fatal
    evidence = load_evidence(Path(evidence_dir), pack, strict=False, as_of=as_of,
                             keep_going=True)
    result = assess(pack, evidence, as_of)
    assert result.collection is not None
    if fmt == "json":
        report = StatusReport(tool_version=__version__, pack=result.pack, city=result.city,
                              as_of=result.as_of, collection=result.collection)
        emit(report.model_dump_json(indent=2) + "\n", None)
        return
    emit_rich(lambda console: view.render(result, console, lang), None)
