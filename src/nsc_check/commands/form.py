"""`nsc-check form export|import`: Excel collection forms for the member departments."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..messages import msg
from .base import NscGroup, collect_from_here, lang_option
from .common import (
    EXIT_NOT_READY,
    check_section_and_department,
    echo,
    pack_options,
    report_input_errors,
    say,
)


@click.group(cls=NscGroup)
@lang_option(expose=False)
def form() -> None:
    # the help is `cli.help.form` in the catalogue
    collect_from_here()  # openpyxl's workbooks are full of cycles


@form.command("export")
@click.argument("evidence_dir", required=False, type=click.Path(file_okay=False))
@click.option("--output", "-o", required=True, metavar="FILE.xlsx")
@click.option("--department", metavar="DEPARTMENT")
@pack_options
@lang_option(expose=False)
@report_input_errors
def form_export(evidence_dir: str | None, output: str, department: str | None,
                criteria_id: str | None, overlays: tuple[str, ...]) -> None:
    from ..errors import InputError
    from ..evidence import CITY_FILE, load_evidence
    from ..forms import export
    from ..output import write_atomically
    from ..pack import load_pack
    from ..yamlio import read_yaml

    pack = load_pack(criteria_id, overlays)
    department = check_section_and_department(pack, [], department)
    evidence = None
    city_values: dict[str, object] = {}
    if evidence_dir:
        folder = Path(evidence_dir)
        # city.yaml as `init` leaves it is for the office to fill in on the form's city sheet
        evidence = load_evidence(folder, pack, strict=False, city_optional=True)
        if evidence.city is None and (folder / CITY_FILE).is_file():
            try:
                raw = read_yaml(folder / CITY_FILE).data
                city_values = raw if isinstance(raw, dict) else {}
            except InputError:
                city_values = {}
    data, notes = export(pack, evidence, department, city_values=city_values)
    write_atomically(Path(output), data)
    for note in notes:
        echo("cli.note", err=True, note=say(note))
    if evidence is not None and evidence.city is None:
        echo("forms.cmd.city_blank", err=True)
    if evidence_dir:
        echo("cli.wrote_form_prefilled", path=output, folder=evidence_dir)
    else:
        echo("cli.wrote_form", path=output)


@form.command("import")
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("--into", required=True, type=click.Path(file_okay=False), metavar="DIR")
@click.option("--force", is_flag=True)
@pack_options
@lang_option(expose=False)
@report_input_errors
def form_import(workbook: str, into: str, force: bool, criteria_id: str | None,
                overlays: tuple[str, ...]) -> None:
    # help: cli.help.form.import; files are written all or none
    from ..forms import read_form, write_planned
    from ..inputs import check_file
    from ..output import write_atomically
    from ..pack import load_pack

    pack = load_pack(criteria_id, overlays)
    path = Path(workbook)
    check_file(path, msg("cli.workbook_not_found"))
    planned, notes = read_form(path, pack, Path(into))
    written, refused = write_planned(planned, Path(into), force, write_atomically)
    for note in notes:  # the city sheet's notice stands whether or not anything was written
        if written or note.code == "forms.note.city_sheet_ignored":
            echo("cli.note", err=True, note=say(note))
    for target in written:
        echo("cli.wrote", path=str(target))
    for target in refused:
        echo("cli.refused_changed", err=True, path=str(target))
    if refused:
        echo("cli.nothing_written", err=True)
    if not planned:
        echo("cli.form_empty")
    elif not written and not refused:
        echo("cli.form_unchanged")
    if refused:
        sys.exit(EXIT_NOT_READY)
