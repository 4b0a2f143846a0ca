"""Short texts the reporters share, built from the catalogue out of what the result holds (no
computing: the figures come from the Assessment and the Plan as they are)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..messages import msg, text
from ..result import Assessment, Location
from ..text import Lang

if TYPE_CHECKING:  # the plan is only read here; the terminal report must not import it
    from ..plan import PlanItem, Serves


def why_not_full(a: Assessment, lang: Lang) -> str:
    """Why the points possible are under the pack's full points: the indicators not
    applicable, named with their points ('' when none)."""
    s = a.summary
    if not s.not_applicable:
        return ""
    items = [msg("ui." + a.label_key("na_points"), id=n.id, title=n.title, points=n.points)
             for n in s.not_applicable]
    return text("ui." + a.label_key("why_not_full"), lang, full=s.points_full, count=len(items),
                points=round(sum(n.points for n in s.not_applicable), 2), items=items)


def place(where: Location | None, lang: Lang) -> tuple[str, str]:
    """Where an item's evidence is, for a report read away from the files (forwarded, printed):
    the department file's name and its line (`sanitation.yaml`, `第13行`), never the path on
    the machine it was assessed on; ('', '') when nothing was reported."""
    if where is None:
        return "", ""
    name = where.file.replace("\\", "/").rsplit("/", 1)[-1]
    return name, text("ui.at_line", lang, line=where.line) if where.line else ""


def short_overall(a: Assessment, lang: Lang) -> str:
    s = a.summary
    if not s.points_short:
        return ""
    return text("ui." + a.label_key("points_short_overall"), lang, points=s.points_short,
                floor=s.min_score_percent)


def serves_short(s: Serves, lang: Lang) -> str:
    """A short label of what a gap of the plan is for."""
    if s.kind == "condition":
        return text("plan.serves_condition_short", lang, id=s.id)
    if s.kind == "section_floor":
        return text("plan.serves_section_short", lang, section=s.id, floor=s.floor_percent)
    if s.kind == "overall_floor":
        return text("plan.serves_overall_short", lang, floor=s.floor_percent)
    return s.text.get(lang)


def effort(it: PlanItem, lang: Lang) -> str:
    if it.cost_source == "city" or it.effort_title is None:
        return text("plan.effort_city", lang, weeks=it.weeks)
    return text("plan.effort_class", lang, effort=it.effort_title, weeks=it.weeks)
