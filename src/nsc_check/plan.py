"""The plan: the cheapest set of gaps whose closing makes the city ready. Pure: no files, no clock.

Ready means every basic condition met, every veto indicator passed, the overall score and every
section's score at or above their floors (the pack's policy, judged as `assess` judges them). A
gap is closed when its indicator passes (or, for a basic condition with evidence of its own, when
the condition is met); closing it regains the points it lacks. Each gap costs the weeks of its
effort class (the pack's `effort:`, or the city's own estimate); the plan minimises the total.

The optimum is exact. Gaps forced by a basic condition or the veto are in every plan. The others
are chosen by dynamic programming: within each section over (points regained, gaps counted towards
each "k of n" condition such as B05), keeping the section's floor; then across sections over
(points regained towards the overall floor, counts). A partial plan is dropped only when another
costs strictly less and does at least as much, so every cheapest plan survives: they are counted
(ties), and one is chosen: the most points regained, then the fewest gaps, then the lowest ids.
Points are summed as integers (ten-thousandths of a point), so sums are exact. Closing every gap
always makes a city ready, so a plan always exists; the command checks it by assessing with
`assume_pass` before it shows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from . import __version__
from .errors import InputError
from .fields import empty_list
from .kinds.base import Gap, Status
from .messages import msg
from .pack import Condition, Indicator, Pack
from .result import (
    Assessment,
    CityInfo,
    ConditionStatus,
    Department,
    IndicatorResult,
    PackInfo,
    VerdictLevel,
)
from .text import LocalText, Note, as_note

SCALE = 10_000  # points in ten-thousandths: exact sums for points written with up to 4 decimals
UNDETERMINED = ("missing", "stale", "invalid")
EXAMPLES = 6  # cheapest plans kept per state, to show the ties
PLAN_SCHEMA_VERSION = "1.0"

CostSource = Literal["pack", "default", "city"]
ServesKind = Literal["condition", "veto", "section_floor", "overall_floor"]


# --- the result ------------------------------------------------------------------------------


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


class Serves(_Result):
    """What closing a gap is for: a basic condition, the veto, a section's floor or the overall
    floor."""

    kind: ServesKind
    id: str | None = Field(None, description="the condition or section id; null for the veto "
                           "and the overall floor")
    floor_percent: float | None = Field(None, description="the floor, for a floor")
    text: LocalText


class PlanItem(_Result):
    id: str = Field(description="indicator id, or a basic condition with evidence of its own")
    item: Literal["indicator", "condition"]
    section: str | None = None
    title: LocalText
    status: Status | ConditionStatus = Field(description="its status now")
    stage: Literal[1, 2] = Field(description="1: needed for a basic condition; 2: for the veto "
                                 "or a score floor")
    required: bool = Field(description="in every plan (a condition or the veto asks for it)")
    lead: Department
    points_regained: float = Field(description="points the score gains when it is closed")
    effort: str | None = Field(None, description="effort class; null for the city's own weeks")
    effort_title: LocalText | None = None
    weeks: int = Field(description="weeks of work: the gap's cost")
    cost_source: CostSource = Field(description="pack: the pack's class; default: the pack's "
                                    "default class (the indicator names none); city: the "
                                    "city's own estimate")
    serves: list[Serves]
    measured_text: LocalText | None = None
    required_text: LocalText | None = None
    gap: Gap | None = None
    remediation: LocalText | None = None
    findings: list[Note] = Field(default_factory=empty_list)
    start: dt.date | None = Field(None, description="with a deadline: when work must start")
    finish: dt.date | None = Field(None, description="with a deadline: when it must be done")


class Floor(_Result):
    """A score floor: where it stands, what it needs, and where the plan leaves it."""

    id: str | None = Field(None, description="section id; null for the overall score")
    title: LocalText
    percent: float
    floor_percent: float
    points_short: float = Field(description="points needed to reach the floor now; 0 if met")
    percent_after: float = Field(description="the score once the plan is done")


class Alternative(_Result):
    """Another plan of the same cost: which gaps it takes out of the plan shown, and which in."""

    without: list[str]
    instead: list[str]


class DepartmentPlan(_Result):
    """One department's share of the plan; with a deadline, when it must start."""

    lead: Department
    items: list[str]
    weeks: int = Field(description="its gaps' weeks of work, one after another")
    start: dt.date | None = None
    late: bool = Field(False, description="its work should have started before the assessment "
                       "date")


class Plan(_Result):
    """What `nsc-check plan --format json` prints."""

    schema_version: str = PLAN_SCHEMA_VERSION
    tool_version: str
    pack: PackInfo
    city: CityInfo
    as_of: dt.date
    verdict: VerdictLevel = Field(description="the verdict now, on the evidence (no waivers)")
    ready_now: bool
    weeks: int = Field(description="the plan's cost: weeks of work summed over its gaps")
    points_regained: float
    items: list[PlanItem] = Field(description="stage 1 (basic conditions) first")
    ties: int = Field(description="how many other plans cost exactly as much")
    alternatives: list[Alternative] = Field(description="some of those plans (at most 5)")
    floors: list[Floor] = Field(description="the overall floor, then each section's")
    departments: list[DepartmentPlan]
    deadline: dt.date | None = None
    costs_file: str | None = Field(None, description="the city's cost estimates, when read")

    def ids(self) -> list[str]:
        return [i.id for i in self.items]


# --- costs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cost:
    weeks: int
    effort: str | None
    source: CostSource


def costs_of(pack: Pack, overrides: Mapping[str, str | int] | None = None) -> dict[str, Cost]:
    """The cost of closing each gap: the city's estimate (an effort class or a number of weeks),
    else the indicator's class, else the pack's default class."""
    classes = pack.header.effort_classes
    out: dict[str, Cost] = {}
    owners: list[Indicator | Condition] = [*pack.indicators(),
                                           *(c for c in pack.conditions if c.kind)]
    for owner in owners:
        if owner.effort is not None:
            out[owner.id] = Cost(classes[owner.effort].weeks, owner.effort, "pack")
        else:
            name = pack.header.effort_default
            out[owner.id] = Cost(classes[name].weeks, name, "default")
    for item_id, value in (overrides or {}).items():
        if isinstance(value, str):
            out[item_id] = Cost(classes[value].weeks, value, "city")
        else:
            out[item_id] = Cost(int(value), None, "city")
    return out


# --- the problem, abstractly -----------------------------------------------------------------


@dataclass
class Problem:
    """Gaps to choose from and what readiness asks of them, in integer units."""

    gains: dict[str, int]  # id → points regained (units)
    costs: dict[str, int]  # id → weeks
    section_of: dict[str, str | None]
    forced: set[str]
    section_need: dict[str, int]  # section → units it must regain (0 if its floor is met)
    overall_need: int
    choose: list[tuple[set[str], int]] = field(default_factory=list)  # (optional ids, how many)


@dataclass
class _Best:
    cost: int
    ways: int
    gain: int
    chosen: frozenset[str]
    examples: list[frozenset[str]]


def _better(a: tuple[int, frozenset[str]], b: tuple[int, frozenset[str]]) -> bool:
    """Of two plans of the same cost: more points regained, then fewer gaps, then lower ids."""
    return (-a[0], len(a[1]), sorted(a[1])) < (-b[0], len(b[1]), sorted(b[1]))


def _put(states: dict[Any, _Best], key: Any, new: _Best) -> None:
    old = states.get(key)
    if old is None or new.cost < old.cost:
        states[key] = new
        return
    if new.cost > old.cost:
        return
    # a new object: states share theirs with the tables they were copied from
    top = new if _better((new.gain, new.chosen), (old.gain, old.chosen)) else old
    states[key] = _Best(old.cost, old.ways + new.ways, top.gain, top.chosen,
                        (old.examples + new.examples)[:EXAMPLES])


def _prune(states: dict[tuple, _Best]) -> dict[tuple, _Best]:
    """Drop a state when a strictly cheaper one regains at least as much and counts at least as
    many: it can never be part of a cheapest plan (ties survive)."""
    by_cost = sorted(states.items(), key=lambda kv: kv[1].cost)
    kept: dict[tuple, _Best] = {}
    frontier: list[tuple] = []  # keys of cheaper levels
    i = 0
    while i < len(by_cost):
        cost = by_cost[i][1].cost
        level = []
        while i < len(by_cost) and by_cost[i][1].cost == cost:
            level.append(by_cost[i])
            i += 1
        for key, best in level:
            if not any(_dominates(f, key) for f in frontier):
                kept[key] = best
        for key, _best in level:
            if key in kept:
                frontier = [f for f in frontier if not _dominates(key, f)] + [key]
    return kept


def _dominates(a: tuple, b: tuple) -> bool:
    return a[0] >= b[0] and all(x >= y for x, y in zip(a[1], b[1], strict=True))


def solve(problem: Problem) -> _Best | None:
    """The cheapest feasible set (with its count of ties and a few of them); None if none."""
    needs = tuple(n for _, n in problem.choose)
    zero = tuple(0 for _ in needs)

    def counted(item: str) -> tuple[int, ...]:
        return tuple(int(item in ids) for ids, _ in problem.choose)

    def capped(counts: Iterable[int]) -> tuple[int, ...]:
        return tuple(min(c, n) for c, n in zip(counts, needs, strict=True))

    # forced gaps are in every plan; they never count towards a "k of n" (its optional ids)
    forced_gain = sum(problem.gains.get(i, 0) for i in problem.forced)
    forced_cost = sum(problem.costs[i] for i in problem.forced)
    overall = max(0, problem.overall_need - forced_gain)
    sections = sorted({s for s in problem.section_of.values() if s is not None}
                      | set(problem.section_need))
    empty = frozenset[str]()
    total: dict[tuple, _Best] = {(0, zero): _Best(0, 1, 0, empty, [empty])}
    for section in sections:
        optional = sorted(i for i, s in problem.section_of.items()
                          if s == section and i not in problem.forced)
        base = sum(problem.gains[i] for i in problem.forced if problem.section_of[i] == section)
        states: dict[tuple, _Best] = {(0, zero): _Best(0, 1, 0, empty, [empty])}
        for item in optional:
            step = dict(states)
            add = counted(item)
            for (gain, counts), best in states.items():
                key = (gain + problem.gains[item], capped(map(sum, zip(counts, add, strict=True))))
                chosen = best.chosen | {item}
                _put(step, key, _Best(best.cost + problem.costs[item], best.ways,
                                      best.gain + problem.gains[item], chosen,
                                      [e | {item} for e in best.examples]))
            states = _prune(step)
        need = max(0, problem.section_need.get(section, 0) - base)
        states = _recap(states, need, overall)
        if not states:
            return None
        step = {}
        for (g1, c1), b1 in total.items():
            for (g2, c2), b2 in states.items():
                key = (min(g1 + g2, overall), capped(map(sum, zip(c1, c2, strict=True))))
                examples = [e1 | e2 for e1 in b1.examples for e2 in b2.examples][:EXAMPLES]
                _put(step, key, _Best(b1.cost + b2.cost, b1.ways * b2.ways, b1.gain + b2.gain,
                                      b1.chosen | b2.chosen, examples))
        total = _prune(step)
    final = [b for (g, c), b in total.items()
             if g >= overall and all(x >= n for x, n in zip(c, needs, strict=True))]
    if not final:
        return None
    cheapest = min(b.cost for b in final)
    merged: dict[int, _Best] = {}
    for best in final:
        if best.cost == cheapest:
            _put(merged, 0, best)
    result = merged[0]
    forced = frozenset(problem.forced)
    return _Best(result.cost + forced_cost, result.ways, result.gain + forced_gain,
                 result.chosen | forced, [e | forced for e in result.examples])


def _recap(states: dict[tuple, _Best], need: int, overall: int) -> dict[tuple, _Best]:
    out: dict[tuple, _Best] = {}
    for (g, c), b in states.items():
        if g >= need:
            _put(out, (min(g, overall), c), b)
    return out


# --- from an assessment ----------------------------------------------------------------------


def _percent(awarded: float, possible: float) -> float:
    # as assess judges it: the exact score, only float noise set aside (never rounded to 2
    # decimals, which would count 89.996% as meeting a 90% floor)
    return round(awarded / possible * 100, 9) if possible else 100.0


def _units(points: float) -> int:
    return round(points * SCALE)


def _need(base: int, possible: float, floor: float, most: int) -> int:
    """The fewest units to regain so that the score reaches the floor (as assess rounds it)."""
    if _percent(base / SCALE, possible) >= floor:
        return 0
    low, high = 0, most
    if _percent((base + high) / SCALE, possible) < floor:
        return high + 1  # out of reach
    while low < high:
        mid = (low + high) // 2
        if _percent((base + mid) / SCALE, possible) >= floor:
            high = mid
        else:
            low = mid + 1
    return low


def _gain(r: IndicatorResult) -> int:
    return max(0, _units(r.points_possible) - _units(r.points_awarded))


def make_plan(pack: Pack, a: Assessment, costs: Mapping[str, Cost],
              deadline: dt.date | None = None, costs_file: str | None = None) -> Plan:
    """The cheapest plan that makes the assessed city ready (the assessment must be judged on
    the evidence alone: no `assume_pass`)."""
    if a.summary.assumed_pass:
        raise ValueError("plan an assessment of the evidence, not a what-if")  # a caller's bug
    policy = pack.header.policy
    results = {r.id: r for r in a.indicators}
    gaps = {r.id: r for r in a.indicators if r.is_gap}
    own = {c.id: c for c in a.conditions if c.kind is not None and c.status != "met"}
    serves: dict[str, list[Serves]] = {i: [] for i in [*gaps, *own]}
    stage1: set[str] = set(own)
    forced: set[str] = set(own)
    for cid in own:
        serves[cid].append(_serves_condition(a, cid))
    for cond in pack.conditions:
        if cond.requires is not None:
            for item in cond.requires:
                if item in gaps:
                    forced.add(item)
                    stage1.add(item)
                    serves[item].append(_serves_condition(a, cond.id))
    for r in gaps.values():
        if r.veto:
            forced.add(r.id)
            serves[r.id].append(Serves(kind="veto", text=LocalText.from_msg(msg("plan.serves_veto"))))
    # "k of n" conditions (B05): the undetermined and those too far over their limits must be
    # closed; of the rest, as many as the count still lacks. Forced gaps are settled first.
    rules = [(cond.id, cond.at_least) for cond in pack.conditions if cond.at_least is not None]
    split: list[tuple[str, int, list[str], list[str], int]] = []
    for cid, rule in rules:
        members = [results[i] for i in rule.of if i in results]
        must: list[str] = []
        optional: list[str] = []
        for r in members:
            if not r.is_gap:
                continue
            within = (rule.others_within is None
                      or (r.limit_multiple is not None
                          and round(r.limit_multiple, 9) <= rule.others_within))
            (must if r.status in UNDETERMINED or not within else optional).append(r.id)
        passing = sum(not r.is_gap for r in members)
        split.append((cid, rule.count, must, optional, passing))
        forced |= set(must)
        stage1 |= set(must)
    choose: list[tuple[set[str], int]] = []
    for cid, count, must, optional, passing in split:
        pool = {i for i in optional if i not in forced}
        need = max(0, count - passing - len(must) - (len(optional) - len(pool)))
        for item in [*must, *(sorted(pool) if need else [])]:
            serves[item].append(_serves_condition(a, cid))
        if need:
            choose.append((pool, need))
            stage1 |= pool  # those chosen are for the condition

    sections = {s.id: s for s in a.sections}
    section_of = {i: gaps[i].section if i in gaps else None for i in serves}
    gains = {i: _gain(gaps[i]) if i in gaps else 0 for i in serves}
    section_need: dict[str, int] = {}
    floors_below: set[str] = set()
    for s in a.sections:
        base = sum(_units(results[i].points_awarded) for i in results
                   if results[i].section == s.id)
        most = sum(gains[i] for i in gaps if gaps[i].section == s.id)
        section_need[s.id] = _need(base, s.points_possible, s.floor_percent, most)
        if section_need[s.id]:
            floors_below.add(s.id)
    base_all = sum(_units(r.points_awarded) for r in a.indicators)
    overall_need = _need(base_all, a.summary.points_possible, policy.min_score_pct,
                         sum(gains.values()))
    problem = Problem(gains=gains, costs={i: costs[i].weeks for i in serves},
                      section_of=section_of, forced=forced, section_need=section_need,
                      overall_need=overall_need, choose=choose)
    best = solve(problem)
    if best is None:  # closing every gap always suffices: only a pack at odds with itself
        raise InputError.single(msg("plan.no_plan"))
    chosen = best.chosen
    for item in chosen:
        section = section_of[item]
        if section in floors_below:
            sec = sections[section]
            serves[item].append(Serves(kind="section_floor", id=section,
                                       floor_percent=sec.floor_percent, text=LocalText.from_msg(
                msg("plan.serves_section", section=section, title=sec.title,
                    floor=sec.floor_percent))))
        if overall_need and gains[item]:
            serves[item].append(Serves(kind="overall_floor", floor_percent=policy.min_score_pct,
                                       text=LocalText.from_msg(
                msg("plan.serves_overall", floor=policy.min_score_pct))))
    # a gap chosen for a "k of n" condition only belongs to stage 1 if it serves one
    items = [_item(pack, a, i, gaps, own, costs[i], serves[i], i in forced,
                   1 if i in stage1 and any(s.kind == "condition" for s in serves[i]) else 2,
                   gains[i]) for i in chosen]
    items.sort(key=lambda it: (it.stage, it.section or "", it.id))
    departments = _departments(items, deadline, a.as_of)
    floors = _floors(a, results, chosen, gains, policy.min_score_pct)
    alternatives = [Alternative(without=sorted(chosen - e), instead=sorted(e - chosen))
                    for e in best.examples if e != chosen][:5]
    return Plan(tool_version=__version__, pack=a.pack, city=a.city, as_of=a.as_of,
                verdict=a.summary.verdict, ready_now=a.summary.ready, weeks=best.cost,
                points_regained=round(best.gain / SCALE, 4), items=items, ties=best.ways - 1,
                alternatives=alternatives, floors=floors, departments=departments,
                deadline=deadline, costs_file=costs_file)


def _serves_condition(a: Assessment, cid: str) -> Serves:
    cond = next(c for c in a.conditions if c.id == cid)
    return Serves(kind="condition", id=cid, text=LocalText.from_msg(
        msg("plan.serves_condition", id=cid, title=cond.title)))


def _item(pack: Pack, a: Assessment, item: str, gaps: dict[str, IndicatorResult],
          own: dict, cost: Cost, serves: list[Serves], required: bool, stage: int,
          gain: int) -> PlanItem:
    title = (pack.header.effort_classes[cost.effort].title if cost.effort is not None else None)
    common = {"id": item, "required": required, "stage": stage, "weeks": cost.weeks,
              "effort": cost.effort, "effort_title": title, "cost_source": cost.source,
              "serves": serves, "points_regained": round(gain / SCALE, 4)}
    if item in gaps:
        r = gaps[item]
        return PlanItem(**common, item="indicator", section=r.section, title=r.title,
                        status=r.status, lead=r.lead, measured_text=r.measured_text,
                        required_text=r.required_text, gap=r.gap, remediation=r.remediation,
                        findings=[as_note(f) for f in r.findings])
    c = own[item]
    cond = pack.condition(item)
    return PlanItem(**common, item="condition", title=c.title, status=c.status, lead=c.lead,
                    measured_text=c.measured_text, required_text=c.required_text,
                    remediation=cond.remediation if cond else None,
                    findings=[as_note(f) for f in c.findings])


def _floors(a: Assessment, results: dict[str, IndicatorResult], chosen: frozenset[str],
            gains: dict[str, int], min_pct: float) -> list[Floor]:
    def after(ids: Iterable[str]) -> int:
        return sum(_units(results[i].points_awarded) + (gains[i] if i in chosen else 0)
                   for i in ids)

    out = []
    total = after(results)
    s = a.summary
    out.append(Floor(title=LocalText.from_msg(msg("plan.overall")), percent=s.percent,
                     floor_percent=min_pct,
                     points_short=s.points_short,
                     percent_after=_percent(total / SCALE, s.points_possible)))
    for sec in a.sections:
        if sec.percent is None:  # nothing left to score: no floor to reach
            continue
        ids = [i for i, r in results.items() if r.section == sec.id]
        out.append(Floor(id=sec.id, title=sec.title, percent=sec.percent,
                         floor_percent=sec.floor_percent,
                         points_short=sec.points_short,
                         percent_after=_percent(after(ids) / SCALE, sec.points_possible)))
    return out


def _departments(items: list[PlanItem], deadline: dt.date | None, today: dt.date
                 ) -> list[DepartmentPlan]:
    """Each department's gaps, one after another, the longest first; with a deadline, planned
    back from it so that the last finishes on the day."""
    groups: dict[str, list[PlanItem]] = {}
    for it in items:
        groups.setdefault(it.lead.id, []).append(it)
    out = []
    for group in groups.values():
        group.sort(key=lambda it: (-it.weeks, it.id))
        weeks = sum(it.weeks for it in group)
        start = None
        if deadline is not None:
            end = deadline
            for it in reversed(group):
                it.finish = end
                it.start = end - dt.timedelta(weeks=it.weeks)
                end = it.start
            start = end
        out.append(DepartmentPlan(lead=group[0].lead, items=[it.id for it in group],
                                  weeks=weeks, start=start,
                                  late=start is not None and start < today))
    out.sort(key=lambda d: (d.start or dt.date.max, -d.weeks, d.lead.id))
    return out

