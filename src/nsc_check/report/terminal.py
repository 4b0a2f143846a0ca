"""The terminal gap report (rich): header and verdict, basic conditions, sections, then the gaps.

Laid out as narrow tables and indented blocks so it reads in an 80-column terminal with CJK text,
and relies on style only for emphasis, so it says the same with NO_COLOR or in a file.
"""

from __future__ import annotations

from collections.abc import Callable

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.measure import Measurement
from rich.padding import Padding
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.rule import Rule
from rich.segment import Segment
from rich.table import Table
from rich.text import Text

from ..i18n import status as status_text
from ..i18n import t
from ..messages import text
from ..result import Assessment, ConditionResult, GroupBy, IndicatorResult, SectionResult
from ..text import Lang
from ..values import format_number
from .words import short_overall, why_not_full

STYLE = {
    "pass": "green", "met": "green", "ready": "bold green",
    "partial": "yellow", "stale": "yellow", "undetermined": "yellow",
    "eligible_not_ready": "bold yellow",
    "fail": "red", "not_met": "red", "invalid": "red", "not_eligible": "bold red",
    "missing": "magenta", "not_applicable": "dim",
}
MARK = {"met": "✔", "not_met": "✘", "undetermined": "?"}


def render(assessment: Assessment, console: Console, lang: Lang = "zh",
           by: GroupBy = "section") -> None:
    # one print of the whole report: the same lines as a print of each part, drawn and written
    # once (each print has its own pass over the segments and its own write)
    console.print(Group(*report(assessment, lang, by)))


def report(a: Assessment, lang: Lang, by: GroupBy = "section") -> list[RenderableType]:
    parts: list[RenderableType] = [_header(a, lang), _conditions(a.conditions, lang),
                                   _sections(a.sections, lang, a.label_key)]
    parts.extend(_gaps(a, lang, by))
    return parts


def _label(key: str, lang: Lang) -> Text:
    return Text(status_text(key, lang), style=STYLE.get(key, ""))


def _header(a: Assessment, lang: Lang) -> Panel:
    s = a.summary
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")  # wrapped, never cut: a figure is never shown as `67.…`
    grid.add_row(t("city", lang), a.city.name.get(lang))
    edition = text("ui.edition", lang, edition=a.pack.edition)
    grid.add_row(t("pack", lang), f"{a.pack.title.get(lang)} [{a.pack.id}, {edition}]")
    grid.add_row(t("as_of", lang), str(a.as_of))
    verdict = _label(s.verdict, lang)
    collection = a.collection
    if collection is not None and collection.notice is not None:
        verdict.append("  ").append(collection.notice.get(lang), style="bold yellow")
    grid.add_row(t("verdict", lang), verdict)
    grid.add_row(t(a.label_key("score"), lang), _score(a, lang))
    _what_if_rows(grid, a, lang)
    grid.add_row(t("conditions", lang), f"{s.conditions_met} / {s.conditions_total}")
    counts = "  ".join(f"{status_text(k, lang)} {v}" for k, v in s.counts.items() if v)
    grid.add_row(t("indicators", lang), counts)
    reasons = Text()
    for i, reason in enumerate(s.reasons):
        reasons.append(("\n" if i else "") + "• " + reason.get(lang))
    grid.add_row(t("reasons", lang), reasons)
    if collection is not None and collection.problems:
        grid.add_row(text("collect.astray_title", lang),
                     Text("\n".join(p.text.get(lang) for p in collection.problems), style="red"))
    for overlay in a.tailoring:
        title = overlay.title.get(lang) if overlay.title else overlay.file
        lines = "\n".join("· " + c.get(lang) for c in overlay.changes)
        grid.add_row(t("tailored", lang), f"{title} ({overlay.file})\n{lines}")
    # The title as Text: a str would be read as markup and emoji codes (importing rich's table
    # of emoji, 3.5 ms), though the console reads none.
    return Panel(grid, title=Text(t("title", lang)), title_align="left", box=box.ROUNDED)


def _score(a: Assessment, lang: Lang) -> Text:
    """The score, what it lacks to the overall floor, and why the total is under the pack's."""
    s = a.summary
    line = Text(f"{format_number(s.points_awarded)} / {format_number(s.points_possible)}"
                f"  ({format_number(s.percent)}%)")
    if s.points_short:
        line.append("  " + short_overall(a, lang), style="bold red")
    if s.not_applicable:
        line.append("\n" + why_not_full(a, lang), style="dim")
    return line


def _what_if_rows(grid: Table, a: Assessment, lang: Lang) -> None:
    """The score with the city's own waivers (and whether they would change the verdict), and
    the gaps assumed closed by `--assume-pass`: shown, never taken for the verdict."""
    from ..messages import render, text

    w = a.summary.with_waivers
    if w is not None:
        line = Text(text("plan.with_waivers_score", lang, awarded=w.points_awarded,
                         possible=w.points_possible, percent=w.percent, count=len(w.set_aside),
                         ids=w.set_aside), style="cyan", overflow="fold")
        if w.changes_verdict:
            line.append("\n" + text("plan.waivers_change_verdict", lang,
                                    verdict=status_text(w.verdict, lang)), style="bold yellow")
        grid.add_row(text("plan.with_waivers_label", lang), line)
    if a.summary.assumed_pass:
        line = Text(render(a.summary.assumed_pass, lang), style="bold magenta", overflow="fold")
        line.append("\n" + text("plan.assumed_warning", lang), style="magenta")
        grid.add_row(text("plan.assumed_label", lang), line)


def _conditions(conditions: list[ConditionResult], lang: Lang) -> Table:
    table = Table(title=t("conditions", lang), title_justify="left", box=box.SIMPLE_HEAD,
                  show_edge=False, expand=True)
    table.add_column(t("id", lang), no_wrap=True)
    table.add_column(t("item", lang), ratio=3, overflow="fold")
    table.add_column(t("status", lang), no_wrap=True)
    table.add_column(t("detail", lang), ratio=3, overflow="fold")
    for c in conditions:
        label = Text(f"{MARK[c.status]} ") + _label(c.status, lang)
        if c.near_miss:
            label.append(f"\n  {t('near_miss', lang)}", style="bold yellow")
        detail = "\n".join(m.get(lang) for m in c.messages + c.findings)
        if not detail and c.measured_text is not None and c.status != "met":
            detail = c.measured_text.get(lang)
        table.add_row(c.id, c.title.get(lang), label, detail)
    return table


def _sections(sections: list[SectionResult], lang: Lang,
              label: Callable[[str], str] = str) -> Table:
    """The sections' scores; `label`: the words of a score, as the result asks (points or items
    met)."""
    table = Table(title=t(label("sections"), lang), title_justify="left", box=box.SIMPLE_HEAD,
                  show_edge=False, expand=True)
    table.add_column(t("id", lang), no_wrap=True)
    table.add_column(t("item", lang), ratio=3, overflow="fold")
    table.add_column(t(label("points"), lang), justify="right", no_wrap=True)
    table.add_column(t(label("percent"), lang), justify="right", no_wrap=True)
    table.add_column(t("progress", lang), ratio=2, min_width=8)
    table.add_column(t("col_short", lang), justify="right", no_wrap=True)
    table.add_column(t("open", lang), justify="right", no_wrap=True)
    for s in sections:
        if s.percent is None:  # nothing left to score: not applicable, no score and no bar
            dash = Text("—", style="dim")
            table.add_row(s.id, s.title.get(lang), dash,
                          Text(status_text("not_applicable", lang), style="dim"), "", dash,
                          str(s.gap_count))
            continue
        style = "red" if s.below_floor else "green"
        bar = ProgressBar(total=100, completed=s.percent, complete_style=style,
                          finished_style=style)
        table.add_row(s.id, s.title.get(lang),
                      f"{format_number(s.points_awarded)}/{format_number(s.points_possible)}",
                      Text(f"{format_number(s.percent)}%", style=style), bar,
                      Text(text("ui." + label("short_cell"), lang, points=s.points_short), style="bold red")
                      if s.points_short else Text("—", style="dim"), str(s.gap_count))
    return table


def _gaps(a: Assessment, lang: Lang, by: GroupBy = "section") -> list[RenderableType]:
    gaps = a.listed()
    title = t("gaps", lang) + (t("filtered", lang) if a.filters else "")
    parts: list[RenderableType] = [Rule(f"{title} ({len(gaps)})", align="left")]
    if not gaps:
        parts.append(Text(t("no_gaps", lang), style="green"))
    for _key, heading, items in a.grouped(by, lang):
        parts.append(Text(f"\n{heading}", style="bold underline"))
        parts.extend(_gap(r, lang, a.label_key) for r in items)
    declared = [] if a.filters and a.filters.statuses else a.not_applicable()
    if declared:
        parts.append(Rule(f"{t('declared_na', lang)} ({len(declared)})", align="left"))
        for r in declared:
            line = Text(f"{r.id} ", style="bold")
            line.append(r.title.get(lang) + t("colon", lang))
            line.append(r.not_applicable_reason or "")
            parts.append(line)
    return parts


def _gap(r: IndicatorResult, lang: Lang, label: Callable[[str], str] = str) -> RenderableType:
    head = Text()
    head.append(f"{r.id} ", style="bold")
    head.append(r.title.get(lang))
    head.append("  [")
    head.append_text(_label(r.status, lang))
    head.append("]")
    if r.veto:
        head.append(" ⚑", style="bold red")
    if r.points_lost:
        head.append("  " + text("ui." + label("points_lost"), lang, points=r.points_lost),
                    style="red")
    if r.waiver is not None and (r.waiver.applied or not r.waiver.active):
        key = "waived" if r.waiver.applied else "waiver_lapsed"
        head.append(f" [{t(key, lang)}]", style="cyan" if r.waiver.applied else "yellow")
    rows: list[tuple[str, RenderableType]] = []
    if r.measured_text is not None or r.required_text is not None:
        line = Text()
        line.append(r.measured_text.get(lang) if r.measured_text else "—")
        line.append(f"  {t('required', lang)} ", style="dim")
        line.append(r.required_text.get(lang) if r.required_text else "—")
        rows.append((t("measured", lang), line))
    if r.gap is not None:
        rows.append((t("gap", lang), Text(r.gap.text.get(lang), style=STYLE.get(r.status, ""))))
    if r.figure_note is not None:
        rows.append((t("figure_note", lang), r.figure_note.get(lang)))
    rows.append((t("lead", lang), r.lead.name.get(lang)))
    where = f"{r.evidence.file}:{r.evidence.line}" if r.evidence else t("not_reported", lang)
    rows.append((t("evidence", lang), where))
    for finding in r.findings:
        rows.append((t("findings", lang), "· " + finding.get(lang)))
    if r.note:
        rows.append((t("note", lang), r.note))
    for message in r.messages:
        rows.append((t("detail", lang), message.get(lang)))
    if r.remediation is not None:
        rows.append((t("remediation", lang), r.remediation.get(lang)))
    return Group(head, _Details(rows))


def _plain(console: Console, label: str) -> bool:
    """Whether the console draws this label as it is (no markup, emoji or highlighting of it)."""
    drawn = console.render_str(label, highlight=False)
    return not drawn.spans and drawn.plain == label


class _Details:
    """A gap's details: each label (dim, on one line) beside its value (folded over as many
    lines as it needs), indented by two and followed by a blank line.

    Drawn line by line, the same segments as `Padding(grid, (0, 0, 1, 2))` of a two-column
    `Table.grid(padding=(0, 1))` (the labels' column `style="dim", no_wrap=True` as wide as its
    widest label, the values' `overflow="fold"`) would give, without the table's measuring,
    cell padding and shaping: a third of drawing the whole report. The table itself draws
    what this does not cover (a console narrower than the labels, a fixed height, a label the
    console would read as markup).
    """

    def __init__(self, rows: list[tuple[str, RenderableType]]) -> None:
        self.rows = rows
        self.label_width = max(cell_len(name) for name, _ in rows)

    def table(self) -> Padding:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="dim", no_wrap=True, width=self.label_width)
        grid.add_column(overflow="fold")
        for name, value in self.rows:
            grid.add_row(name, value)
        return Padding(grid, (0, 0, 1, 2))

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        inner = width - 2  # within the indent
        labels = self.label_width + 1  # a label and the space after it
        if options.height is not None or inner - labels < 1 or not all(
                _plain(console, name) for name in {name for name, _ in self.rows}):
            yield self.table()
            return
        inner_options = options.update_width(inner)
        values = [value for _, value in self.rows]
        # the values' column: as wide as its widest line, at most what the labels leave
        widest = max(Measurement.get(console, inner_options, v).maximum for v in values) or 1
        folded = min(widest, inner - labels)
        value_options = inner_options.update(
            width=folded, justify="left", no_wrap=False, overflow="fold", height=None,
            highlight=False)
        dim = console.get_style("dim")
        indent = Segment("  ")
        new_line = Segment.line()
        rest = inner - labels - folded
        end = [Segment(" " * rest), new_line] if rest else [new_line]
        blank_label = Segment(" " * labels, dim)
        for (name, _), value in zip(self.rows, values, strict=True):
            # as the grid draws a label: padded to the column, then the space after it
            label = [Segment(name + " " * (labels - 1 - cell_len(name)), dim), Segment(" ", dim)]
            for line in console.render_lines(value, value_options):
                yield indent
                yield from label
                yield from line
                yield from end
                label = [blank_label]
        yield Segment(" " * width + "\n")
