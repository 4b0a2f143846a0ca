"""`nsc-check schema`: the JSON Schema of the JSON report."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from pydantic import BaseModel

from .base import NscCommand, lang_option
from .common import emit, report_input_errors


@click.command(cls=NscCommand)
@click.option("--of", "of", type=click.Choice(["assess", "batch", "validate", "diff", "status", "plan",
                                       "refused"]),
              default="assess", show_default=True)
@click.option("--output", "-o", metavar="FILE")
@lang_option(expose=False)
@report_input_errors
def schema(of: str, output: str | None) -> None:
    # help: cli.help.schema (the schema itself is English: it is for programs)
    from .. import result
    from ..diff import Diff
    from ..plan import Plan
    from ..report import json as json_report

    models: dict[str, type[BaseModel]] = {"assess": result.Assessment, "batch": result.BatchReport,
              "validate": result.ValidationReport, "diff": Diff, "status": result.StatusReport,
              "plan": Plan, "refused": result.RefusedReport}
    emit(json_report.schema(models[of]), output)
