"""Points at stake: what each gap costs, how far a score is from its floor, and the requirement
of an indicator in machine-readable form. Pure: the assessor calls these, reporters only read
what they return (as fields of the Assessment).
"""

from __future__ import annotations

from typing import Any, get_args

from .kinds.base import Context, FigureRule
from .kinds.inspection import Result as InspectionResult
from .result import Requirement


def points_short(awarded: float, possible: float, floor: float) -> float:
    """Points short of a floor, as people count them: floor% of the points possible, less the
    points awarded; 0 when the floor is met (judged on the rounded percent, as the verdict is)."""
    percent = round(awarded / possible * 100, 2) if possible else 100.0
    if percent >= floor:
        return 0.0
    return round(max(0.0, possible * floor / 100 - awarded), 2)


def points_lost(awarded: float, possible: float) -> float:
    """Points a result lacks: what closing its gap would regain (0 when passed or set aside)."""
    return round(max(0.0, possible - awarded), 2)


# Requirements made, by rule (its id: the rule is kept in the value, so that the id cannot be
# another object's while the entry lasts), kind and the figure applied. The same requirement
# is given every city for each indicator: made once, shared by the results (nothing changes a
# result's requirement after assessing). Bounded like the texts' cache.
_REQUIREMENTS: dict[tuple[int, str, str], tuple[Any, Requirement | None]] = {}
_CACHED_REQUIREMENTS = 4096


def requirement(kind: str, rule: Any, ctx: Context) -> Requirement | None:
    """The figure an indicator (or a condition with evidence of its own) is judged against, as
    operator, figure and unit; the figure that applies to this city when it depends on one."""
    figure = rule.applied(ctx)[0] if isinstance(rule, FigureRule) else None
    key = (id(rule), kind, repr(figure))  # by repr: -0.0 equals 0.0 but is written otherwise
    found = _REQUIREMENTS.get(key)
    if found is not None and found[0] is rule:
        return found[1]
    if len(_REQUIREMENTS) >= _CACHED_REQUIREMENTS:
        _REQUIREMENTS.clear()
    made = _requirement(kind, rule, figure)
    _REQUIREMENTS[key] = (rule, made)
    return made


def _requirement(kind: str, rule: Any, figure: float | None) -> Requirement | None:
    if isinstance(rule, FigureRule):
        unit = rule.unit.en or None
        return Requirement(operator=rule.op, figure=figure, unit=unit)
    if kind == "grade":
        return Requirement(operator=">=", figure=rule.figure, unit="grade",
                           scale=list(rule.scale))
    if kind == "metrics":
        return Requirement(operator="<=", figure=1.0, unit="limit_multiple")
    if kind == "no_events":
        return Requirement(operator="==", figure=0.0, unit="events")
    if kind == "document":
        return Requirement(operator=">=", figure=float(len(rule.documents)), unit="documents")
    if kind == "inspection":
        best = get_args(InspectionResult)[0]  # the results, best first
        return Requirement(operator="==", figure=best, unit="inspection_result",
                           scale=list(get_args(InspectionResult)))
    return None
