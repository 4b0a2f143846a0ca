"""Assessing: a pure function of (pack, evidence, assessment date) → Assessment.

No files, no printing, no clock. Every indicator is evaluated by its kind, then the basic
conditions are judged over the indicator results (or their own evidence), then sections and the
whole are scored and the verdict is reached by the pack's policy.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Collection
from typing import get_args

from . import __version__, kinds
from .collection import collect
from .evidence import Entry, EvidenceSet
from .i18n import status as status_text
from .kinds.base import Context, Outcome, Status
from .messages import msg
from .pack import Condition, Indicator, Pack, Rule
from .result import (
    Assessment,
    CityInfo,
    ConditionResult,
    ConditionStatus,
    Department,
    IndicatorResult,
    Location,
    PackInfo,
    SectionResult,
    Summary,
    Verdict,
    WaiverInfo,
    WithWaivers,
)
from .messages import msg
from .text import LocalText, Note
from .values import format_number

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
    verdict = _verdict(pack, conditions, sections, indicators, percent)
    city = evidence.city
    result = Assessment(
        tool_version=__version__,
        pack=PackInfo(id=pack.id, title=pack.header.title, edition=pack.header.edition),
        city=CityInfo(name=city.name, assessment_date=city.assessment_date,
                      province=city.province, built_up_area_km2=city.built_up_area_km2,
                      population=city.population),
        as_of=on,
        summary=Summary(
            eligible=verdict.eligible, ready=verdict.ready, verdict=verdict.level,
            reasons=verdict.reasons, points_awarded=round(awarded, 2),
            points_possible=round(possible, 2), percent=percent,
            min_score_percent=policy.min_score_pct,
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
    return _department_of(dept_id, pack.header.departments[dept_id])


@functools.lru_cache(maxsize=1024)
def _department_of(dept_id: str, name: LocalText) -> Department:
    # The same fifteen or so departments lead every indicator of every city: made once, shared.
    return Department(id=dept_id, name=name)


def evaluate_entry(pack: Pack, owner: Rule | Condition, entry: Entry | None,
                   ctx: Context) -> Outcome:
    """The outcome of one piece of evidence against its rule, including missing and stale."""
    if entry is None:
        return Outcome(status="missing", messages=[
            Note.coded("not_reported", "未报送证据", "no evidence reported")])
    if entry.problems:
        return Outcome(status="invalid", messages=[
            Note.coded("invalid", f"证据无效：{p}", f"evidence unusable: {p}")
            for p in entry.problems])
    if entry.not_applicable:
        return Outcome(status="not_applicable", messages=[
            Note.coded("not_applicable", f"不适用：{entry.not_applicable}",
                         f"not applicable: {entry.not_applicable}")])
    if entry.data is None:
        return Outcome(status="missing", messages=[Note.coded("not_reported", "仅有豁免声明，未报送数据",
                                                                "a waiver but no data reported")])
    outcome: Outcome = kinds.get(owner.kind).evaluate(owner.rule, entry.data, ctx)
    data_date = outcome.data_date or entry.as_of
    outcome.data_date = data_date
    if data_date is None or outcome.status in UNDETERMINED:
        return outcome
    max_age = owner.max_age_days or pack.header.policy.max_age_days
    age = (ctx.assessment_date - data_date).days
    if age > max_age:
        outcome.messages.append(Note.coded(
            "stale", f"数据日期 {data_date} 距评估日已 {age} 天，超过 {max_age} 天的时效，需更新",
            f"data dated {data_date} is {age} days old, more than the {max_age} allowed: update it"))
        outcome.status = "stale"
    elif age < 0:
        outcome.messages.append(Note.coded(
            "after_assessment_date", f"数据日期 {data_date} 晚于评估日 {ctx.assessment_date}",
            f"data dated {data_date} is after the assessment date {ctx.assessment_date}"))
    return outcome


def _waiver(entry: Entry | None, outcome: Outcome, ctx: Context) -> WaiverInfo | None:
    """The waiver declared for an entry: whether it is in force, whether it sets the indicator
    aside (only a gap can be set aside), and a message saying which."""
    if entry is None or entry.waiver is None:
        return None
    w = entry.waiver
    active = w.expires >= ctx.assessment_date
    applied = active and outcome.status not in ("pass", "not_applicable")
    if applied:
        outcome.messages.append(Note.coded(
            "waiver_applied", f"已豁免至 {w.expires}（{w.approved_by} 批准）：{w.justification}；"
            "仅在计入豁免的得分中不计，申报结论仍按实际情况判定",
            f"waived until {w.expires} (approved by {w.approved_by}): {w.justification}; "
            "left out of the score shown with waivers; the verdict stands on the evidence"))
    elif active:
        outcome.messages.append(Note.coded(
            "waiver_unused", f"豁免有效期至 {w.expires}，但该指标已达标，按实际情况计分",
            f"a waiver is in force until {w.expires}, but the indicator passes: scored as it "
            "stands"))
    else:
        outcome.messages.append(Note.coded(
            "waiver_expired", f"豁免已于 {w.expires} 到期，不再适用，按实际情况计分",
            f"the waiver expired on {w.expires} and no longer applies: scored as it stands"))
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
    possible = 0.0 if set_aside else ind.points
    awarded = 0.0 if set_aside else {
        "pass": ind.points, "partial": ind.points * policy.partial_credit}.get(outcome.status, 0.0)
    return IndicatorResult(
        id=ind.id, section=ind.section, title=ind.title, kind=ind.kind, status=outcome.status,
        veto=ind.veto, basis=ind.basis, lead=_department(pack, ind.lead),
        measured=outcome.measured, measured_text=outcome.measured_text,
        required_text=outcome.required_text, figure_note=outcome.figure_note, gap=outcome.gap,
        limit_multiple=outcome.limit_multiple, points_awarded=round(awarded, 2),
        points_possible=possible,
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
    if cond.requires is not None:
        status, messages = _requires(results)
    else:
        status, messages = _at_least(cond, results)
    return ConditionResult(**base, status=status, messages=messages)


def _name(r: IndicatorResult) -> LocalText:
    return LocalText.of(f"{r.id} {r.title.zh}", f"{r.id} {r.title.en}")


def _requires(results: list[IndicatorResult]) -> tuple[ConditionStatus, list[LocalText]]:
    failing = [r for r in results if r.status in ("fail", "partial")]
    unknown = [r for r in results if r.status in UNDETERMINED]
    messages = [LocalText.of(f"{_name(r).zh}：未达标" + (f"（{r.gap.text.zh}）" if r.gap else ""),
                             f"{_name(r).en}: not met" + (f" ({r.gap.text.en})" if r.gap else ""))
                for r in failing]
    messages += [LocalText.of(f"{_name(r).zh}：无法判定（{status_text(r.status, 'zh')}）",
                              f"{_name(r).en}: cannot be judged ({r.status})") for r in unknown]
    if failing:
        return "not_met", messages
    return ("undetermined" if unknown else "met"), messages


def _at_least(cond: Condition, results: list[IndicatorResult]
              ) -> tuple[ConditionStatus, list[LocalText]]:
    rule = cond.at_least
    assert rule is not None
    passing = [r for r in results if r.status in ("pass", "not_applicable")]
    unknown = [r for r in results if r.status in UNDETERMINED]
    failing = [r for r in results if r.status not in ("pass", "not_applicable", *UNDETERMINED)]
    messages = [LocalText.of(f"{len(passing)}/{len(results)} 项达标（需 {rule.count} 项）",
                             f"{len(passing)} of {len(results)} met ({rule.count} needed)")]
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
            messages.append(LocalText.from_msg(msg("domain.beyond_any_multiple", name=_name(r),
                                                   limit=limit)))
            continue
        shown = format_number(multiple) if multiple is not None else "?"
        messages.append(LocalText.of(
            f"{_name(r).zh}：未达标，为限值的 {shown} 倍（允许不超过 {limit} 倍）",
            f"{_name(r).en}: not met, {shown}× its limits (at most {limit}× allowed)"))
    messages += [LocalText.of(f"{_name(r).zh}：无法判定（{status_text(r.status, 'zh')}）",
                              f"{_name(r).en}: cannot be judged ({r.status})") for r in unknown]
    if too_far or len(passing) + len(unknown) < rule.count:
        return "not_met", messages
    if unknown:
        return "undetermined", messages
    return "met", messages


def _percent(awarded: float, possible: float) -> float:
    return round(awarded / possible * 100, 2) if possible else 100.0


def _counts(results: list[IndicatorResult]) -> dict[str, int]:
    counter = Counter(r.status for r in results)
    return {status: counter.get(status, 0) for status in STATUSES}


def _section(section_id: str, title: LocalText, results: list[IndicatorResult],
             floor: float) -> SectionResult:
    awarded = sum(r.points_awarded for r in results)
    possible = sum(r.points_possible for r in results)
    percent = _percent(awarded, possible)
    return SectionResult(id=section_id, title=title, points_awarded=round(awarded, 2),
                         points_possible=round(possible, 2), percent=percent,
                         floor_percent=floor, below_floor=percent < floor,
                         counts=_counts(results))


def _verdict(pack: Pack, conditions: list[ConditionResult], sections: list[SectionResult],
             indicators: list[IndicatorResult], percent: float) -> Verdict:
    policy = pack.header.policy
    unmet = [c for c in conditions if c.status != "met"]
    if unmet:
        reasons = [LocalText.of(
            f"基本条件 {c.id} {c.title.zh}：{'未满足' if c.status == 'not_met' else '无法判定'}",
            f"basic condition {c.id} {c.title.en}: "
            f"{'not met' if c.status == 'not_met' else 'undetermined'}") for c in unmet]
        return Verdict(level="not_eligible", eligible=False, ready=False, reasons=reasons)
    reasons = [LocalText.of(f"否决项 {_name(r).zh} 未通过（{r.status}）",
                            f"veto item {_name(r).en} not passed ({r.status})")
               for r in indicators if r.veto and r.status != "pass"]
    if percent < policy.min_score_pct:
        reasons.append(LocalText.of(
            f"总得分率 {format_number(percent)}%，低于 {format_number(policy.min_score_pct)}%",
            f"overall score {format_number(percent)}%, below {format_number(policy.min_score_pct)}%"))
    reasons += [LocalText.of(
        f"{s.id} {s.title.zh} 得分率 {format_number(s.percent)}%，低于 {format_number(s.floor_percent)}%",
        f"{s.id} {s.title.en} at {format_number(s.percent)}%, below {format_number(s.floor_percent)}%")
        for s in sections if s.below_floor]
    if reasons:
        return Verdict(level="eligible_not_ready", eligible=True, ready=False, reasons=reasons)
    return Verdict(level="ready", eligible=True, ready=True, reasons=[LocalText.of(
        "全部基本条件满足，否决项通过，总分和各部分得分率均达到要求",
        "all basic conditions met, veto items passed, overall and section scores above the floors")])


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
