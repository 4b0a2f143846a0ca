"""`nsc-check init DIR`: write an evidence template for the departments to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from .base import NscCommand, lang_option
from .common import check_section_and_department, echo, pack_options, report_input_errors


@click.command(cls=NscCommand)
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--department", metavar="DEPARTMENT")
@pack_options
@lang_option(expose=False)
@report_input_errors
def init(folder: str, department: str | None, criteria_id: str | None,
         overlays: tuple[str, ...]) -> None:
    # help: cli.help.init; existing files are never overwritten
    from ..output import make_folder, write_atomically
    from ..pack import load_pack
    from ..template import city_document, department_document, departments_with_items, dump, latest_year

    pack = load_pack(criteria_id, overlays)
    department = check_section_and_department(pack, [], department)
    target = Path(folder)
    make_folder(target)
    year = latest_year()
    files = {"city.yaml": city_document()}
    for dept in departments_with_items(pack, department):
        files[f"{dept}.yaml"] = department_document(pack, dept, year)
    for name, doc in files.items():
        path = target / name
        if path.exists():
            echo("cli.skipped", path=str(path))
            continue
        write_atomically(path, dump(doc))
        echo("cli.wrote", path=str(path))
    echo("cli.init_next", folder=folder)
