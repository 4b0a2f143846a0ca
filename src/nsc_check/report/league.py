"""The league table of `nsc-check batch`: the cities ranked, one line each, and a line counting
their verdicts. Drawn from the ranked results (batch.league); nothing here assesses or ranks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..i18n import status, t
from ..messages import Lang, render, text
from ..values import format_number
from .terminal import STYLE

if TYPE_CHECKING:
    from ..batch import CityResult

VERDICTS = ("ready", "eligible_not_ready", "not_eligible")


def verdict_counts(ranked: Sequence[CityResult]) -> dict[str, int]:
    """How many cities reached each verdict; `broken`: those whose evidence could not be read."""
    counts = dict.fromkeys((*VERDICTS, "broken"), 0)
    for result in ranked:
        counts[result.row.verdict if result.row is not None else "broken"] += 1
    return counts


def table(ranked: Sequence[CityResult], lang: Lang) -> Table:
    """The cities in their rank; a city whose evidence could not be read, with its problems'
    count."""
    drawn = Table(title=t("league_title", lang), title_justify="left", box=box.SIMPLE_HEAD,
                  padding=(0, 1), pad_edge=False, collapse_padding=True)
    # The city, figures and weakest section stay on one line; verdicts and condition lists wrap.
    for key, right, wrap in (("rank", True, False), ("city", False, False),
                             ("verdict", False, True), ("unmet", False, True),
                             ("percent", True, False), ("open", True, False),
                             ("weakest", False, False)):
        drawn.add_column(t(key, lang), justify="right" if right else "left", no_wrap=not wrap,
                         overflow="fold", min_width=10 if wrap else None)
    for rank, result in enumerate(ranked, 1):
        row = result.row
        if row is None:
            drawn.add_row("—", result.folder, Text(t("broken", lang), style="bold red"),
                          f"{len(result.problems)} {t('problems', lang)}", "", "", "")
            continue
        weakest = f"{row.weakest} {format_number(row.weakest_percent)}%" \
            if row.weakest and row.weakest_percent is not None else "—"
        drawn.add_row(str(rank), row.city.get(lang),
                      Text(status(row.verdict, lang), style=STYLE.get(row.verdict, "")),
                      render(list(row.conditions_not_met), lang) or "—",
                      f"{format_number(row.percent)}%", str(row.gaps), weakest)
    return drawn


def summary(ranked: Sequence[CityResult], lang: Lang) -> str:
    """`共 3 个城市：可以申报 1，…`: the verdicts counted."""
    counts = verdict_counts(ranked)
    return text("ui.league_summary", lang, n=len(ranked), ready=counts["ready"],
                eligible=counts["eligible_not_ready"], not_eligible=counts["not_eligible"],
                broken=counts["broken"])


def render_league(ranked: Sequence[CityResult], console: Console, lang: Lang) -> None:
    console.print(table(ranked, lang))
    console.print(summary(ranked, lang))
