"""Assessing: a pure function of (pack, evidence, assessment date) → Assessment.

No files, no printing, no clock. Every indicator is evaluated by its kind, then the basic
conditions are judged over the indicator results (or their own evidence), then sections and the
whole are scored and the verdict is reached by the pack's policy.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Collection
from typing import get_args

from . import __version__, kinds
from .collection import collect
from .evidence import Entry, EvidenceSet
from .kinds.base import Context, Outcome
from .messages import Msg, msg
from .pack import Condition, Indicator, Pack, Rule
from .result import (
    Assessment,
    CityInfo,
    ConditionResult,
    ConditionStatus,
    Department,
    IndicatorResult,
    Location,
    NotApplicablePoints,
    PackInfo,
    SectionResult,
    Status,
    Summary,
    Verdict,
    WaiverInfo,
    WithWaivers,
)
from .stakes import points_lost, points_short, requirement
from .text import LocalText, Note
from .values import EXACT_DECIMALS, format_against, format_number

STATUSES: tuple[str, ...] = get_args(Status)  # in the order reports count them
UNDETERMINED = ("missing", "stale", "invalid")


def assess(pack: Pack, evidence: EvidenceSet, as_of: dt.date | None = None,
           assume_pass: Collection[str] = ()) -> Assessment:
    """`assume_pass`: ids of gaps (indicators, or conditions with evidence of their own) to
    assess as though they were closed: a what-if, said so in the result."""
    on = as_of or evidence.city.assessment_date
    assumed = frozenset(assume_pass)
    ctx = Context(assessment_date=on, city=evidence.city.facts(),
                  attachments=evidence.attachments)
    policy = pack.header.policy
    indicators = [_indicator(pack, ind, evidence.entries.get(ind.id), ctx, ind.id in assumed)
                  for ind in pack.indicators()]
    by_id = {r.id: r for r in indicators}
    conditions = [_condition(pack, cond, by_id, evidence.entries.get(cond.id), ctx,
                             cond.id in assumed) for cond in pack.conditions]
    sections = [_section(sec.id, sec.title, [by_id[i.id] for i in sec.indicators],
                         policy.section_floor_pct) for sec in pack.sections]
    awarded = sum(s.points_awarded for s in sections)
    possible = sum(s.points_possible for s in sections)
    percent = _percent(awarded, possible)
    pack_points = {ind.id: pack.weight(ind) for ind in pack.indicators()}
    verdict = _verdict(pack, conditions, sections, indicators, percent)
    city = evidence.city
    result = Assessment(
        tool_version=__version__,
        pack=PackInfo(id=pack.id, title=pack.header.title, edition=pack.header.edition,
                      scoring=pack.header.scoring),
        city=CityInfo(name=city.name, assessment_date=city.assessment_date,
                      province=city.province, built_up_area_km2=city.built_up_area_km2,
                      population=city.population),
        as_of=on,
        summary=Summary(
            eligible=verdict.eligible, ready=verdict.ready, verdict=verdict.level,
            reasons=verdict.reasons, points_awarded=round(awarded, 2),
            points_possible=round(possible, 2), percent=percent,
            min_score_percent=policy.min_score_pct,
            points_short=points_short(awarded, possible, policy.min_score_pct),
            points_full=round(sum(pack_points.values()), 2),
            not_applicable=[NotApplicablePoints(id=r.id, title=r.title,
                                                points=pack_points[r.id])
                            for r in indicators if r.status == "not_applicable"],
            conditions_met=sum(c.status == "met" for c in conditions),
            conditions_total=len(conditions),
            waivers_active=sum(1 for r in indicators if r.waiver and r.waiver.applied),
            with_waivers=_with_waivers(pack, conditions, indicators, verdict),
            assumed_pass=sorted(assumed & {*by_id, *(c.id for c in conditions if c.kind)}),
            counts=_counts(indicators)),
        conditions=conditions,
        sections=sections,
        indicators=indicators,
        tailoring=pack.tailoring,
    )
    result.collection = collect(pack, evidence, result)
    return result


def _department(pack: Pack, dept_id: str) -> Department:
    name = pack.header.departments[dept_id]
    # Keyed by the name's texts: hashing the frozen model itself runs Python code each time.
    key = (dept_id, name.zh, name.en)
    found = _DEPARTMENTS.get(key)
    if found is None:
        if len(_DEPARTMENTS) >= 1024:
            _DEPARTMENTS.clear()
        found = _DEPARTMENTS[key] = Department(id=dept_id, name=name)
    return found


# The same fifteen or so departments lead every indicator of every city: made once, shared
# (frozen).
_DEPARTMENTS: dict[tuple[str, str, str], Department] = {}


def evaluate_entry(pack: Pack, owner: Rule | Condition, entry: Entry | None,
                   ctx: Context) -> Outcome:
    """The outcome of one piece of evidence against its rule, including missing and stale."""
    if entry is None:
        return Outcome(status="missing", messages=[Note.from_msg(msg("kinds.not_reported"))])
    if entry.problems:
        return Outcome(status="invalid", messages=[
            Note.from_msg(msg("kinds.invalid", problem=_problem(p),
                              problem_code=getattr(p, "code", None))) for p in entry.problems])
    if entry.not_applicable:
        return Outcome(status="not_applicable", messages=[Note.from_msg(
            msg("kinds.not_applicable", reason=entry.not_applicable))])
    if entry.data is None:
        return Outcome(status="missing", messages=[Note.from_msg(msg("kinds.waiver_only"))])
    outcome: Outcome = kinds.get(owner.kind or "").evaluate(owner.rule, entry.data, ctx)
    data_date = outcome.data_date or entry.as_of
    outcome.data_date = data_date
    if data_date is None or outcome.status in UNDETERMINED:
        return outcome
    max_age = owner.max_age_days or pack.header.policy.max_age_days
    age = (ctx.assessment_date - data_date).days
    if age > max_age:
        outcome.messages.append(Note.from_msg(msg(
            "kinds.stale", date=str(data_date), age=age, max_age=max_age)))
        outcome.status = "stale"
    elif age < 0:
        outcome.messages.append(Note.from_msg(msg(
            "kinds.after_assessment_date", date=str(data_date), on=str(ctx.assessment_date))))
    return outcome


def _problem(problem: object) -> LocalText | str:
    """A problem of an entry as an argument of a message: its line in the language of the
    message (`file:line:col: 错误: …`), never a line in the other language."""
    render = getattr(problem, "render", None)
    if not callable(render):
        return str(problem)
    return LocalText(zh=render("zh"), en=render("en"))


def _waiver(entry: Entry | None, outcome: Outcome, ctx: Context) -> WaiverInfo | None:
    """The waiver declared for an entry: whether it is in force, whether it sets the indicator
    aside (only a gap can be set aside), and a message saying which."""
    if entry is None or entry.waiver is None:
        return None
    w = entry.waiver
    active = w.expires >= ctx.assessment_date
    applied = active and outcome.status not in ("pass", "not_applicable")
    if applied:
        outcome.messages.append(Note.from_msg(msg(
            "kinds.waiver_applied", expires=str(w.expires), approved_by=w.approved_by,
            justification=w.justification)))
    elif active:
        outcome.messages.append(Note.from_msg(msg("kinds.waiver_unused", expires=str(w.expires))))
    else:
        outcome.messages.append(Note.from_msg(msg("kinds.waiver_expired",
                                                  expires=str(w.expires))))
    return WaiverInfo(justification=w.justification, approved_by=w.approved_by,
                      expires=w.expires, active=active, applied=applied)


def _assumed(outcome: Outcome) -> Outcome:
    """A gap assessed as though closed (`--assume-pass`): passed, the figures left as reported."""
    if outcome.status in ("pass", "not_applicable"):
        return outcome
    return Outcome(status="pass", measured=outcome.measured, measured_text=outcome.measured_text,
                   required_text=outcome.required_text, figure_note=outcome.figure_note,
                   data_date=outcome.data_date,
                   messages=[Note.from_msg(msg("plan.assumed_note", status=msg(
                       f"status.{outcome.status}")))])


def _indicator(pack: Pack, ind: Indicator, entry: Entry | None, ctx: Context,
               assumed: bool = False) -> IndicatorResult:
    outcome = evaluate_entry(pack, ind, entry, ctx)
    if assumed:
        outcome = _assumed(outcome)
    policy = pack.header.policy
    waiver = _waiver(entry, outcome, ctx)
    # Waivers never set points aside here: readiness is judged on the evidence (_with_waivers).
    set_aside = outcome.status == "not_applicable"
    # points, or 1 for an item met (a pack scoring items: `partial` is not met)
    weight = pack.weight(ind)
    credit = policy.partial_credit if pack.header.scoring == "points" else 0.0
    possible = 0.0 if set_aside else weight
    status = outcome.status
    awarded = (weight if status == "pass" else weight * credit if status == "partial"
               else 0.0)  # 0 when set aside: not_applicable is neither
    return IndicatorResult(
        id=ind.id, section=ind.section_id, title=ind.title, kind=ind.kind, status=outcome.status,
        veto=ind.veto, basis=ind.basis, lead=_department(pack, ind.lead),
        measured=outcome.measured, measured_text=outcome.measured_text,
        required_text=outcome.required_text, figure_note=outcome.figure_note,
        requirement=requirement(ind.kind, ind.rule, ctx), gap=outcome.gap,
        limit_multiple=outcome.limit_multiple, points_awarded=round(awarded, 2),
        points_possible=possible, points_lost=points_lost(awarded, possible),
        evidence=Location(file=entry.file, line=entry.line) if entry else None,
        as_of=outcome.data_date,
        not_applicable_reason=entry.not_applicable if entry else None,
        note=entry.note if entry else None,
        findings=outcome.findings, messages=outcome.messages, remediation=ind.remediation,
        waiver=waiver)


def _condition(pack: Pack, cond: Condition, by_id: dict[str, IndicatorResult],
               entry: Entry | None, ctx: Context, assumed: bool = False) -> ConditionResult:
    base = {"id": cond.id, "title": cond.title, "lead": _department(pack, cond.lead),
            "rests_on": cond.rests_on, "kind": cond.kind}
    if cond.kind is not None:
        outcome = evaluate_entry(pack, cond, entry, ctx)
        if assumed:
            outcome = _assumed(outcome)
        status: ConditionStatus = ("met" if outcome.status == "pass" else
                                   "undetermined" if outcome.status in UNDETERMINED else "not_met")
        return ConditionResult(
            **base, status=status, evidence_status=outcome.status,
            measured_text=outcome.measured_text,
            required_text=outcome.required_text,
            evidence=Location(file=entry.file, line=entry.line) if entry else None,
            findings=outcome.findings, messages=outcome.messages)
    results = [by_id[i] for i in cond.rests_on]
    near_miss = False
    if cond.requires is not None:
        status, messages = _requires(results)
    else:
        status, messages = _at_least(cond, results)
        near_miss = status == "met" and any(
            r.status not in ("pass", "not_applicable") for r in results)
    return ConditionResult(**base, status=status, near_miss=near_miss, messages=messages)


def _name(r: IndicatorResult) -> Msg:
    return msg("kinds.name_title", id=r.id, title=r.title)


def _undetermined(r: IndicatorResult) -> Note:
    return Note.from_msg(msg("kinds.condition.undetermined", item=_name(r),
                             status=msg(f"status.{r.status}")))


def _requires(results: list[IndicatorResult]) -> tuple[ConditionStatus, list[Note]]:
    failing = [r for r in results if r.status in ("fail", "partial")]
    unknown = [r for r in results if r.status in UNDETERMINED]
    messages = [Note.from_msg(msg("kinds.condition.not_met_gap", item=_name(r), gap=r.gap.text)
                              if r.gap else msg("kinds.condition.not_met", item=_name(r)))
                for r in failing]
    messages += [_undetermined(r) for r in unknown]
    if failing:
        return "not_met", messages
    return ("undetermined" if unknown else "met"), messages


def _at_least(cond: Condition, results: list[IndicatorResult]
              ) -> tuple[ConditionStatus, list[Note]]:
    rule = cond.at_least
    assert rule is not None
    passing = [r for r in results if r.status in ("pass", "not_applicable")]
    unknown = [r for r in results if r.status in UNDETERMINED]
    failing = [r for r in results if r.status not in ("pass", "not_applicable", *UNDETERMINED)]
    messages = [Note.from_msg(msg("kinds.condition.count", passing=len(passing),
                                  total=len(results), count=rule.count))]
    too_far = []
    for r in failing:
        multiple = r.limit_multiple
        if rule.others_within is None:
            continue
        within = multiple is not None and round(multiple, 9) <= rule.others_within
        if not within:
            too_far.append(r)
        limit = format_number(rule.others_within)
        if multiple is None and r.kind == "metrics" and r.status == "fail":
            # a measure with none allowed is over: no multiple of the limits applies
            messages.append(Note.from_msg(msg("domain.beyond_any_multiple", name=_name(r),
                                              limit=limit)))
            continue
        shown = (format_against(multiple, "<=", rule.others_within)
                 if multiple is not None else "?")
        messages.append(Note.from_msg(msg("kinds.condition.too_far", item=_name(r),
                                          multiple=shown, limit=limit)))
    messages += [_undetermined(r) for r in unknown]
    if too_far or len(passing) + len(unknown) < rule.count:
        return "not_met", messages
    if unknown:
        return "undetermined", messages
    return "met", messages


def _percent(awarded: float, possible: float) -> float:
    """The exact score (JSON keeps it so); only its display is rounded (values.format_number)."""
    return awarded / possible * 100 if possible else 100.0


def _below(percent: float, floor: float) -> bool:
    """A score under its floor, compared exactly: 59.996% is below 60%, never rounded up to it
    (only float noise beyond EXACT_DECIMALS is set aside, so that 54/90 is exactly 60%)."""
    return round(percent, EXACT_DECIMALS) < round(floor, EXACT_DECIMALS)


def _counts(results: list[IndicatorResult]) -> dict[str, int]:
    counter: Counter[str] = Counter(r.status for r in results)
    return {status: counter[status] for status in STATUSES}


def _section(section_id: str, title: LocalText, results: list[IndicatorResult],
             floor: float) -> SectionResult:
    awarded = sum(r.points_awarded for r in results)
    possible = sum(r.points_possible for r in results)
    percent = _percent(awarded, possible)
    return SectionResult(id=section_id, title=title, points_awarded=round(awarded, 2),
                         points_possible=round(possible, 2), percent=percent,
                         floor_percent=floor, below_floor=_below(percent, floor),
                         points_short=points_short(awarded, possible, floor),
                         points_lost=round(sum(r.points_lost for r in results), 2),
                         counts=_counts(results))


def _verdict(pack: Pack, conditions: list[ConditionResult], sections: list[SectionResult],
             indicators: list[IndicatorResult], percent: float) -> Verdict:
    policy = pack.header.policy
    # the words of a score: points, or the share of items met (a pack scoring items)
    score, section_code, ready = (
        ("kinds.verdict.score", "kinds.verdict.section", "kinds.verdict.ready")
        if pack.header.scoring == "points" else
        ("structure.verdict_items_score", "structure.verdict_items_section",
         "structure.verdict_items_ready"))
    unmet = [c for c in conditions if c.status != "met"]
    if unmet:
        reasons = [Note.from_msg(msg(
            "kinds.verdict.condition", id=c.id, title=c.title,
            status=msg("status.not_met" if c.status == "not_met" else "status.undetermined")))
            for c in unmet]
        return Verdict(level="not_eligible", eligible=False, ready=False, reasons=reasons)
    reasons = [Note.from_msg(msg("kinds.verdict.veto", item=_name(r),
                                 status=msg(f"status.{r.status}")))
               for r in indicators if r.veto and r.status != "pass"]
    if _below(percent, policy.min_score_pct):
        reasons.append(Note.from_msg(msg(score, percent=format_against(
                                             percent, ">=", policy.min_score_pct),
                                         floor=format_number(policy.min_score_pct))))
    reasons += [Note.from_msg(msg(section_code, id=s.id, title=s.title,
                                  percent=format_against(s.percent, ">=", s.floor_percent),
                                  floor=format_number(s.floor_percent)))
                for s in sections if s.below_floor]
    if reasons:
        return Verdict(level="eligible_not_ready", eligible=True, ready=False, reasons=reasons)
    return Verdict(level="ready", eligible=True, ready=True,
                   reasons=[Note.from_msg(msg(ready))])


def _with_waivers(pack: Pack, conditions: list[ConditionResult],
                  indicators: list[IndicatorResult], verdict: Verdict) -> WithWaivers | None:
    """The score with the city's own waivers accepted, and the verdict it would give: shown, but
    never the verdict (national assessors judge on the evidence). None when no waiver applies."""
    waived = [r.id for r in indicators if r.waiver is not None and r.waiver.applied]
    if not waived:
        return None
    kept = [r.model_copy(update={"points_awarded": 0.0, "points_possible": 0.0})
            if r.id in waived else r for r in indicators]
    policy = pack.header.policy
    by_section: dict[str, list[IndicatorResult]] = {}
    for r in kept:
        by_section.setdefault(r.section, []).append(r)
    sections = [_section(sec.id, sec.title, by_section.get(sec.id, []), policy.section_floor_pct)
                for sec in pack.sections]
    awarded = sum(s.points_awarded for s in sections)
    possible = sum(s.points_possible for s in sections)
    percent = _percent(awarded, possible)
    level = _verdict(pack, conditions, sections, kept, percent).level
    return WithWaivers(set_aside=waived, points_awarded=round(awarded, 2),
                       points_possible=round(possible, 2), percent=percent, verdict=level,
                       changes_verdict=level != verdict.level)
