"""`nsc-check criteria …`: check and browse criteria packs."""

from __future__ import annotations

import click

from .common import (
    check_section_and_department,
    pack_options,
    report_input_errors,
    rich_console,
)


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
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None,
              help="Output language (default: NSC_LANG, else zh).")
def criteria_kinds(lang: str | None) -> None:
    """Describe the evidence kinds, with a passing and a failing example of each."""
    from .. import kinds
    from ..messages import default_lang

    for name in kinds.KINDS:
        click.echo(kinds.describe_kind(name, lang or default_lang()))  # type: ignore[arg-type]


@criteria.command("list")
@pack_options
@click.option("--section", metavar="S03", help="Only this section's indicators.")
@click.option("--department", metavar="ID", help="Only the indicators this department leads.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@report_input_errors
def criteria_list(criteria_id: str | None, overlays: tuple[str, ...], section: str | None,
                  department: str | None, lang: str) -> None:
    """List the basic conditions and the indicators, with their figures and points."""
    from ..pack import load_pack
    from ..report import browse

    pack = load_pack(criteria_id, overlays)
    check_section_and_department(pack, [section] if section else [], department)
    browse.render_list(pack, rich_console(), lang, section.upper() if section else None, department)


@criteria.command("show")
@click.argument("item_id", metavar="ID")
@pack_options
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@report_input_errors
def criteria_show(item_id: str, criteria_id: str | None, overlays: tuple[str, ...],
                  lang: str) -> None:
    """Everything about one indicator (S03.04) or basic condition (B05)."""
    from ..pack import load_pack
    from ..report import browse

    pack = load_pack(criteria_id, overlays)
    wanted = item_id.upper()
    if pack.indicator(wanted) is None and pack.condition(wanted) is None:
        raise click.BadParameter(f"the pack has no indicator or basic condition {item_id!r}",
                                 param_hint="ID")
    browse.render_show(pack, wanted, rich_console(), lang)
