"""metrics: several monitored measures, each with its upper limit; every one must be within it.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.metrics`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..errors import Refusal
from ..ids import SafeId
from ..messages import Msg, msg
from ..text import LocalText, Words
from ..values import format_number, parse_number
from .base import (
    Context,
    Examples,
    MappingShorthand,
    Outcome,
    Shortfall,
    Strict,
    Unit,
    form_value,
    joined,
    no_repeats,
    percent_as_meant,
    rule_of,
    shown,
    unit_text,
    whole_count,
    whole_unit,
    with_unit,
)
from .filling import Cells, FormRow, Guide, chinese

NAME = "metrics"
SHORTHAND = "values"
FORM_FIELDS: dict[str, str] = {}


EXAMPLES = Examples(
    rule="""\
kind: metrics
rule:
  measures:
    - {id: rooms_adults, title: {zh: 成若虫侵害率, en: rooms with adults or nymphs},
       limit: 3, unit: "%"}
    - {id: rooms_oothecae, title: {zh: 卵鞘查获率, en: rooms with live oothecae},
       limit: 2, unit: "%"}
""",
    passing="""\
S08.04: {rooms_adults: 2.1%, rooms_oothecae: 1.2%}
""",
    failing="""\
S08.04:
  rooms_adults: 4.6%
  rooms_oothecae: 3.5%
""",
)


class Measure(Strict):
    id: SafeId
    title: LocalText
    limit: float = Field(ge=0, description="upper limit; 0 means none allowed")
    unit: Unit = Field(default_factory=lambda: Unit(zh="", en=""))
    instead_of: str | None = Field(None, description="another measure this one may replace")
    whole: bool = Field(False, description=(
        "true when the measure counts things (rooms), which are whole: a fraction is refused"))

    @model_validator(mode="after")
    def _whole(self) -> Measure:
        whole_unit(self.whole, self.unit)
        return self


class Rule(Strict):
    measures: list[Measure] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Rule:
        no_repeats([m.id for m in self.measures], msg("kinds.what.measure_ids"))
        ids = {m.id: m for m in self.measures}
        for m in self.measures:
            if m.instead_of is None:
                continue
            other = ids.get(m.instead_of)
            if other is None or other is m or other.instead_of is not None:
                raise Refusal(msg("domain.metrics_instead_of", measure=m.id, other=m.instead_of,
                                  known=[k for k in ids if k != m.id]))
        return self

    def groups(self) -> list[list[Measure]]:
        """The measures as the standard asks them: each with the alternatives that may stand
        instead of it."""
        alternatives: dict[str, list[Measure]] = {}
        for m in self.measures:
            if m.instead_of is not None:
                alternatives.setdefault(m.instead_of, []).append(m)
        return [[m, *alternatives.get(m.id, [])] for m in self.measures if m.instead_of is None]

    def optional(self) -> set[str]:
        """Ids of the measures that may be left empty: those with an alternative."""
        return {m.id for group in self.groups() if len(group) > 1 for m in group}


class Evidence(MappingShorthand):
    SHORTHAND = SHORTHAND
    values: dict[str, float]

    @field_validator("values", mode="before")
    @classmethod
    def _measures(cls, data: object, info: ValidationInfo) -> dict[str, float]:
        if not isinstance(data, dict):
            raise Refusal(msg("kinds.metrics.not_a_mapping"))
        rule: Rule | None = rule_of(info)
        known, optional = _measures_of(rule) if rule else ({}, set())
        out: dict[str, float] = {}
        for key, raw in data.items():
            measure = known.get(str(key))
            if rule is not None and measure is None:
                raise Refusal(msg("kinds.metrics.unknown_measure", key=str(key),
                                  expected=list(known)))
            if raw is None and str(key) in optional:
                continue  # the survey method not used, left empty as the template wrote it
            value = parse_number(raw, measure.unit.spellings() if measure else None, str(key))
            if value < 0:
                raise Refusal(msg("kinds.metrics.negative", key=str(key)))
            if measure is not None and measure.unit.en == "%" and value > 100:  # a share
                raise Refusal(msg("kinds.not_a_percentage", value=shown(raw)), subject=str(key))
            if measure is not None and measure.whole and value != int(value):
                whole_count(raw, value, measure.unit, str(key))
            out[str(key)] = percent_as_meant(raw, value, measure.unit if measure else None)
        return out


# A rule's measures by id and those that may be left empty, by the rule (kept with it, so that
# an id is never another rule's): asked of the same few rules for every city of a batch.
_MEASURES: dict[int, tuple[Rule, dict[str, Measure], set[str]]] = {}


def _measures_of(rule: Rule) -> tuple[dict[str, Measure], set[str]]:
    known = _MEASURES.get(id(rule))
    if known is None or known[0] is not rule:
        if len(_MEASURES) >= 256:
            _MEASURES.clear()
        known = _MEASURES[id(rule)] = (rule, {m.id: m for m in rule.measures}, rule.optional())
    return known[1], known[2]


def _limit_text(m: Measure) -> LocalText:
    if m.limit == 0:
        return LocalText.from_msg(msg("domain.metrics_none_allowed", title=m.title))
    return LocalText.from_msg(msg("kinds.metrics.limit", title=m.title, limit=_value(m.limit, m)))


def _group_text(group: list[Measure]) -> LocalText:
    if len(group) == 1:
        return _limit_text(group[0])
    return LocalText.from_msg(msg("domain.metrics_either", first=_limit_text(group[0]),
                                  others=[_limit_text(m) for m in group[1:]]))


def describe(rule: Rule) -> LocalText:
    return joined([_group_text(g) for g in rule.groups()])


def _multiple(value: float, limit: float) -> float:
    """How many times its limit a value is; infinite for anything over a limit of 0."""
    if limit == 0:
        return 0.0 if value == 0 else math.inf
    return value / limit


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    groups = rule.groups()
    absent = [g[0] for g in groups if not any(m.id in evidence.values for m in g)]
    if absent:
        return Outcome(status="missing", messages=[msg(
            "kinds.missing_measures", measures=[m.title for m in absent])])
    judged = [m for m in rule.measures if m.id in evidence.values]
    multiples = {m.id: _multiple(evidence.values[m.id], m.limit) for m in judged}
    worst = max(judged, key=lambda m: multiples[m.id])
    over = [m for m in judged if round(multiples[m.id], 9) > 1]
    if math.isinf(multiples[worst.id]):
        return _none_allowed_breached(rule, evidence, judged, multiples, over, len(groups))
    findings: list[Words] = [_over(m, evidence, multiples) for m in over]
    multiple = multiples[worst.id]  # exact: B05 judges it against 3×, never a rounded one
    gap = None
    if over:
        gap = Shortfall(amount=multiple, unit="×", direction="multiple", text=msg(
            "kinds.metrics.gap", count=len(over), title=worst.title,
            multiple=format_number(multiple)))
    return Outcome(
        status="fail" if over else "pass",
        measured=multiple,
        measured_text=msg("kinds.metrics.measured", title=worst.title,
                          value=_value(evidence.values[worst.id], worst)),
        required_text=msg("domain.metrics_required", count=len(groups)),
        gap=gap,
        limit_multiple=multiple,
        findings=findings,
    )


def _none_allowed_breached(rule: Rule, evidence: Evidence, judged: list[Measure],
                           multiples: dict[str, float], over: list[Measure],
                           groups: int) -> Outcome:
    """A measure with none allowed is over: no multiple of the limits can be given."""
    breached = [m for m in judged if math.isinf(multiples[m.id])]
    first = breached[0]
    findings: list[Words] = [msg(
        "domain.metrics_found_where_none_allowed", title=m.title,
        value=_value(evidence.values[m.id], m)) for m in breached]
    findings += [_over(m, evidence, multiples) for m in over if m not in breached]
    return Outcome(
        status="fail",
        measured=None,
        measured_text=findings[0],
        required_text=msg("domain.metrics_required", count=groups),
        gap=Shortfall(amount=evidence.values[first.id], unit=first.unit.zh, direction="count",
                      text=msg("domain.metrics_gap_none_allowed", count=len(over),
                               title=first.title)),
        limit_multiple=None,
        findings=findings,
    )


def _over(m: Measure, evidence: Evidence, multiples: dict[str, float]) -> Msg:
    """A measure and its limit, with the multiple it stands at."""
    return msg("kinds.metrics.over", title=m.title, value=_value(evidence.values[m.id], m),
               limit=_value(m.limit, m), multiple=format_number(multiples[m.id]))


def _value(value: float, measure: Measure) -> LocalText:
    return unit_text(format_number(value), measure.unit)


def guide(rule: Rule, year: int) -> Guide:
    # by id, not only by title: the ids are what the department writes
    def one(m: Measure) -> LocalText:
        if m.limit == 0:
            return _limit_text(m)
        return LocalText.from_msg(msg("kinds.guide.metrics_limit", id=m.id, title=m.title,
                                      limit=_value(m.limit, m)))

    limits = joined([one(g[0]) if len(g) == 1 else LocalText.from_msg(msg(
        "domain.metrics_either", first=one(g[0]), others=[one(m) for m in g[1:]]))
        for g in rule.groups()])
    # the example reports the first method of each group: the one the standard names first
    example = ", ".join(f"{g[0].id}: {with_unit(g[0].limit, g[0].unit.zh)}"
                        for g in rule.groups())
    return Guide(chinese("kinds.guide.metrics_unit"),
                 chinese("kinds.guide.metrics_required", limits=limits), f"{{{example}}}")


def placeholder(rule: Rule, year: int) -> Any:
    return {m.id: None for m in rule.measures}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    given = data.values if data else {}
    return [FormRow(m.id, chinese("kinds.form.sub_label", title=title, part=m.title), m.unit.zh,
                    f"≤ {m.limit:g}{m.unit.zh}" if m.limit else _limit_text(m).zh,
                    {"value": form_value(given.get(m.id), m.unit)}, {"value": "decimal"})
            for m in rule.measures]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    given = {k: c["value"] for k, c in cells.items() if c.get("value") is not None}
    return given or None
