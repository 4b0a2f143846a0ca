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
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

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
    limit: float = Field(gt=0)
    unit: Unit = Field(default_factory=lambda: Unit(zh="", en=""))


class Rule(Strict):
    measures: list[Measure] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Rule:
        no_repeats([m.id for m in self.measures], "measure ids")
        return self


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
        for key, raw in data.items():
            measure = known.get(str(key))
            if rule is not None and measure is None:
                raise ValueError(f"unknown measure {key!r}; expected {', '.join(known)}")
            value = parse_number(raw, measure.unit.spellings() if measure else None, str(key))
            if value < 0:
                raise ValueError(f"{key} cannot be negative")
            out[str(key)] = percent_as_meant(raw, value, measure.unit if measure else None)
        return out


def describe(rule: Rule) -> LocalText:
    return LocalText.of(
        "；".join(f"{m.title.zh} ≤ {with_unit(m.limit, m.unit.zh)}" for m in rule.measures),
        "; ".join(f"{m.title.en} ≤ {with_unit(m.limit, m.unit.en)}" for m in rule.measures))


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    absent = [m for m in rule.measures if m.id not in evidence.values]
    if absent:
        return Outcome(status="missing", messages=[Note.coded("missing_measures",
            "缺少监测项：" + "、".join(m.title.zh for m in absent),
            "measures not reported: " + ", ".join(m.title.en for m in absent))])
    multiples = {m.id: evidence.values[m.id] / m.limit for m in rule.measures}
    worst = max(rule.measures, key=lambda m: multiples[m.id])
    over = [m for m in rule.measures if round(multiples[m.id], 9) > 1]
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
            f"{len(over)} 项超标，最差 {worst.title.zh} 为限值的 {format_number(multiple)} 倍",
            f"{len(over)} over the limit; worst {worst.title.en} at "
            f"{format_number(multiple)}× its limit"))
    return Outcome(
        status="fail" if over else "pass",
        measured=multiple,
        measured_text=LocalText.of(
            f"最差 {worst.title.zh} {with_unit(evidence.values[worst.id], worst.unit.zh)}",
            f"worst {worst.title.en} {with_unit(evidence.values[worst.id], worst.unit.en)}"),
        required_text=LocalText.of(f"{len(rule.measures)} 项均不超过限值",
                                   f"all {len(rule.measures)} measures within limits"),
        gap=gap,
        limit_multiple=multiple,
        findings=findings,
    )


def guide(rule: Rule, year: int) -> Guide:
    # by id, not only by title: the ids are what the department writes
    limits = "；".join(f"{m.id}（{m.title.zh}）≤ {with_unit(m.limit, m.unit.zh)}"
                      for m in rule.measures)
    example = ", ".join(f"{m.id}: {with_unit(m.limit, m.unit.zh)}" for m in rule.measures)
    return Guide("见各监测项", f"各项均不超过限值：{limits}", f"{{{example}}}")


def placeholder(rule: Rule, year: int) -> Any:
    return {m.id: None for m in rule.measures}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    given = data.values if data else {}
    return [FormRow(m.id, f"{title}：{m.title.zh}", m.unit.zh, f"≤ {m.limit:g}{m.unit.zh}",
                    {"value": form_value(given.get(m.id), m.unit)}, {"value": "decimal"})
            for m in rule.measures]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    given = {k: c["value"] for k, c in cells.items() if c.get("value") is not None}
    return given or None
