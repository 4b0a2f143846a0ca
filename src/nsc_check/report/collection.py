"""The collection view of `nsc-check status` (rich): how far each department has reported, and
whom to ask for what is outstanding. Reads the Assessment's `collection`; computes nothing."""

from __future__ import annotations

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from ..messages import Lang, text
from ..result import Assessment, Collection, DepartmentCollection
from .terminal import STYLE

# the columns of the table, each a state of an item, with the style of the status it stands for
COLUMNS = (("reported", "col_reported", "green"), ("not_reported", "col_not_reported", "magenta"),
           ("invalid", "col_invalid", STYLE["invalid"]), ("stale", "col_stale", STYLE["stale"]))
OUTSTANDING = COLUMNS[1:]


def render(assessment: Assessment, console: Console, lang: Lang) -> None:
    for part in report(assessment, lang):
        console.print(part)


def report(a: Assessment, lang: Lang) -> list[RenderableType]:
    c = a.collection
    assert c is not None
    head = Text(text("collect.title", lang), style="bold")
    head.append("  " + text("collect.city", lang, city=a.city.name.get(lang), date=str(a.as_of)))
    totals = Text(text("collect.totals", lang, items=c.items, reported=c.reported,
                       not_reported=c.not_reported, invalid=c.invalid, stale=c.stale))
    state = (Text(c.notice.get(lang), style="bold yellow") if c.notice is not None
             else Text(text("collect.complete", lang), style="green"))
    parts: list[RenderableType] = [head, totals, state, _table(c, lang)]
    titles = {r.id: r.title.get(lang) for r in a.indicators}
    titles.update({r.id: r.title.get(lang) for r in a.conditions})
    for dept in c.departments:
        parts.extend(_outstanding(dept, titles, lang))
    if c.problems:
        parts.append(Text("\n" + text("collect.astray_title", lang), style="bold red"))
        parts.extend(Text(p.text.get(lang), style="red") for p in c.problems)
    return parts


def _contact(dept: DepartmentCollection, lang: Lang) -> str:
    return dept.contact or text("collect.no_contact", lang)


def _table(c: Collection, lang: Lang) -> Table:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False)
    table.add_column(text("collect.col_department", lang), overflow="fold")
    table.add_column(text("collect.col_contact", lang), overflow="fold")
    for _state, label, _style in COLUMNS:
        table.add_column(text(f"collect.{label}", lang), justify="right", no_wrap=True)
    for dept in c.departments:
        counts = [Text(str(len(getattr(dept, state))), style=style if getattr(dept, state) and
                       state != "reported" else "") for state, _label, style in COLUMNS]
        table.add_row(dept.department.name.get(lang), _contact(dept, lang), *counts)
    return table


def _outstanding(dept: DepartmentCollection, titles: dict[str, str], lang: Lang
                 ) -> list[RenderableType]:
    """What to ask a department for: its items not reported, unusable or stale, by name."""
    if not any(getattr(dept, state) for state, _label, _style in OUTSTANDING):
        return []
    lines: list[RenderableType] = [Text("\n" + text(
        "collect.chase", lang, department=dept.department.name.get(lang),
        contact=_contact(dept, lang)), style="bold")]
    for state, label, style in OUTSTANDING:
        ids = getattr(dept, state)
        if ids:  # one item a line: titles hold commas and 、 of their own
            lines.append(Text("  " + text("collect.items", lang, label=text(f"collect.{label}", lang),
                                          ids=len(ids)), style=style))
            lines.extend(Text(f"    {i} {titles.get(i, '')}".rstrip()) for i in ids)
    return lines
