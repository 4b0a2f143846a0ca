"""`nsc-check criteria …`: check and browse criteria packs."""

from __future__ import annotations

import click

from .common import report_input_errors


@click.group()
def criteria() -> None:
    """Check and browse criteria packs."""


@criteria.command("check")
@click.argument("pack_dir", required=False)
@click.option("--overlay", "overlays", multiple=True, metavar="FILE",
              help="Check the pack with this overlay applied (repeatable).")
@report_input_errors
def criteria_check(pack_dir: str | None, overlays: tuple[str, ...]) -> None:
    """Validate a criteria pack (a folder, or the id of a bundled pack) and its overlays."""
    from ..pack import load_pack

    pack = load_pack(pack_dir, overlays)
    inds = pack.indicators()
    click.echo(f"{pack.folder}: ok: {pack.id} ({pack.header.edition}), "
               f"{len(pack.conditions)} basic conditions, {len(pack.sections)} sections, "
               f"{len(inds)} indicators, {sum(i.points for i in inds):g} points")
    for overlay in pack.tailoring:
        click.echo(f"overlay {overlay.file}: ok, {len(overlay.changes)} changes")



@criteria.command("kinds")
def criteria_kinds() -> None:
    """Describe the evidence kinds, with a passing and a failing example of each."""
    from .. import kinds

    for name, module in kinds.KINDS.items():
        click.echo(f"== {name} ==")
        click.echo((module.__doc__ or "").strip() + "\n")
