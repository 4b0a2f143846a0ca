"""The plan on the terminal (rich), in the style of the gap report: a headline, the floors, the
plan's gaps as a narrow table, then each gap's remediation and findings (and, with a deadline,
each department's dates)."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from ..i18n import status as status_text
from ..i18n import t
from ..messages import render as render_arg
from ..messages import text
from ..plan import Plan, PlanItem
from ..text import Lang
from ..values import format_number
from .terminal import STYLE
from .words import effort, serves_short


def render(plan: Plan, console: Console, lang: Lang = "zh", by: str = "stage") -> None:
    for part in report(plan, lang, by):
        console.print(part)


def report(plan: Plan, lang: Lang, by: str = "stage") -> list[RenderableType]:
    parts: list[RenderableType] = [_header(plan, lang), _floors(plan, lang)]
    if not plan.items:
        parts.append(Text(text("plan.nothing_to_do", lang), style="green"))
        return parts
    for heading, items in _groups(plan, lang, by):
        parts.append(Rule(heading, align="left"))
        parts.append(_table(items, lang, plan.deadline is not None))
        parts.extend(_detail(it, lang) for it in items)
    if plan.deadline is not None:
        parts.append(_schedule(plan, lang))
    if plan.alternatives:
        parts.append(_alternatives(plan, lang))
    return parts


def _m(code: str, lang: Lang, **args: object) -> str:
    return text(f"plan.{code}", lang, **args)


def _header(plan: Plan, lang: Lang) -> Panel:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(t("city", lang), plan.city.name.get(lang))
    grid.add_row(t("as_of", lang), str(plan.as_of))
    grid.add_row(_m("verdict_now", lang),
                 Text(status_text(plan.verdict, lang), style=STYLE.get(plan.verdict, "")))
    if plan.items:
        grid.add_row(_m("plan_label", lang), Text(_m(
            "plan_summary", lang, count=len(plan.items), weeks=plan.weeks,
            points=plan.points_regained), style="bold"))
        grid.add_row(_m("ties_label", lang),
                     _m("ties", lang, count=plan.ties) if plan.ties else _m("no_ties", lang))
    if plan.deadline is not None:
        grid.add_row(_m("deadline_label", lang), str(plan.deadline))
    costs = (_m("costs_from_file", lang, file=plan.costs_file) if plan.costs_file
             else _m("costs_from_pack", lang))
    grid.add_row(_m("costs_label", lang), costs)
    grid.add_row(_m("basis_label", lang), _m("basis", lang))
    return Panel(grid, title=_m("title", lang), title_align="left", box=box.ROUNDED)


def _floors(plan: Plan, lang: Lang) -> Table:
    table = Table(title=_m("floors_title", lang), title_justify="left", box=box.SIMPLE_HEAD,
                  show_edge=False, expand=True)
    table.add_column(t("item", lang), ratio=3, overflow="fold")
    table.add_column(_m("now", lang), justify="right", no_wrap=True)
    table.add_column(t("floor", lang), justify="right", no_wrap=True)
    table.add_column(_m("short", lang), justify="right", no_wrap=True)
    table.add_column(_m("after", lang), justify="right", no_wrap=True)
    for f in plan.floors:
        below = f.points_short > 0
        name = f.title.get(lang) if f.id is None else f"{f.id} {f.title.get(lang)}"
        table.add_row(
            Text(name, style="bold" if f.id is None else ""),
            Text(f"{format_number(f.percent)}%", style="red" if below else "green"),
            f"{format_number(f.floor_percent)}%",
            Text(_m("points", lang, points=f.points_short), style="red") if below else "—",
            Text(f"{format_number(f.percent_after)}%", style="green"))
    return table


def _groups(plan: Plan, lang: Lang, by: str) -> list[tuple[str, list[PlanItem]]]:
    if by == "department":
        groups: dict[str, list[PlanItem]] = {}
        for dept in plan.departments:
            groups[dept.lead.id] = [it for it in plan.items if it.lead.id == dept.lead.id]
        out = []
        for dept in plan.departments:
            items = groups[dept.lead.id]
            heading = _m("department_heading", lang, department=dept.lead.name,
                         count=len(items), weeks=dept.weeks)
            out.append((heading, items))
        return out
    by_stage = {stage: [it for it in plan.items if it.stage == stage] for stage in (1, 2)}
    # steps are numbered only when there are two (a city meeting every basic condition has only
    # the second: never a 第二步 without a 第一步)
    alone = "" if all(by_stage.values()) else "_alone"
    return [(_m(f"stage{stage}{alone}", lang, count=len(items)), items)
            for stage, items in by_stage.items() if items]


def _table(items: list[PlanItem], lang: Lang, dated: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, expand=True)
    table.add_column(t("id", lang), no_wrap=True)
    table.add_column(t("indicator", lang), ratio=3, overflow="fold")
    table.add_column(t("status", lang), no_wrap=True)
    table.add_column(_m("regained", lang), justify="right", no_wrap=True)
    table.add_column(_m("effort", lang), no_wrap=True)
    table.add_column(_m("serves", lang), ratio=2, overflow="fold")
    for it in items:
        effort = _effort(it, lang)
        if dated and it.start is not None:
            effort += f"\n{it.start}→{it.finish}"
        table.add_row(it.id, it.title.get(lang),
                      Text(status_text(it.status, lang), style=STYLE.get(it.status, "")),
                      format_number(it.points_regained) if it.points_regained else "—",
                      effort, "\n".join(_serves(s, lang) for s in it.serves))
    return table


_serves = serves_short
_effort = effort


def _detail(it: PlanItem, lang: Lang) -> RenderableType:
    head = Text()
    head.append(f"{it.id} ", style="bold")
    head.append(it.title.get(lang))
    head.append("  [")
    head.append(status_text(it.status, lang), style=STYLE.get(it.status, ""))
    head.append("]")
    if it.required:
        head.append(f"  [{_m('required', lang)}]", style="bold red")
    rows = Table.grid(padding=(0, 1))
    rows.add_column(style="dim", no_wrap=True)
    rows.add_column(overflow="fold")
    rows.add_row(t("lead", lang), it.lead.name.get(lang))
    rows.add_row(_m("serves", lang), "\n".join(s.text.get(lang) for s in it.serves))
    if it.measured_text is not None or it.required_text is not None:
        line = Text(it.measured_text.get(lang) if it.measured_text else "—")
        line.append(f"  {t('required', lang)} ", style="dim")
        line.append(it.required_text.get(lang) if it.required_text else "—")
        rows.add_row(t("measured", lang), line)
    if it.gap is not None:
        rows.add_row(t("gap", lang), it.gap.text.get(lang))
    if it.remediation is not None:
        rows.add_row(t("remediation", lang), it.remediation.get(lang))
    for finding in it.findings:
        rows.add_row(t("findings", lang), "· " + finding.get(lang))
    if it.start is not None:
        rows.add_row(_m("dates", lang), _m("start_finish", lang, start=str(it.start),
                                          finish=str(it.finish)))
    return Group(head, Padding(rows, (0, 0, 1, 2)))


def _schedule(plan: Plan, lang: Lang) -> Table:
    table = Table(title=_m("schedule_title", lang, deadline=str(plan.deadline)),
                  title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, expand=True)
    table.add_column(t("lead", lang), ratio=2, overflow="fold")
    table.add_column(_m("items", lang), ratio=2, overflow="fold")
    table.add_column(_m("effort", lang), justify="right", no_wrap=True)
    table.add_column(_m("start_by", lang), no_wrap=True)
    for dept in plan.departments:
        start = Text(str(dept.start))
        if dept.late:
            start = Text(_m("late", lang, start=str(dept.start)), style="bold red")
        table.add_row(dept.lead.name.get(lang), render_arg(dept.items, lang),
                      _m("weeks", lang, weeks=dept.weeks), start)
    return table


def _alternatives(plan: Plan, lang: Lang) -> RenderableType:
    lines = Text()
    for i, alt in enumerate(plan.alternatives):
        lines.append(("\n" if i else "") + "• " + _m(
            "alternative", lang, without=alt.without, instead=alt.instead))
    title = _m("alternatives_title", lang, count=plan.ties)
    return Group(Rule(title, align="left"), lines)
