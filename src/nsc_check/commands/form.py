"""`nsc-check form export|import`: Excel collection forms for the member departments."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..messages import Msg, default_lang, msg, text
from .common import (
    EXIT_NOT_READY,
    check_section_and_department,
    pack_options,
    report_input_errors,
)


def _h(code: str) -> str:
    """Help text in the language the environment asks for (Chinese unless NSC_LANG=en)."""
    return text(f"forms.help.{code}", default_lang())


def _say(message: Msg, err: bool = False) -> None:
    click.echo(message.text(default_lang()), err=err)


@click.group(help=_h("group"), short_help=_h("group"))
def form() -> None:
    pass


@form.command("export", help=_h("export"), short_help=_h("export_short"))
@click.argument("evidence_dir", required=False, type=click.Path(file_okay=False))
@click.option("--output", "-o", required=True, metavar="FILE.xlsx", help=_h("output"))
@click.option("--department", metavar="ID", help=_h("department"))
@pack_options
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
    check_section_and_department(pack, [], department)
    evidence, city_values = None, {}
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
        _say(msg("forms.cmd.note", note=note), err=True)
    if evidence is not None and evidence.city is None:
        _say(msg("forms.cmd.city_blank"), err=True)
    _say(msg("forms.cmd.wrote_prefilled", file=output, folder=evidence_dir) if evidence_dir
         else msg("forms.cmd.wrote", file=output))


@form.command("import", help=_h("import"), short_help=_h("import_short"))
@click.argument("workbook", type=click.Path(dir_okay=False))
@click.option("--into", required=True, type=click.Path(file_okay=False), metavar="DIR",
              help=_h("into"))
@click.option("--force", is_flag=True, help=_h("force"))
@pack_options
@report_input_errors
def form_import(workbook: str, into: str, force: bool, criteria_id: str | None,
                overlays: tuple[str, ...]) -> None:
    from ..errors import InputError
    from ..forms import read_form, write_planned
    from ..output import write_atomically
    from ..pack import load_pack

    pack = load_pack(criteria_id, overlays)
    path = Path(workbook)
    if not path.is_file():
        raise InputError.single(msg("forms.workbook_not_found"), path)
    planned, notes = read_form(path, pack, Path(into))
    written, refused = write_planned(planned, Path(into), force, write_atomically)
    for note in notes if written else ():
        _say(msg("forms.cmd.note", note=note), err=True)
    for target in written:
        _say(msg("forms.cmd.wrote_file", file=str(target)))
    for target in refused:
        _say(msg("forms.cmd.refused_file", file=str(target)), err=True)
    if refused:
        _say(msg("forms.cmd.nothing_written"), err=True)
    if not planned:
        _say(msg("forms.cmd.nothing_filled"))
    elif not written and not refused:
        _say(msg("forms.cmd.already_there"))
    if refused:
        sys.exit(EXIT_NOT_READY)
