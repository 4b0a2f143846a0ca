"""`nsc-check init DIR`: write an evidence template for the departments to fill in."""

from __future__ import annotations

from pathlib import Path

import click

from .common import check_section_and_department, pack_options, report_input_errors


@click.command()
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--department", metavar="ID", help="Write only this department's file.")
@pack_options
@report_input_errors
def init(folder: str, department: str | None, criteria_id: str | None,
         overlays: tuple[str, ...]) -> None:
    """Write an evidence template: city.yaml and one commented file per department.

    Existing files are never overwritten: they are listed as skipped.
    """
    from ..output import make_folder, write_atomically
    from ..pack import load_pack
    from ..template import city_document, department_document, departments_with_items, dump, latest_year

    pack = load_pack(criteria_id, overlays)
    check_section_and_department(pack, [], department)
    target = Path(folder)
    make_folder(target)
    year = latest_year()
    files = {"city.yaml": city_document()}
    for dept in departments_with_items(pack, department):
        files[f"{dept}.yaml"] = department_document(pack, dept, year)
    for name, doc in files.items():
        path = target / name
        if path.exists():
            click.echo(f"skipped {path} (already there, left unchanged)")
            continue
        write_atomically(path, dump(doc))
        click.echo(f"wrote   {path}")
    click.echo(f"Next: fill in the files (or hand out `nsc-check form export {folder}`), "
               f"then run `nsc-check validate {folder}`.")
