"""`nsc-check schema`: the JSON Schema of the JSON report."""

from __future__ import annotations

import click

from .common import emit


@click.command()
@click.option("--output", "-o", metavar="FILE", help="Write the schema to FILE.")
def schema(output: str | None) -> None:
    """Print the JSON Schema of `assess --format json`."""
    from ..report import json as json_report

    emit(json_report.schema(), output)
