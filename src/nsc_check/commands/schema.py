"""`nsc-check schema`: the JSON Schema of the JSON report."""

from __future__ import annotations

import click

from .common import emit, report_input_errors


@click.command()
@click.option("--of", "of", type=click.Choice(["assess", "batch", "validate", "diff", "plan"]),
              default="assess", show_default=True, help="Which command's JSON output.")
@click.option("--output", "-o", metavar="FILE", help="Write the schema to FILE.")
@report_input_errors
def schema(of: str, output: str | None) -> None:
    """Print the JSON Schema of a command's `--format json` output (default: assess)."""
    from .. import result
    from ..diff import Diff
    from ..plan import Plan
    from ..report import json as json_report

    models = {"assess": result.Assessment, "batch": result.BatchReport,
              "validate": result.ValidationReport, "diff": Diff, "plan": Plan}
    emit(json_report.schema(models[of]), output)
