"""The comparison of two saved results on the terminal (rich): verdict and score first, then what
changed, item by item; each moved figure said better or worse in its indicator's own sense (lower
noise is better), in words and colour. Reads the Diff; computes nothing."""

from __future__ import annotations

from rich import box
from rich.console import Console, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..diff import Change, Diff, FigureChange
from ..i18n import status as label
from ..i18n import t
from ..messages import text
from ..text import Lang, LocalText
from ..values import format_number as num
from .terminal import STYLE

ORDER: tuple[Change, ...] = ("opened", "worse", "other", "better", "closed")
CHANGE_STYLE = {"closed": "bold green", "better": "green", "other": "yellow", "worse": "red",
                "opened": "bold red"}
DIRECTION_STYLE = {"better": "green", "worse": "bold red", "same": "dim", "unknown": "yellow"}


def render(diff: Diff, console: Console, lang: Lang = "zh") -> None:
    """The comparison for people: verdict and score first, then what changed, item by item."""
    for part in report(diff, lang):
        console.print(part)


def _styled(key: str | None, lang: Lang) -> Text:
    return (Text(label(key, lang), style=STYLE.get(key, "")) if key
            else Text(t("absent", lang), style="dim"))


def _arrow(before: Text, after: Text) -> Text:
    return Text.assemble(before, " → ", after)


def _signed(value: float | None, style: str = "") -> Text:
    if value is None:
        return Text("—", style="dim")
    return Text(f"{'+' if value > 0 else ''}{num(value)}", style=style)


def _score_style(value: float | None) -> str:
    """Scores: up is better."""
    if not value:
        return "dim"
    return "green" if value > 0 else "red"


def _shown(words: LocalText | None, value: object, lang: Lang) -> str:
    return words.get(lang) if words else "—" if value is None else str(value)


def _pct(value: float | None, low: bool | None) -> Text:
    return (Text("—", style="dim") if value is None
            else Text(f"{num(value)}%", style="red" if low else "green"))


def _table(title: str, *columns: str) -> Table:
    out = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False,
                expand=True)
    for column in columns:
        out.add_column(column, overflow="fold")
    return out


def direction(f: FigureChange, lang: Lang) -> Text:
    """Better or worse in the indicator's own sense, in words, coloured."""
    words = text(f"diff.direction.{f.direction}", lang)
    if f.sense is not None and f.direction != "unknown":
        words = text("diff.direction_sense", lang, direction=words,
                     sense=text(f"diff.sense.{f.sense}", lang))
    return Text(words, style=DIRECTION_STYLE[f.direction])


def report(d: Diff, lang: Lang) -> list[RenderableType]:
    """The parts of the comparison, in the order they are printed: the headline panel, the basic
    conditions that changed, the indicators whose status changed, the figures that moved, and
    the section scores."""
    parts: list[RenderableType] = [headline(d, lang)]
    if d.conditions:
        parts.append(conditions_changed(d, lang))
    parts.append(status_changes(d, lang))
    if d.figures:
        parts.append(figures_moved(d, lang))
    parts.append(section_scores(d, lang))
    return parts


def headline(d: Diff, lang: Lang) -> Panel:
    """The panel on top: the two results compared, the verdict, the score, the counts of
    changes, and how many figures moved for the better or the worse."""
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold", no_wrap=True)
    head.add_column()
    for key, side in (("before", d.before), ("after", d.after)):
        head.add_row(t(key, lang), f"{side.file}  {side.city.get(lang)}  {side.as_of}  "
                                   f"[{side.pack.id}, {side.pack.edition}]")
    head.add_row(t("verdict", lang), _arrow(_styled(d.verdict.before, lang),
                                           _styled(d.verdict.after, lang)))
    head.add_row(t("score", lang), score_change(d))
    head.add_row(t("change", lang), change_counts(d, lang))
    if d.figures:
        head.add_row(t("figures_moved", lang), figure_counts(d, lang))
    return Panel(head, title=t("diff_title", lang), title_align="left", box=box.ROUNDED)


def score_change(d: Diff) -> Text:
    """The overall score before and after, and its change coloured (up is better)."""
    s = d.score
    return Text.assemble(f"{num(s.before_percent)}% → {num(s.after_percent)}%  (",
                         _signed(s.delta_percent, _score_style(s.delta_percent)), ")")


def change_counts(d: Diff, lang: Lang) -> str:
    """How many gaps closed, how many opened, how many indicators got worse."""
    return (f"{t('closed_count', lang)} {len(d.gaps_closed)}   "
            f"{t('opened_count', lang)} {len(d.new_gaps)}   "
            f"{t('worse_count', lang)} {len(d.regressions)}")


def figure_counts(d: Diff, lang: Lang) -> Text:
    """How many figures moved for the better and how many for the worse, in their colours."""
    better = sum(f.direction == "better" for f in d.figures)
    worse = sum(f.direction == "worse" for f in d.figures)
    return Text.assemble(
        (f"{text('diff.better_count', lang)} {better}", "green" if better else ""), "   ",
        (f"{text('diff.worse_count', lang)} {worse}", "bold red" if worse else ""))


def conditions_changed(d: Diff, lang: Lang) -> Table:
    """The basic conditions whose verdict changed: before → after."""
    out = _table(t("conditions_changed", lang), t("id", lang), t("item", lang),
                 t("change", lang))
    for cond in d.conditions:
        out.add_row(cond.id, cond.title.get(lang),
                    _arrow(_styled(cond.before, lang), _styled(cond.after, lang)))
    return out


def status_changes(d: Diff, lang: Lang) -> RenderableType:
    """The indicators whose status changed, the gaps opened first and the gaps closed last;
    one line saying so when none did."""
    if not d.status_changes:
        return Text(text("ui.label_value", lang, label=t("status_changes", lang),
                         value=t("no_changes", lang)))
    out = _table(f"{t('status_changes', lang)} ({len(d.status_changes)})", t("id", lang),
                 t("indicator", lang), t("lead", lang), t("change", lang), "")
    for c in sorted(d.status_changes, key=lambda c: ORDER.index(c.change)):
        kind = Text(t(c.change, lang), style=CHANGE_STYLE[c.change])
        out.add_row(c.id, c.title.get(lang), c.lead.name.get(lang),
                    _arrow(_styled(c.before, lang), _styled(c.after, lang)), kind)
    return out


def figures_moved(d: Diff, lang: Lang) -> Table:
    """The figures that moved: before, after, the change, and whether it is better or worse in
    the indicator's own sense."""
    out = _table(f"{t('figures_moved', lang)} ({len(d.figures)})", t("id", lang),
                 t("indicator", lang), t("before", lang), t("after", lang), t("change", lang),
                 text("diff.col_direction", lang))
    for f in d.figures:
        style = DIRECTION_STYLE[f.direction] if f.direction in ("better", "worse") else ""
        out.add_row(f.id, f.title.get(lang), _shown(f.before_text, f.before, lang),
                    _shown(f.after_text, f.after, lang), _signed(f.delta, style),
                    direction(f, lang))
    return out


def section_scores(d: Diff, lang: Lang) -> Table:
    """Each section's score before and after (red below its floor), and the change."""
    out = _table(t("sections_changed", lang), t("id", lang), t("item", lang),
                 t("before", lang), t("after", lang), t("change", lang))
    for sec in d.sections:
        out.add_row(sec.id, sec.title.get(lang),
                    _pct(sec.before_percent, sec.below_floor_before),
                    _pct(sec.after_percent, sec.below_floor_after),
                    _signed(sec.delta_percent, _score_style(sec.delta_percent)))
    return out
