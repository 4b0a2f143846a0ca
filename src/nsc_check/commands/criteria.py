"""`nsc-check criteria …`: check and browse criteria packs."""

from __future__ import annotations

import click

from .common import report_input_errors


@click.group()
def criteria() -> None:
    """Check and browse criteria packs."""


@criteria.command("check")
@click.argument("pack_dir", required=False)
@report_input_errors
def criteria_check(pack_dir: str | None) -> None:
    """Validate a criteria pack (a folder, or the id of a bundled pack)."""
    from ..pack import load_pack

    pack = load_pack(pack_dir)
    inds = pack.indicators()
    click.echo(f"{pack.folder}: ok: {pack.id} ({pack.header.edition}), "
               f"{len(pack.conditions)} basic conditions, {len(pack.sections)} sections, "
               f"{len(inds)} indicators, {sum(i.points for i in inds):g} points")



@criteria.command("kinds")
def criteria_kinds() -> None:
    """Describe the evidence kinds, with a passing and a failing example of each."""
    from .. import kinds

    for name, module in kinds.KINDS.items():
        click.echo(f"== {name} ==")
        click.echo((module.__doc__ or "").strip() + "\n")
