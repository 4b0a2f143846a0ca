"""metrics: several monitored measures, each with its upper limit; every one must be within it.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.metrics`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

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
    no_repeats,
    joined,
    rule_of,
    unit_text,
    with_unit,
)
from .base import Examples
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
    id: str
    title: LocalText
    limit: float = Field(gt=0)
    unit: Unit = Field(default_factory=lambda: Unit(zh="", en=""))


class Rule(Strict):
    measures: list[Measure] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Rule:
        no_repeats([m.id for m in self.measures], msg("kinds.what.measure_ids"))
        return self


class Evidence(MappingShorthand):
    SHORTHAND = SHORTHAND
    values: dict[str, float]

    @field_validator("values", mode="before")
    @classmethod
    def _measures(cls, data: object, info: ValidationInfo) -> dict[str, float]:
        if not isinstance(data, dict):
            raise Refusal(msg("kinds.metrics.not_a_mapping"))
        rule: Rule | None = rule_of(info)
        known = {m.id: m for m in rule.measures} if rule else {}
        out: dict[str, float] = {}
        for key, raw in data.items():
            measure = known.get(str(key))
            if rule is not None and measure is None:
                raise Refusal(msg("kinds.metrics.unknown_measure", key=str(key),
                                  expected=list(known)))
            value = parse_number(raw, measure.unit.spellings() if measure else None, str(key))
            if value < 0:
                raise Refusal(msg("kinds.metrics.negative", key=str(key)))
            out[str(key)] = value
        return out


def describe(rule: Rule) -> LocalText:
    return joined([LocalText.from_msg(msg("kinds.metrics.limit", title=m.title,
                                          limit=unit_text(format_number(m.limit), m.unit)))
                   for m in rule.measures])


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    absent = [m for m in rule.measures if m.id not in evidence.values]
    if absent:
        return Outcome(status="missing", messages=[Note.from_msg(msg(
            "kinds.missing_measures", measures=[m.title for m in absent]))])
    multiples = {m.id: evidence.values[m.id] / m.limit for m in rule.measures}
    worst = max(rule.measures, key=lambda m: multiples[m.id])
    over = [m for m in rule.measures if round(multiples[m.id], 9) > 1]
    findings = [Note.from_msg(msg(
        "kinds.metrics.over", title=m.title, value=_value(evidence.values[m.id], m),
        limit=_value(m.limit, m), multiple=format_number(multiples[m.id])))
        for m in over]
    multiple = round(multiples[worst.id], 4)
    gap = None
    if over:
        gap = Gap(amount=multiple, unit="×", direction="multiple", text=LocalText.from_msg(msg(
            "kinds.metrics.gap", count=len(over), title=worst.title,
            multiple=format_number(multiple))))
    return Outcome(
        status="fail" if over else "pass",
        measured=multiple,
        measured_text=LocalText.from_msg(msg(
            "kinds.metrics.measured", title=worst.title,
            value=_value(evidence.values[worst.id], worst))),
        required_text=LocalText.from_msg(msg("kinds.metrics.required",
                                             count=len(rule.measures))),
        gap=gap,
        limit_multiple=multiple,
        findings=findings,
    )


def _value(value: float, measure: Measure) -> LocalText:
    return unit_text(format_number(value), measure.unit)


def guide(rule: Rule, year: int) -> Guide:
    # by id, not only by title: the ids are what the department writes
    limits = joined([LocalText.from_msg(msg("kinds.guide.metrics_limit", id=m.id, title=m.title,
                                            limit=_value(m.limit, m))) for m in rule.measures])
    example = ", ".join(f"{m.id}: {with_unit(m.limit, m.unit.zh)}" for m in rule.measures)
    return Guide(chinese("kinds.guide.metrics_unit"),
                 chinese("kinds.guide.metrics_required", limits=limits), f"{{{example}}}")


def placeholder(rule: Rule, year: int) -> Any:
    return {m.id: None for m in rule.measures}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    given = data.values if data else {}
    return [FormRow(m.id, chinese("kinds.form.sub_label", title=title, part=m.title), m.unit.zh, f"≤ {m.limit:g}{m.unit.zh}",
                    {"value": given.get(m.id)}, {"value": "decimal"}) for m in rule.measures]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    given = {k: c["value"] for k, c in cells.items() if c.get("value") is not None}
    return given or None
