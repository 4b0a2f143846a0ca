"""`nsc-check criteria …`: check and browse criteria packs."""

from __future__ import annotations

from typing import Any

import click

from ..i18n import current_lang
from ..messages import Lang, msg
from .base import NscGroup, lang_option
from .common import (
    check_section_and_department,
    echo,
    pack_options,
    report_input_errors,
    rich_console,
)
from .usage import BadValue


@click.group(cls=NscGroup)
@lang_option(expose=False)
def criteria() -> None:
    pass  # the help is `cli.help.criteria` in the catalogue


@criteria.command("check")
@click.argument("pack_dir", required=False)
@click.option("--overlay", "overlays", multiple=True, metavar="FILE")
@lang_option(expose=False)
@report_input_errors
def criteria_check(pack_dir: str | None, overlays: tuple[str, ...]) -> None:
    from ..pack import load_pack

    pack = load_pack(pack_dir, overlays)
    inds = pack.indicators()
    counts: dict[str, Any] = {"folder": str(pack.folder), "id": pack.id, "edition": pack.header.edition,
              "conditions": len(pack.conditions), "sections": len(pack.sections),
              "indicators": len(inds)}
    if pack.header.scoring == "items":
        echo("structure.pack_ok_items", **counts)
    else:
        echo("cli.pack_ok", **counts, points=float(sum(pack.weight(i) for i in inds)))
    for overlay in pack.tailoring:
        echo("cli.overlay_ok", file=str(overlay.file), changes=len(overlay.changes))


@criteria.command("kinds")
@lang_option(expose=False)
def criteria_kinds() -> None:
    # help: cli.help.criteria.kinds
    from .. import kinds

    for name in kinds.KINDS:
        click.echo(kinds.describe_kind(name, current_lang()))


@criteria.command("list")
@pack_options
@click.option("--section", metavar="S03")
@click.option("--department", metavar="DEPARTMENT")
@lang_option()
@report_input_errors
def criteria_list(criteria_id: str | None, overlays: tuple[str, ...], section: str | None,
                  department: str | None, lang: Lang) -> None:
    from ..pack import load_pack
    from ..report import browse

    pack = load_pack(criteria_id, overlays)
    department = check_section_and_department(pack, [section] if section else [], department)
    browse.render_list(pack, rich_console(), lang, section.upper() if section else None, department)


@criteria.command("show")
@click.argument("item_id", metavar="ID")
@pack_options
@lang_option()
@report_input_errors
def criteria_show(item_id: str, criteria_id: str | None, overlays: tuple[str, ...],
                  lang: Lang) -> None:
    from ..pack import load_pack
    from ..report import browse

    pack = load_pack(criteria_id, overlays)
    wanted = item_id.upper()
    if pack.indicator(wanted) is None and pack.condition(wanted) is None:
        raise BadValue(msg("cli.no_such_item", value=item_id),
                       param_hint=msg("cli.quoted", value=msg("cli.metavar.id")))
    browse.render_show(pack, wanted, rich_console(), lang)
