"""`nsc-check form export|import`: Excel collection forms for the member departments."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import (
    EXIT_NOT_READY,
    check_section_and_department,
    pack_options,
    report_input_errors,
)


@click.group()
def form() -> None:
    """Excel forms: hand them out to the departments, import them back as evidence."""


@form.command("export")
@click.argument("evidence_dir", required=False, type=click.Path(file_okay=False))
@click.option("--output", "-o", required=True, metavar="FILE.xlsx", help="The workbook to write.")
@click.option("--department", metavar="ID", help="Only this department's sheet (and the city's).")
@pack_options
@report_input_errors
def form_export(evidence_dir: str | None, output: str, department: str | None,
                criteria_id: str | None, overlays: tuple[str, ...]) -> None:
    """Write a collection workbook, pre-filled from EVIDENCE_DIR when given."""
    from ..evidence import load_evidence
    from ..forms import export
    from ..output import write_atomically
    from ..pack import load_pack

    pack = load_pack(criteria_id, overlays)
    check_section_and_department(pack, [], department)
    evidence = load_evidence(Path(evidence_dir), pack, strict=False) if evidence_dir else None
    data, notes = export(pack, evidence, department)
    write_atomically(Path(output), data)
    for note in notes:
        click.echo(f"note: {note}", err=True)
    click.echo(f"wrote {output}" + (f" (pre-filled from {evidence_dir})" if evidence_dir else ""))


@form.command("import")
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("--into", required=True, type=click.Path(file_okay=False), metavar="DIR",
              help="The evidence folder to write into.")
@click.option("--force", is_flag=True,
              help="Overwrite files even when they changed since the form was exported.")
@pack_options
@report_input_errors
def form_import(workbook: str, into: str, force: bool, criteria_id: str | None,
                overlays: tuple[str, ...]) -> None:
    """Turn a filled workbook into evidence YAML (city.yaml and one file per department).

    Nothing is written if any cell cannot be read (exit 2), or if a file to be written changed
    since the export, unless --force (exit 1): files are written all or none.
    """
    from ..errors import InputError
    from ..forms import read_form, write_planned
    from ..output import write_atomically
    from ..pack import load_pack

    pack = load_pack(criteria_id, overlays)
    path = Path(workbook)
    if not path.is_file():
        raise InputError.single("workbook not found", path)
    planned, notes = read_form(path, pack, Path(into))
    written, refused = write_planned(planned, Path(into), force, write_atomically)
    for note in notes if written else ():
        click.echo(f"note: {note}", err=True)
    for target in written:
        click.echo(f"wrote   {target}")
    for target in refused:
        click.echo(f"refused {target}: it changed since the form was exported", err=True)
    if refused:
        click.echo("nothing was written (use --force to overwrite the files named)", err=True)
    if not planned:
        click.echo("the form holds nothing filled in: no file written")
    elif not written and not refused:
        click.echo("the folder already holds what the form says: no file written")
    if refused:
        sys.exit(EXIT_NOT_READY)
