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
    head = Table.grid(padding=(0, 1))
    head.add_column(style="bold", no_wrap=True)
    head.add_column()
    for key, side in (("before", d.before), ("after", d.after)):
        head.add_row(t(key, lang), f"{side.file}  {side.city.get(lang)}  {side.as_of}  "
                                   f"[{side.pack.id}, {side.pack.edition}]")
    head.add_row(t("verdict", lang), _arrow(_styled(d.verdict.before, lang),
                                           _styled(d.verdict.after, lang)))
    s = d.score
    head.add_row(t("score", lang), Text.assemble(
        f"{num(s.before_percent)}% → {num(s.after_percent)}%  (",
        _signed(s.delta_percent, _score_style(s.delta_percent)), ")"))
    counts = (f"{t('closed_count', lang)} {len(d.gaps_closed)}   "
              f"{t('opened_count', lang)} {len(d.new_gaps)}   "
              f"{t('worse_count', lang)} {len(d.regressions)}")
    head.add_row(t("change", lang), counts)
    if d.figures:
        better = sum(f.direction == "better" for f in d.figures)
        worse = sum(f.direction == "worse" for f in d.figures)
        head.add_row(t("figures_moved", lang), Text.assemble(
            (f"{text('diff.better_count', lang)} {better}", "green" if better else ""), "   ",
            (f"{text('diff.worse_count', lang)} {worse}", "bold red" if worse else "")))
    parts: list[RenderableType] = [Panel(head, title=t("diff_title", lang), title_align="left",
                                         box=box.ROUNDED)]

    if d.conditions:
        conditions = _table(t("conditions_changed", lang), t("id", lang), t("item", lang),
                            t("change", lang))
        for cond in d.conditions:
            conditions.add_row(cond.id, cond.title.get(lang),
                               _arrow(_styled(cond.before, lang), _styled(cond.after, lang)))
        parts.append(conditions)

    changes = _table(f"{t('status_changes', lang)} ({len(d.status_changes)})", t("id", lang),
                     t("indicator", lang), t("lead", lang), t("change", lang), "")
    for c in sorted(d.status_changes, key=lambda c: ORDER.index(c.change)):
        kind = Text(t(c.change, lang), style=CHANGE_STYLE[c.change])
        changes.add_row(c.id, c.title.get(lang), c.lead.name.get(lang),
                        _arrow(_styled(c.before, lang), _styled(c.after, lang)), kind)
    parts.append(changes if d.status_changes else Text(text(
        "ui.label_value", lang, label=t("status_changes", lang), value=t("no_changes", lang))))

    if d.figures:
        figures = _table(f"{t('figures_moved', lang)} ({len(d.figures)})", t("id", lang),
                         t("indicator", lang), t("before", lang), t("after", lang),
                         t("change", lang), text("diff.col_direction", lang))
        for f in d.figures:
            style = DIRECTION_STYLE[f.direction] if f.direction in ("better", "worse") else ""
            figures.add_row(f.id, f.title.get(lang), _shown(f.before_text, f.before, lang),
                            _shown(f.after_text, f.after, lang), _signed(f.delta, style),
                            direction(f, lang))
        parts.append(figures)

    sections = _table(t("sections_changed", lang), t("id", lang), t("item", lang),
                      t("before", lang), t("after", lang), t("change", lang))
    for sec in d.sections:
        sections.add_row(sec.id, sec.title.get(lang),
                         _pct(sec.before_percent, sec.below_floor_before),
                         _pct(sec.after_percent, sec.below_floor_after),
                         _signed(sec.delta_percent, _score_style(sec.delta_percent)))
    parts.append(sections)
    return parts
