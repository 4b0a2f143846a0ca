"""The league table of `nsc-check batch`: the cities ranked, one line each, and a line counting
their verdicts. Drawn from the ranked results (batch.league); nothing here assesses or ranks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..i18n import status, t
from ..messages import Lang, render, text
from ..values import format_number

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from ..batch import CityResult

VERDICTS = ("ready", "eligible_not_ready", "not_eligible")


def verdict_counts(ranked: Sequence[CityResult]) -> dict[str, int]:
    """How many cities reached each verdict; `broken`: those whose evidence could not be read."""
    counts = dict.fromkeys((*VERDICTS, "broken"), 0)
    for result in ranked:
        counts[result.row.verdict if result.row is not None else "broken"] += 1
    return counts


# Each column: its label's key, right-aligned, may wrap (on a terminal: a verdict never does).
COLUMNS = (("rank", True, False), ("city", False, False), ("verdict", False, False),
           ("unmet", False, True), ("percent", True, False), ("open", True, False),
           ("weakest", False, False))


def _rows(ranked: Sequence[CityResult], lang: Lang) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each city's verdict (`broken` when its evidence could not be read) and cells, in its rank;
    a broken city shows its problems' count."""
    for rank, result in enumerate(ranked, 1):
        row = result.row
        if row is None:
            yield "broken", ("—", result.folder, t("broken", lang),
                             f"{len(result.problems)} {t('problems', lang)}", "", "", "")
            continue
        weakest = f"{row.weakest} {format_number(row.weakest_percent)}%" \
            if row.weakest and row.weakest_percent is not None else "—"
        yield row.verdict, (str(rank), row.city.get(lang), status(row.verdict, lang),
                            render(list(row.conditions_not_met), lang) or "—",
                            f"{format_number(row.percent)}%", str(row.gaps), weakest)


def table(ranked: Sequence[CityResult], lang: Lang) -> Table:
    """The league table drawn by rich, for a terminal: coloured verdicts, long cells wrapped."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from .terminal import STYLE

    drawn = Table(title=t("league_title", lang), title_justify="left", box=box.SIMPLE_HEAD,
                  padding=(0, 1), pad_edge=False, collapse_padding=True)
    # Every cell on one line but the unmet conditions, which wrap (render_league draws a block a
    # city where the terminal is too narrow for that).
    for key, right, wrap in COLUMNS:
        drawn.add_column(t(key, lang), justify="right" if right else "left", no_wrap=not wrap,
                         overflow="fold", min_width=10 if wrap else None)
    for verdict, cells in _rows(ranked, lang):
        style = "bold red" if verdict == "broken" else STYLE.get(verdict, "")
        drawn.add_row(*cells[:2], Text(cells[2], style=style), *cells[3:])
    return drawn


def plain(ranked: Sequence[CityResult], lang: Lang) -> str:
    """The same table as plain text, for a file or a pipe: one line a city, never wrapped, the
    columns aligned by display width (a Chinese character takes two), and the verdicts counted.
    Drawing it takes milliseconds where rich takes a second for a thousand cities."""
    from rich.cells import cell_len

    header = tuple(t(key, lang) for key, _, _ in COLUMNS)
    rows = [cells for _, cells in _rows(ranked, lang)]
    widths = [max(cell_len(line[i]) for line in (header, *rows)) for i in range(len(COLUMNS))]

    def line(cells: tuple[str, ...]) -> str:
        padded = []
        for cell, width, (_, right, _) in zip(cells, widths, COLUMNS, strict=True):
            gap = " " * (width - cell_len(cell))
            padded.append(gap + cell if right else cell + gap)
        return "  ".join(padded).rstrip()

    drawn = [t("league_title", lang), "", line(header), "─" * (sum(widths) + 2 * len(widths) - 2),
             *map(line, rows), "", summary(ranked, lang)]
    return "\n".join(drawn) + "\n"


def summary(ranked: Sequence[CityResult], lang: Lang) -> str:
    """`共 3 个城市：可以申报 1，…`: the verdicts counted."""
    counts = verdict_counts(ranked)
    return text("ui.league_summary", lang, n=len(ranked), ready=counts["ready"],
                eligible=counts["eligible_not_ready"], not_eligible=counts["not_eligible"],
                broken=counts["broken"])


def _fits(ranked: Sequence[CityResult], lang: Lang, width: int) -> bool:
    """Whether the table fits `width` columns with every cell whole: the one-line columns at
    their widest, the wrapping ones (verdict, unmet conditions) at least 10 wide. Narrower, rich
    would crop figures and drop whole columns, the verdict among them."""
    from rich.cells import cell_len

    header = tuple(t(key, lang) for key, _, _ in COLUMNS)
    rows = [cells for _, cells in _rows(ranked, lang)]
    needed = sum(max(10, cell_len(header[i])) if wrap else
                 max(cell_len(line[i]) for line in (header, *rows))
                 for i, (_, _, wrap) in enumerate(COLUMNS))
    return needed + len(COLUMNS) - 1 <= width


def blocks(ranked: Sequence[CityResult], lang: Lang) -> Iterator[Text]:
    """The table as a block a city, for a terminal too narrow for its columns: the rank, city
    and verdict; the unmet conditions; the figures, each after its label (a city whose evidence
    could not be read: its problems' count)."""
    from rich.text import Text

    from .terminal import STYLE

    colon = t("colon", lang)
    labels = [t(key, lang) for key, _, _ in COLUMNS]
    for verdict, cells in _rows(ranked, lang):
        style = "bold red" if verdict == "broken" else STYLE.get(verdict, "")
        block = Text(f"{cells[0]}  {cells[1]}  ")
        block.append(cells[2], style=style)
        if verdict == "broken":
            block.append(f"\n    {cells[3]}")
        else:
            block.append(f"\n    {labels[3]}{colon}{cells[3]}\n    ")
            block.append("  ".join(f"{label}{colon}{cell}"
                                   for label, cell in zip(labels[4:], cells[4:], strict=True)))
        yield block


def render_league(ranked: Sequence[CityResult], console: Console, lang: Lang) -> None:
    if _fits(ranked, lang, console.width):
        console.print(table(ranked, lang))
    else:
        from rich.text import Text

        console.print(Text(t("league_title", lang)))
        console.print()
        for block in blocks(ranked, lang):
            console.print(block)
    console.print(summary(ranked, lang))
