"""metrics: several monitored measures, each with its upper limit; every one must be within it.

The result reports the worst measure as a multiple of its limit (1.8 means 80% over), which the
basic condition B05 reads ("the fourth vector within 3× of the criteria").

Rule (in the pack):

    kind: metrics
    rule:
      measures:
        - {id: rooms_adults, title: {zh: 成若虫侵害率, en: rooms with adults or nymphs},
           limit: 3, unit: "%"}
        - {id: rooms_oothecae, title: {zh: 卵鞘查获率, en: rooms with live oothecae},
           limit: 2, unit: "%"}

Passing evidence:

    S08.04: {rooms_adults: 2.1%, rooms_oothecae: 1.2%}

Failing evidence (worst: 卵鞘查获率 1.75× its limit):

    S08.04:
      rooms_adults: 4.6%
      rooms_oothecae: 3.5%

A measure may have a limit of 0 ("none allowed": flies where ready-to-eat food is made or sold):
any value over 0 fails it and has no finite multiple, so a basic condition that allows a multiple
of the limits (B05) counts it as beyond any multiple. A measure may stand `instead_of` another:
two survey methods of the same thing (the snap-trap rate instead of the powder-patch rate). At
least one of the two must be reported; every one reported is judged (the stricter reading), and
the one not used may be left empty.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..errors import Refusal
from ..messages import msg
from ..text import LocalText, Note
from ..values import format_number, parse_number
from .base import (
    Context,
    Gap,
    MappingShorthand,
    Outcome,
    Strict,
    Unit,
    form_value,
    no_repeats,
    percent_as_meant,
    rule_of,
    with_unit,
)
from .filling import Cells, FormRow, Guide

NAME = "metrics"
SHORTHAND = "values"
FORM_FIELDS: dict[str, str] = {}


class Measure(Strict):
    id: str
    title: LocalText
    limit: float = Field(ge=0, description="upper limit; 0 means none allowed")
    unit: Unit = Field(default_factory=lambda: Unit(zh="", en=""))
    instead_of: str | None = Field(None, description="another measure this one may replace")


class Rule(Strict):
    measures: list[Measure] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Rule:
        no_repeats([m.id for m in self.measures], "measure ids")
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
            raise ValueError("give each measure by its id, e.g. rooms_adults: 2.1%")
        rule: Rule | None = rule_of(info)
        known = {m.id: m for m in rule.measures} if rule else {}
        out: dict[str, float] = {}
        optional = rule.optional() if rule else set()
        for key, raw in data.items():
            measure = known.get(str(key))
            if rule is not None and measure is None:
                raise ValueError(f"unknown measure {key!r}; expected {', '.join(known)}")
            if raw is None and str(key) in optional:
                continue  # the survey method not used, left empty as the template wrote it
            value = parse_number(raw, measure.unit.spellings() if measure else None, str(key))
            if value < 0:
                raise ValueError(f"{key} cannot be negative")
            out[str(key)] = percent_as_meant(raw, value, measure.unit if measure else None)
        return out


def _limit_text(m: Measure) -> LocalText:
    if m.limit == 0:
        return LocalText.from_msg(msg("domain.metrics_none_allowed", title=m.title))
    return LocalText.of(f"{m.title.zh} ≤ {with_unit(m.limit, m.unit.zh)}",
                        f"{m.title.en} ≤ {with_unit(m.limit, m.unit.en)}")


def _group_text(group: list[Measure]) -> LocalText:
    if len(group) == 1:
        return _limit_text(group[0])
    return LocalText.from_msg(msg("domain.metrics_either", first=_limit_text(group[0]),
                                  others=[_limit_text(m) for m in group[1:]]))


def describe(rule: Rule) -> LocalText:
    texts = [_group_text(g) for g in rule.groups()]
    return LocalText.of("；".join(t.zh for t in texts), "; ".join(t.en for t in texts))


def _multiple(value: float, limit: float) -> float:
    """How many times its limit a value is; infinite for anything over a limit of 0."""
    if limit == 0:
        return 0.0 if value == 0 else math.inf
    return value / limit


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    groups = rule.groups()
    absent = [g[0] for g in groups if not any(m.id in evidence.values for m in g)]
    if absent:
        return Outcome(status="missing", messages=[Note.coded("missing_measures",
            "缺少监测项：" + "、".join(m.title.zh for m in absent),
            "measures not reported: " + ", ".join(m.title.en for m in absent))])
    judged = [m for m in rule.measures if m.id in evidence.values]
    multiples = {m.id: _multiple(evidence.values[m.id], m.limit) for m in judged}
    worst = max(judged, key=lambda m: multiples[m.id])
    over = [m for m in judged if round(multiples[m.id], 9) > 1]
    if math.isinf(multiples[worst.id]):
        return _none_allowed_breached(rule, evidence, judged, multiples, over, len(groups))
    findings = [LocalText.of(
        f"{m.title.zh} {with_unit(evidence.values[m.id], m.unit.zh)}，"
        f"限值 {with_unit(m.limit, m.unit.zh)}（{format_number(multiples[m.id])} 倍）",
        f"{m.title.en} {with_unit(evidence.values[m.id], m.unit.en)}, "
        f"limit {with_unit(m.limit, m.unit.en)} ({format_number(multiples[m.id])}×)")
        for m in over]
    multiple = round(multiples[worst.id], 4)
    gap = None
    if over:
        gap = Gap(amount=multiple, unit="×", direction="multiple", text=LocalText.of(
            f"{len(over)} 项超标，最差的{worst.title.zh}为限值的 {format_number(multiple)} 倍",
            f"{len(over)} over the limit; worst {worst.title.en} at "
            f"{format_number(multiple)}× its limit"))
    return Outcome(
        status="fail" if over else "pass",
        measured=multiple,
        measured_text=LocalText.of(
            f"最差：{worst.title.zh} {with_unit(evidence.values[worst.id], worst.unit.zh)}",
            f"worst {worst.title.en} {with_unit(evidence.values[worst.id], worst.unit.en)}"),
        required_text=LocalText.from_msg(msg("domain.metrics_required", count=len(groups))),
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
    findings = [LocalText.from_msg(msg(
        "domain.metrics_found_where_none_allowed", title=m.title,
        value=LocalText.of(with_unit(evidence.values[m.id], m.unit.zh),
                           with_unit(evidence.values[m.id], m.unit.en)))) for m in breached]
    findings += [LocalText.of(
        f"{m.title.zh} {with_unit(evidence.values[m.id], m.unit.zh)}，"
        f"限值 {with_unit(m.limit, m.unit.zh)}（{format_number(multiples[m.id])} 倍）",
        f"{m.title.en} {with_unit(evidence.values[m.id], m.unit.en)}, "
        f"limit {with_unit(m.limit, m.unit.en)} ({format_number(multiples[m.id])}×)")
        for m in over if m not in breached]
    return Outcome(
        status="fail",
        measured=None,
        measured_text=findings[0],
        required_text=LocalText.from_msg(msg("domain.metrics_required", count=groups)),
        gap=Gap(amount=evidence.values[first.id], unit=first.unit.zh, direction="count",
                text=LocalText.from_msg(msg("domain.metrics_gap_none_allowed", count=len(over),
                                            title=first.title))),
        limit_multiple=None,
        findings=findings,
    )


def guide(rule: Rule, year: int) -> Guide:
    # by id, not only by title: the ids are what the department writes
    def one(m: Measure) -> str:
        return f"{m.id}（{_limit_text(m).zh}）"

    limits = "；".join("，或 ".join(one(m) for m in g) for g in rule.groups())
    # the example reports the first method of each group: the one the standard names first
    example = ", ".join(f"{g[0].id}: {with_unit(g[0].limit, g[0].unit.zh)}"
                        for g in rule.groups())
    return Guide("见各监测项", f"各项均不超过限值：{limits}", f"{{{example}}}")


def placeholder(rule: Rule, year: int) -> Any:
    return {m.id: None for m in rule.measures}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    given = data.values if data else {}
    return [FormRow(m.id, f"{title}：{m.title.zh}", m.unit.zh,
                    f"≤ {m.limit:g}{m.unit.zh}" if m.limit else _limit_text(m).zh,
                    {"value": form_value(given.get(m.id), m.unit)}, {"value": "decimal"})
            for m in rule.measures]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    given = {k: c["value"] for k, c in cells.items() if c.get("value") is not None}
    return given or None
