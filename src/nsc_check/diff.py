"""Progress between two saved assessments (`nsc-check assess --format json` output).

Two parts, in the house's one direction: `load_saved` reads a saved result into the Assessment
model (through yamlio: JSON is YAML, so a bad file is an InputError with its line and field);
`compare` is a pure function of the two results. `report/diff.py` draws the comparison.
`Diff` is the JSON contract of `nsc-check diff --format json`.

A figure that moved is `better` or `worse` in its indicator's own sense, read from the
requirement (`>=`: higher is better; `<=`: lower is better, as for noise; `==`: closer to the
figure; a grade or an inspection's result: nearer the top of its scale).

Every indicator whose status changed is listed in `status_changes`, with how it changed:
`closed` (a gap before, passed or not applicable now), `opened` (a new gap), `worse` and `better`
(a gap both times, of a different severity) or `other` (same severity, e.g. fail → missing, or an
indicator only one of the results has). `regressions` are the indicators whose status got worse,
whether they were gaps before or not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import InputError, Problem
from .fields import empty_list
from .kinds.base import Status
from .messages import msg
from .result import (
    SCHEMA_VERSION,
    Assessment,
    ConditionStatus,
    Department,
    IndicatorResult,
    PackInfo,
    ProblemData,
    VerdictLevel,
    is_gap,
)
from .text import LocalText

Change = Literal["closed", "opened", "worse", "better", "other"]
Direction = Literal["better", "worse", "same", "unknown"]
Sense = Literal["higher", "lower", "closer", "scale"]

# How bad a status is, for "got worse": not passing and unproven count alike.
SEVERITY: dict[str, int] = {"pass": 0, "not_applicable": 0, "partial": 1, "stale": 2,
                            "missing": 3, "fail": 3, "invalid": 3}


class _Diff(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Side(_Diff):
    """One of the two results compared."""

    file: str
    city: LocalText
    pack: PackInfo
    as_of: dt.date


class VerdictChange(_Diff):
    before: VerdictLevel
    after: VerdictLevel
    changed: bool
    reasons: list[LocalText] = Field(description="the reasons of the newer verdict")


class ScoreChange(_Diff):
    before_points: float
    after_points: float
    before_percent: float
    after_percent: float
    delta_percent: float = Field(description="percentage points, after minus before")


class ConditionChange(_Diff):
    id: str
    title: LocalText
    before: ConditionStatus | None = Field(description="null when only the newer result has it")
    after: ConditionStatus | None = Field(description="null when only the older result has it")


class StatusChange(_Diff):
    id: str
    section: str
    title: LocalText
    lead: Department
    before: Status | None = Field(description="null when only the newer result has it")
    after: Status | None = Field(description="null when only the older result has it")
    change: Change


class FigureChange(_Diff):
    """An indicator whose measured value moved."""

    id: str
    title: LocalText
    before: float | str | None
    after: float | str | None
    before_text: LocalText | None = None
    after_text: LocalText | None = None
    delta: float | None = Field(None, description="after minus before, when both are numbers")
    sense: Sense | None = Field(None, description="which way is better for this indicator: "
                                "higher, lower (noise, densities), closer to the figure, or "
                                "up its scale (grades, inspections); null when unknown")
    direction: Direction = Field("unknown", description="better or worse in the indicator's own "
                                 "sense; same when neither; unknown when the sense is unknown")
    status_before: Status
    status_after: Status


class SectionChange(_Diff):
    id: str
    title: LocalText
    before_percent: float | None
    after_percent: float | None
    delta_percent: float | None
    below_floor_before: bool | None
    below_floor_after: bool | None


class Diff(_Diff):
    before: Side
    after: Side
    verdict: VerdictChange
    score: ScoreChange
    conditions: list[ConditionChange] = Field(description="basic conditions whose status changed")
    status_changes: list[StatusChange] = Field(description="every indicator whose status changed")
    gaps_closed: list[str]
    new_gaps: list[str]
    regressions: list[str] = Field(description="indicators whose status got worse")
    figures: list[FigureChange] = Field(description="indicators whose measured value changed")
    sections: list[SectionChange] = Field(description="every section, with its score change")
    warnings: list[ProblemData] = Field(
        default_factory=empty_list, description="what is worth saying about the comparison (results of "
        "different cities), each with its code")


# --- load -------------------------------------------------------------------------------------

def load_saved(path: Path) -> Assessment:
    """A result saved by `assess --format json`; InputError naming the file if it is not one."""
    from .inputs import check_file
    from .yamlio import read_yaml, validation_problems

    file = str(path)
    check_file(path, msg("diff.not_found"), msg("diff.hint.save"), folder=msg("diff.is_folder"))
    try:
        doc = read_yaml(path)
    except InputError as exc:  # the reader speaks of YAML; a saved result is JSON
        raise InputError([replace(p, message=msg("diff.invalid_json", problem=p.message))
                          for p in exc.problems]) from None
    try:
        result = Assessment.model_validate(doc.data)
    except ValidationError as exc:
        problems = validation_problems(doc, exc)
        raise InputError([*problems[:20], doc.problem(msg("diff.not_a_result"))]) from None
    if result.schema_version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise InputError.single(msg("diff.schema_version", saved=result.schema_version,
                                    current=SCHEMA_VERSION), file,
                                hint=msg("diff.hint.assess_again"))
    if result.filters is not None:
        raise InputError.single(msg("diff.filtered"), file, hint=msg("diff.hint.unfiltered"))
    if result.summary.assumed_pass:  # a hypothetical, never progress to compare
        raise InputError.single(msg("diff.what_if", ids=result.summary.assumed_pass), file,
                                hint=msg("diff.hint.not_what_if"))
    repeated = [doc.problem(msg("structure.diff_repeated_id", id=item.id), (part, i, "id"))
                for part in ("indicators", "conditions", "sections")
                for i, item in enumerate(getattr(result, part))
                if any(other.id == item.id for other in getattr(result, part)[:i])]
    if repeated:  # which of the two to compare cannot be told: edited by hand, or not ours
        raise InputError([*repeated, doc.problem(msg("diff.not_a_result"))])
    return result


def comparable(old: Assessment, new: Assessment, new_file: str) -> list[Problem]:
    """Whether two results can be compared: the same criteria pack (InputError if not); notes
    (warnings) where they are of different cities, which is allowed but worth saying."""
    if old.pack.id != new.pack.id:
        raise InputError.single(msg("diff.other_pack", before=old.pack.id, after=new.pack.id),
                                new_file, hint=msg("diff.hint.same_pack"))
    return warnings(old, new, new_file)


def warnings(old: Assessment, new: Assessment, new_file: str) -> list[Problem]:
    """What is worth saying about two results that can be compared. Cities are named as they
    call themselves (in Chinese): English names may be alike where the Chinese ones differ."""
    out = []
    if old.city.name != new.city.name:
        out.append(Problem(msg("diff.other_city", before=old.city.name.zh,
                               after=new.city.name.zh), new_file, severity="warning"))
    if _tailoring(old) != _tailoring(new):  # other figures: a change may be the criteria's
        before, after = ([o.title.zh if o.title else o.file for o in r.tailoring]
                         for r in (old, new))
        out.append(Problem(msg("diff.other_tailoring", before=before or "—",
                               after=after or "—"), new_file, severity="warning"))
    return out


def _tailoring(result: Assessment) -> list[tuple[str, list[str]]]:
    """The overlays a result was assessed with, each with what it changed: two results with the
    same overlays changed alike were assessed against the same figures."""
    return [(o.title.zh if o.title else o.file, [c.zh for c in o.changes])
            for o in result.tailoring]


# --- compare (pure) ---------------------------------------------------------------------------

def compare(old: Assessment, new: Assessment, old_file: str = "", new_file: str = "") -> Diff:
    changes = _status_changes(old.indicators, new.indicators)
    return Diff(
        before=_side(old, old_file), after=_side(new, new_file),
        verdict=VerdictChange(before=old.summary.verdict, after=new.summary.verdict,
                              changed=old.summary.verdict != new.summary.verdict,
                              reasons=new.summary.reasons),
        score=ScoreChange(before_points=old.summary.points_awarded,
                          after_points=new.summary.points_awarded,
                          before_percent=old.summary.percent, after_percent=new.summary.percent,
                          delta_percent=round(new.summary.percent - old.summary.percent, 2)),
        conditions=_condition_changes(old, new),
        status_changes=changes,
        gaps_closed=[c.id for c in changes if c.change == "closed"],
        new_gaps=[c.id for c in changes if c.change == "opened"],
        regressions=[c.id for c in changes if c.before is not None and c.after is not None
                     and SEVERITY[c.after] > SEVERITY[c.before]],
        figures=_figures(old.indicators, new.indicators),
        sections=_sections(old, new),
        warnings=[ProblemData.of(p) for p in warnings(old, new, new_file)],
    )


def _side(a: Assessment, file: str) -> Side:
    return Side(file=file, city=a.city.name, pack=a.pack, as_of=a.as_of)


def _pairs(old: list, new: list) -> list[tuple]:
    """(before, after) by id, in the newer result's order, then what only the older one has."""
    before = {x.id: x for x in old}
    after_ids = {x.id for x in new}
    return [(before.get(x.id), x) for x in new] + [(x, None) for x in old if x.id not in after_ids]


def _change(before: str | None, after: str | None) -> Change:
    if before is not None and after is not None:
        if is_gap(before) and not is_gap(after):
            return "closed"
        if not is_gap(before) and is_gap(after):
            return "opened"
        if SEVERITY[after] != SEVERITY[before]:
            return "worse" if SEVERITY[after] > SEVERITY[before] else "better"
    elif before is None and after is not None and is_gap(after):
        return "opened"
    return "other"


def _status_changes(old: list[IndicatorResult], new: list[IndicatorResult]) -> list[StatusChange]:
    out = []
    for b, a in _pairs(old, new):
        before, after = (b.status if b else None), (a.status if a else None)
        if before != after:
            r = a or b
            out.append(StatusChange(id=r.id, section=r.section, title=r.title, lead=r.lead,
                                    before=before, after=after, change=_change(before, after)))
    return out


def _condition_changes(old: Assessment, new: Assessment) -> list[ConditionChange]:
    return [ConditionChange(id=(a or b).id, title=(a or b).title, before=b.status if b else None,
                            after=a.status if a else None)
            for b, a in _pairs(old.conditions, new.conditions)
            if (b.status if b else None) != (a.status if a else None)]


def _figures(old: list[IndicatorResult], new: list[IndicatorResult]) -> list[FigureChange]:
    out = []
    for b, a in _pairs(old, new):
        if b is None or a is None or b.measured == a.measured:
            continue
        numbers = all(isinstance(v, int | float) for v in (b.measured, a.measured))
        sense, direction = judge(a, b.measured, a.measured)
        out.append(FigureChange(
            id=a.id, title=a.title, before=b.measured, after=a.measured,
            before_text=b.measured_text, after_text=a.measured_text,
            delta=round(a.measured - b.measured, 4) if numbers else None,
            sense=sense, direction=direction, status_before=b.status, status_after=a.status))
    return out


def judge(r: IndicatorResult, before: float | str | None, after: float | str | None
          ) -> tuple[Sense | None, Direction]:
    """Which way is better for an indicator, and whether a move from `before` to `after` went
    that way (from its requirement; unknown rather than a guess when that is missing)."""
    req = r.requirement
    if req is None or before is None or after is None:
        return None, "unknown"
    scale = req.scale
    if scale:
        if not (isinstance(before, str) and isinstance(after, str)
                and before in scale and after in scale):
            return "scale", "unknown"
        return "scale", _direction(scale.index(before) - scale.index(after))
    if not all(isinstance(v, int | float) for v in (before, after)):
        return None, "unknown"
    b, a = float(before), float(after)
    if req.operator in (">=", ">"):
        return "higher", _direction(a - b)
    if req.operator in ("<=", "<"):
        return "lower", _direction(b - a)
    if isinstance(req.figure, int | float):
        return "closer", _direction(abs(b - req.figure) - abs(a - req.figure))
    return None, "unknown"


def _direction(gain: float) -> Direction:
    """better when the gain in the good sense is positive (rounded: noise is not a move)."""
    gain = round(gain, 9)
    return "better" if gain > 0 else "worse" if gain < 0 else "same"


def _sections(old: Assessment, new: Assessment) -> list[SectionChange]:
    out = []
    for b, a in _pairs(old.sections, new.sections):
        out.append(SectionChange(
            id=(a or b).id, title=(a or b).title,
            before_percent=b.percent if b else None, after_percent=a.percent if a else None,
            delta_percent=round(a.percent - b.percent, 2)
            if a and b and a.percent is not None and b.percent is not None else None,
            below_floor_before=b.below_floor if b else None,
            below_floor_after=a.below_floor if a else None))
    return out
