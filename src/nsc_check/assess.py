"""Assessing: a pure function of (pack, evidence, assessment date) → Assessment.

No files, no printing, no clock. Every indicator is evaluated by its kind, then the basic
conditions are judged over the indicator results (or their own evidence), then sections and the
whole are scored and the verdict is reached by the pack's policy.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import Any, TypeVar, get_args

from pydantic import TypeAdapter

from . import __version__, kinds
from .collection import collect
from .evidence import Entry, EvidenceSet
from .kinds.base import Context, Outcome
from .messages import Msg, msg
from .pack import Condition, Indicator, Pack, Rule, Section
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
    VerdictLevel,
    WaiverInfo,
    WithWaivers,
    department,
)
from .stakes import points_lost, points_short, requirement
from .text import Later, LocalText, Note, Words, rendered, rendered_note
from .values import EXACT_DECIMALS, format_against, format_number

_Plain = TypeVar("_Plain", IndicatorResult, Location)
STATUSES: tuple[str, ...] = get_args(Status)  # in the order reports count them
UNDETERMINED = ("missing", "stale", "invalid")


@dataclass(slots=True)
class Judged:
    """One indicator judged and scored, before any result is built: what the verdict, the score
    and the league table read (`Judgement`), and what `assess` builds its IndicatorResult from."""

    ind: Indicator
    entry: Entry | None
    outcome: Outcome
    awarded: float  # as the result gives it: rounded to 2 decimals
    possible: float  # 0 when set aside (not applicable)
    waiver_active: bool  # a waiver declared and in force on the assessment date
    waiver_applied: bool  # … and setting a gap aside (out of the score with waivers)

    @property
    def status(self) -> Status:
        return self.outcome.status


@dataclass(slots=True)
class JudgedCondition:
    """One basic condition judged: its status and the indicators it counts, by how they stand."""

    cond: Condition
    status: ConditionStatus
    entry: Entry | None = None
    outcome: Outcome | None = None  # its own evidence's, when it has evidence of its own
    passing: list[Judged] = field(default_factory=list)
    unknown: list[Judged] = field(default_factory=list)
    failing: list[Judged] = field(default_factory=list)


@dataclass(slots=True)
class Score:
    """Points of a section (or of the whole), as the results add them up."""

    awarded: float  # the sum of the results' rounded points, not rounded again
    possible: float
    percent: float
    below: bool  # under its floor, compared exactly (_below)


@dataclass(slots=True)
class Grounds:
    """Why the verdict is what it is: conditions not met (which alone decide), then vetoed
    indicators not passed, the score under its floor, the sections under theirs."""

    unmet: list[JudgedCondition]
    vetoed: list[Judged]
    score_below: bool
    sections_below: list[int]  # indexes into pack.sections

    @property
    def level(self) -> VerdictLevel:
        if self.unmet:
            return "not_eligible"
        if self.vetoed or self.score_below or self.sections_below:
            return "eligible_not_ready"
        return "ready"


@dataclass(slots=True)
class Judgement:
    """A city judged: every status, point, score and the verdict, computed once, before (and
    without) the bilingual Assessment. `assess` builds the Assessment from it; a batch drawing
    only its league table reads its row from it (batch.row_of_judgement)."""

    pack: Pack
    evidence: EvidenceSet
    on: dt.date
    ctx: Context
    assumed: frozenset[str]
    indicators: list[Judged]
    conditions: list[JudgedCondition]
    sections: list[Score]  # in the order of pack.sections
    awarded: float  # sum of the sections' rounded points
    possible: float
    percent: float
    grounds: Grounds

    @property
    def level(self) -> VerdictLevel:
        return self.grounds.level


def judge(pack: Pack, evidence: EvidenceSet, as_of: dt.date | None = None,
          assume_pass: Collection[str] = ()) -> Judgement:
    """Every indicator and condition evaluated, scored and the verdict reached: the one place
    the scoring and verdict rules live (`assess` and the batch's league table read it)."""
    on = as_of or evidence.city.assessment_date
    assumed = frozenset(assume_pass)
    ctx = Context(assessment_date=on, city=evidence.city.facts(),
                  attachments=evidence.attachments)
    policy = pack.header.policy
    entries = evidence.entries
    # points, or 1 for an item met (a pack scoring items: `partial` is not met)
    credit = policy.partial_credit if pack.header.scoring == "points" else 0.0
    indicators = [_judge_indicator(pack, ind, entries.get(ind.id), ctx, ind.id in assumed, credit)
                  for ind in pack.indicators()]
    by_id = {j.ind.id: j for j in indicators}
    conditions = [_judge_condition(pack, cond, by_id, entries.get(cond.id), ctx,
                                   cond.id in assumed) for cond in pack.conditions]
    points = {j.ind.id: (j.awarded, j.possible) for j in indicators}
    sections, awarded, possible, percent = _scores(pack, points)
    grounds = _grounds(pack, conditions, indicators, percent, sections)
    return Judgement(pack=pack, evidence=evidence, on=on, ctx=ctx, assumed=assumed,
                     indicators=indicators, conditions=conditions, sections=sections,
                     awarded=awarded, possible=possible, percent=percent, grounds=grounds)


def _judge_indicator(pack: Pack, ind: Indicator, entry: Entry | None, ctx: Context,
                     assumed: bool, credit: float) -> Judged:
    outcome = evaluate_entry(pack, ind, entry, ctx)
    if assumed:
        outcome = _assumed(outcome)
    status = outcome.status
    waiver = entry.waiver if entry is not None else None
    active = waiver is not None and waiver.expires >= ctx.assessment_date
    # Waivers never set points aside here: readiness is judged on the evidence (_with_waivers).
    weight = pack.weight(ind)
    possible = 0.0 if status == "not_applicable" else weight
    awarded = (weight if status == "pass" else weight * credit if status == "partial"
               else 0.0)  # 0 when set aside: not_applicable is neither
    return Judged(ind=ind, entry=entry, outcome=outcome, awarded=round(awarded, 2),
                  possible=possible, waiver_active=active,
                  waiver_applied=active and status not in ("pass", "not_applicable"))


def _judge_condition(pack: Pack, cond: Condition, by_id: dict[str, Judged], entry: Entry | None,
                     ctx: Context, assumed: bool) -> JudgedCondition:
    if cond.kind is not None:
        outcome = evaluate_entry(pack, cond, entry, ctx)
        if assumed:
            outcome = _assumed(outcome)
        status: ConditionStatus = ("met" if outcome.status == "pass" else
                                   "undetermined" if outcome.status in UNDETERMINED else "not_met")
        return JudgedCondition(cond=cond, status=status, entry=entry, outcome=outcome)
    results = [by_id[i] for i in cond.rests_on]
    unknown = [r for r in results if r.status in UNDETERMINED]
    if cond.requires is not None:
        failing = [r for r in results if r.status in ("fail", "partial")]
        status = "not_met" if failing else "undetermined" if unknown else "met"
        return JudgedCondition(cond=cond, status=status, unknown=unknown, failing=failing)
    rule = cond.at_least
    assert rule is not None
    passing = [r for r in results if r.status in ("pass", "not_applicable")]
    failing = [r for r in results if r.status not in ("pass", "not_applicable", *UNDETERMINED)]
    within = rule.others_within
    too_far = within is not None and any(not _within(r.outcome.limit_multiple, within)
                                         for r in failing)
    status = ("not_met" if too_far or len(passing) + len(unknown) < rule.count else
              "undetermined" if unknown else "met")
    return JudgedCondition(cond=cond, status=status, passing=passing, unknown=unknown,
                           failing=failing)


def _within(multiple: float | None, limit: float) -> bool:
    """An indicator failing within the multiple of its limits a condition allows the rest."""
    return multiple is not None and round(multiple, 9) <= limit


def _scores(pack: Pack, points: dict[str, tuple[float, float]]
            ) -> tuple[list[Score], float, float, float]:
    """Each section's score from its indicators' (awarded, possible) points, and the whole's
    (the sum of the sections' points as rounded in their results): sections, awarded, possible,
    percent."""
    floor = pack.header.policy.section_floor_pct
    sections = []
    for sec in pack.sections:
        pairs = [points[i.id] for i in sec.indicators]
        awarded = sum(p[0] for p in pairs)
        possible = sum(p[1] for p in pairs)
        percent = _percent(awarded, possible)
        sections.append(Score(awarded=awarded, possible=possible, percent=percent,
                              below=_below(percent, floor)))
    awarded = sum(round(s.awarded, 2) for s in sections)
    possible = sum(round(s.possible, 2) for s in sections)
    return sections, awarded, possible, _percent(awarded, possible)


def _grounds(pack: Pack, conditions: list[JudgedCondition], indicators: list[Judged],
             percent: float, sections: list[Score]) -> Grounds:
    return Grounds(unmet=[c for c in conditions if c.status != "met"],
                   vetoed=[j for j in indicators if j.ind.veto and j.status != "pass"],
                   score_below=_below(percent, pack.header.policy.min_score_pct),
                   sections_below=[n for n, s in enumerate(sections) if s.below])


def assess(pack: Pack, evidence: EvidenceSet, as_of: dt.date | None = None,
           assume_pass: Collection[str] = ()) -> Assessment:
    """`assume_pass`: ids of gaps (indicators, or conditions with evidence of their own) to
    assess as though they were closed: a what-if, said so in the result."""
    return build(judge(pack, evidence, as_of, assume_pass))


def build(judgement: Judgement) -> Assessment:
    """The Assessment of a judged city: the results, texts and reasons, nothing judged again."""
    pack, evidence, ctx = judgement.pack, judgement.evidence, judgement.ctx
    policy = pack.header.policy
    indicators = [_indicator(pack, j, ctx) for j in judgement.indicators]
    by_id = {r.id: r for r in indicators}
    conditions = [_condition(pack, c) for c in judgement.conditions]
    sections = [_section(sec, score, [by_id[i.id] for i in sec.indicators],
                         policy.section_floor_pct)
                for sec, score in zip(pack.sections, judgement.sections, strict=True)]
    awarded, possible, percent = judgement.awarded, judgement.possible, judgement.percent
    pack_points = {ind.id: pack.weight(ind) for ind in pack.indicators()}
    grounds = judgement.grounds
    level = grounds.level
    assumed = judgement.assumed
    city = evidence.city
    result = Assessment(
        tool_version=__version__,
        pack=PackInfo(id=pack.id, title=pack.header.title, edition=pack.header.edition,
                      scoring=pack.header.scoring),
        city=CityInfo(name=city.name, assessment_date=city.assessment_date,
                      province=city.province, built_up_area_km2=city.built_up_area_km2,
                      population=city.population),
        as_of=judgement.on,
        summary=Summary(
            eligible=level != "not_eligible", ready=level == "ready", verdict=level,
            reasons=_reasons(pack, grounds, judgement.percent, sections),
            points_awarded=round(awarded, 2),
            points_possible=round(possible, 2), percent=percent,
            min_score_percent=policy.min_score_pct,
            points_short=points_short(awarded, possible, policy.min_score_pct),
            points_full=round(sum(pack_points.values()), 2),
            not_applicable=[NotApplicablePoints(id=r.id, title=r.title,
                                                points=pack_points[r.id])
                            for r in indicators if r.status == "not_applicable"],
            conditions_met=sum(c.status == "met" for c in conditions),
            conditions_total=len(conditions),
            waivers_active=sum(1 for j in judgement.indicators if j.waiver_applied),
            with_waivers=_with_waivers(judgement),
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
    return department(dept_id, pack.header.departments[dept_id])


def evaluate_entry(pack: Pack, owner: Rule | Condition, entry: Entry | None,
                   ctx: Context) -> Outcome:
    """The outcome of one piece of evidence against its rule, including missing and stale."""
    if entry is None:
        return Outcome(status="missing", messages=[msg("kinds.not_reported")],
                       required_text=_required(owner))
    if entry.problems:
        return Outcome(status="invalid", required_text=_required(owner), messages=[
            msg("kinds.invalid", problem=_problem(p), problem_code=getattr(p, "code", None))
            for p in entry.problems])
    if entry.not_applicable:
        return Outcome(status="not_applicable", messages=[
            msg("kinds.not_applicable", reason=entry.not_applicable)])
    if entry.data is None:
        return Outcome(status="missing", messages=[msg("kinds.waiver_only")],
                       required_text=_required(owner))
    outcome: Outcome = kinds.get(owner.kind or "").evaluate(owner.rule, entry.data, ctx)
    data_date = outcome.data_date or entry.as_of
    outcome.data_date = data_date
    if outcome.status in UNDETERMINED:
        return outcome
    if data_date is None:
        if not outcome.dates_judged:  # no date anywhere: how old the data is nobody can tell
            outcome.messages.append(msg("kinds.undated"))
            outcome.status = "stale"
        return outcome
    max_age = owner.max_age_days or pack.header.policy.max_age_days
    age = (ctx.assessment_date - data_date).days
    if age > max_age:
        outcome.messages.append(msg(
            "kinds.stale", date=str(data_date), age=age, max_age=max_age))
        outcome.status = "stale"
    elif age < 0:
        outcome.messages.append(msg(
            "kinds.after_assessment_date", date=str(data_date), on=str(ctx.assessment_date)))
    return outcome


def _required(owner: Rule | Condition) -> Later:
    """The requirement of an item without usable evidence, in words: who must act is still told
    the target (the kind's own description of the rule, rendered only when a result is built)."""
    return Later(kinds.get(owner.kind or "").describe, (owner.rule,))


def _problem(problem: object) -> LocalText | str:
    """A problem of an entry as an argument of a message: its line in the language of the
    message (`file:line:col: 错误: …`), never a line in the other language."""
    render = getattr(problem, "render", None)
    if not callable(render):
        return str(problem)
    return LocalText(zh=render("zh"), en=render("en"))


def _waiver(j: Judged) -> tuple[WaiverInfo | None, list[Msg]]:
    """The waiver declared for an entry: whether it is in force, whether it sets the indicator
    aside (only a gap can be set aside, see _judge_indicator), and a message saying which (to
    follow the outcome's own: the judgement itself is left as it is)."""
    if j.entry is None or j.entry.waiver is None:
        return None, []
    w = j.entry.waiver
    if j.waiver_applied:
        said = msg("kinds.waiver_applied", expires=str(w.expires), approved_by=w.approved_by,
                   justification=w.justification)
    elif j.waiver_active:
        said = msg("kinds.waiver_unused", expires=str(w.expires))
    else:
        said = msg("kinds.waiver_expired", expires=str(w.expires))
    return WaiverInfo(justification=w.justification, approved_by=w.approved_by,
                      expires=w.expires, active=j.waiver_active,
                      applied=j.waiver_applied), [said]


def _assumed(outcome: Outcome) -> Outcome:
    """A gap assessed as though closed (`--assume-pass`): passed, the figures left as reported."""
    if outcome.status in ("pass", "not_applicable"):
        return outcome
    return Outcome(status="pass", measured=outcome.measured, measured_text=outcome.measured_text,
                   required_text=outcome.required_text, figure_note=outcome.figure_note,
                   data_date=outcome.data_date,
                   messages=[msg("plan.assumed_note", status=msg(f"status.{outcome.status}"))])


def _indicator(pack: Pack, j: Judged, ctx: Context) -> IndicatorResult:
    ind, entry, outcome = j.ind, j.entry, j.outcome
    waiver, said = _waiver(j)
    measured = outcome.measured
    if type(measured) is int:  # a count: validation makes it a float (3.0), and JSON so writes it
        measured = float(measured)
    awarded, possible = j.awarded, j.possible
    result = IndicatorResult(
        **_constant(pack, ind), status=outcome.status, measured=measured,
        measured_text=_text(outcome.measured_text), required_text=_text(outcome.required_text),
        figure_note=_text(outcome.figure_note),
        requirement=requirement(ind.kind, ind.rule, ctx),
        gap=outcome.gap.gap() if outcome.gap is not None else None,
        limit_multiple=outcome.limit_multiple, points_awarded=awarded,
        points_possible=possible, points_lost=points_lost(awarded, possible),
        evidence=_location(entry.file, entry.line) if entry else None,
        as_of=outcome.data_date,
        not_applicable_reason=entry.not_applicable if entry else None,
        note=entry.note if entry else None,
        findings=_notes(outcome.findings), messages=_notes([*outcome.messages, *said]),
        waiver=waiver)
    return result if _as_validated(result) else _validated(result)


# The fields of an IndicatorResult that are the same for every city, by indicator (its id: the
# indicator is kept in the value, so that the id cannot be another object's while it lasts).
_CONSTANT: dict[int, tuple[Indicator, dict[str, Any]]] = {}


def _constant(pack: Pack, ind: Indicator) -> dict[str, Any]:
    found = _CONSTANT.get(id(ind))
    if found is not None and found[0] is ind:
        return found[1]
    if len(_CONSTANT) >= 4096:
        _CONSTANT.clear()
    fields: dict[str, Any] = {
        "id": ind.id, "section": ind.section_id, "title": ind.title, "kind": ind.kind,
        "veto": ind.veto, "basis": ind.basis, "lead": _department(pack, ind.lead),
        "remediation": ind.remediation}
    _CONSTANT[id(ind)] = (ind, fields)
    return fields


def _location(file: str, line: int | None) -> Location:
    if type(file) is str and (line is None or type(line) is int):
        return Location(file=file, line=line)
    return _adapter(Location).validate_python({"file": file, "line": line})


@functools.cache
def _adapter(of: type[_Plain]) -> TypeAdapter[_Plain]:
    return TypeAdapter(of)


_STATUS_SET = frozenset(STATUSES)


def _as_validated(r: IndicatorResult) -> bool:
    """Whether every field an indicator's evaluation gives is of the type validating the result
    would leave it (IndicatorResult is made without validation): a float a float (an int would
    become one), and finite; a date a date, a status one of the statuses, notes notes. The rest
    are the pack's, or models already validated."""
    measured, multiple = r.measured, r.limit_multiple
    awarded, possible, lost = r.points_awarded, r.points_possible, r.points_lost
    # x - x is 0 for a finite float alone (nan and inf give nan); so is a sum's of finite floats
    # (unless it overflows: then validated, which keeps the values all the same)
    points = awarded + possible + lost if (type(awarded) is float and type(possible) is float
                                           and type(lost) is float) else None
    return (points is not None and points - points == 0.0
            and r.status in _STATUS_SET
            and (measured is None or type(measured) is str
                 or (type(measured) is float and measured - measured == 0.0))
            and (multiple is None or (type(multiple) is float and multiple - multiple == 0.0))
            and (r.as_of is None or type(r.as_of) is dt.date)
            and (not r.findings or all(type(n) is Note for n in r.findings))
            and (not r.messages or all(type(n) is Note for n in r.messages)))


def _validated(r: IndicatorResult) -> IndicatorResult:
    """The result validated, for a field of another type than validation would leave: what
    validation makes of it (an int a float), or its error."""
    return _adapter(IndicatorResult).validate_python(
        {name: getattr(r, name) for name in IndicatorResult.__dataclass_fields__})


def _text(words: Words | None) -> LocalText | None:
    return None if words is None else rendered(words)


def _notes(words: list[Words]) -> list[Note]:
    return [rendered_note(w) for w in words]


def _condition(pack: Pack, c: JudgedCondition) -> ConditionResult:
    cond, entry, outcome = c.cond, c.entry, c.outcome
    base = {"id": cond.id, "title": cond.title, "lead": _department(pack, cond.lead),
            "rests_on": cond.rests_on, "kind": cond.kind, "status": c.status}
    if outcome is not None:
        return ConditionResult(
            **base, evidence_status=outcome.status,
            measured_text=_text(outcome.measured_text),
            required_text=_text(outcome.required_text),
            evidence=_location(entry.file, entry.line) if entry else None,
            findings=_notes(outcome.findings), messages=_notes(outcome.messages))
    if cond.requires is not None:
        return ConditionResult(**base, messages=_requires(c))
    # met with no margin: an indicator it counts is not passed
    near_miss = c.status == "met" and bool(c.failing or c.unknown)
    return ConditionResult(**base, near_miss=near_miss, messages=_at_least(c))


def _name(j: Judged) -> Msg:
    return msg("kinds.name_title", id=j.ind.id, title=j.ind.title)


def _undetermined(j: Judged) -> Note:
    return Note.from_msg(msg("kinds.condition.undetermined", item=_name(j),
                             status=msg(f"status.{j.status}")))


def _requires(c: JudgedCondition) -> list[Note]:
    messages = [Note.from_msg(msg("kinds.condition.not_met_gap", item=_name(j),
                                  gap=j.outcome.gap.text)
                              if j.outcome.gap else msg("kinds.condition.not_met", item=_name(j)))
                for j in c.failing]
    return messages + [_undetermined(j) for j in c.unknown]


def _at_least(c: JudgedCondition) -> list[Note]:
    rule = c.cond.at_least
    assert rule is not None
    total = len(c.cond.rests_on)
    messages = [Note.from_msg(msg("kinds.condition.count", passing=len(c.passing),
                                  total=total, count=rule.count))]
    if rule.others_within is not None:
        limit = format_number(rule.others_within)
        for j in c.failing:
            multiple = j.outcome.limit_multiple
            if multiple is None and j.ind.kind == "metrics" and j.status == "fail":
                # a measure with none allowed is over: no multiple of the limits applies
                messages.append(Note.from_msg(msg("domain.beyond_any_multiple", name=_name(j),
                                                  limit=limit)))
                continue
            shown = (format_against(multiple, "<=", rule.others_within)
                     if multiple is not None else "?")
            messages.append(Note.from_msg(msg("kinds.condition.too_far", item=_name(j),
                                              multiple=shown, limit=limit)))
    return messages + [_undetermined(j) for j in c.unknown]


def _percent(awarded: float, possible: float) -> float:
    """The exact score (JSON keeps it so); only its display is rounded (values.format_number)."""
    return awarded / possible * 100 if possible else 100.0


def _below(percent: float, floor: float) -> bool:
    """A score under its floor, compared exactly: 59.996% is below 60%, never rounded up to it
    (only float noise beyond EXACT_DECIMALS is set aside, so that 54/90 is exactly 60%)."""
    return round(percent, EXACT_DECIMALS) < round(floor, EXACT_DECIMALS)


def _counts(results: list[IndicatorResult]) -> dict[str, int]:
    counts = dict.fromkeys(STATUSES, 0)  # every status, in the order reports count them
    for r in results:
        counts[r.status] += 1
    return counts


def _section(sec: Section, score: Score, results: list[IndicatorResult],
             floor: float) -> SectionResult:
    return SectionResult(id=sec.id, title=sec.title, points_awarded=round(score.awarded, 2),
                         points_possible=round(score.possible, 2),
                         percent=score.percent if score.possible else None,  # nothing to score
                         floor_percent=floor, below_floor=score.below,
                         points_short=points_short(score.awarded, score.possible, floor),
                         points_lost=round(sum(r.points_lost for r in results), 2),
                         counts=_counts(results))


def _reasons(pack: Pack, grounds: Grounds, percent: float,
             sections: list[SectionResult]) -> list[Note]:
    """The verdict's reasons, from its grounds: each condition not met (nothing else then), or
    each vetoed indicator, the score and each section under its floor; or that it is ready."""
    policy = pack.header.policy
    # the words of a score: points, or the share of items met (a pack scoring items)
    score, section_code, ready = (
        ("kinds.verdict.score", "kinds.verdict.section", "kinds.verdict.ready")
        if pack.header.scoring == "points" else
        ("structure.verdict_items_score", "structure.verdict_items_section",
         "structure.verdict_items_ready"))
    if grounds.unmet:
        return [Note.from_msg(msg(
            "kinds.verdict.condition", id=c.cond.id, title=c.cond.title,
            status=msg("status.not_met" if c.status == "not_met" else "status.undetermined")))
            for c in grounds.unmet]
    reasons = [Note.from_msg(msg("kinds.verdict.veto", item=_name(j),
                                 status=msg(f"status.{j.status}")))
               for j in grounds.vetoed]
    if grounds.score_below:
        reasons.append(Note.from_msg(msg(score, percent=format_against(
                                             percent, ">=", policy.min_score_pct),
                                         floor=format_number(policy.min_score_pct))))
    reasons += [Note.from_msg(msg(section_code, id=s.id, title=s.title,
                                  percent=format_against(s.percent, ">=", s.floor_percent),
                                  floor=format_number(s.floor_percent)))
                for s in (sections[n] for n in grounds.sections_below)]
    return reasons or [Note.from_msg(msg(ready))]


def _with_waivers(judgement: Judgement) -> WithWaivers | None:
    """The score with the city's own waivers accepted, and the verdict it would give: shown, but
    never the verdict (national assessors judge on the evidence). None when no waiver applies."""
    waived = [j.ind.id for j in judgement.indicators if j.waiver_applied]
    if not waived:
        return None
    pack = judgement.pack
    points = {j.ind.id: (0.0, 0.0) if j.waiver_applied else (j.awarded, j.possible)
              for j in judgement.indicators}
    sections, awarded, possible, percent = _scores(pack, points)
    level = _grounds(pack, judgement.conditions, judgement.indicators, percent, sections).level
    return WithWaivers(set_aside=waived, points_awarded=round(awarded, 2),
                       points_possible=round(possible, 2), percent=percent, verdict=level,
                       changes_verdict=level != judgement.level)
