"""ratio: counts (numerator of denominator), computed as a percentage and compared with the figure.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.ratio`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..errors import Refusal
from ..messages import Msg, msg
from ..text import Later, LocalText, Words
from ..values import format_number, parse_count, parse_number, parse_quantity
from .base import (
    Context,
    Examples,
    FigureRule,
    Outcome,
    ScalarShorthand,
    Unit,
    judge_figure,
    percent_as_meant,
    rule_of,
    shown,
)
from .filling import Cells, FormRow, Guide, chinese, example_figure

NAME = "ratio"
SHORTHAND = "value"
FORM_FIELDS = {"denominator": "second"}


EXAMPLES = Examples(
    rule="""\
kind: ratio
rule:
  op: ">="
  figure: 100
  numerator: {zh: 持证单位数, en: licensed premises}
  denominator: {zh: 单位总数, en: all premises}
""",
    passing="""\
S05.01: {numerator: 1268, denominator: 1268}
""",
    failing="""\
S05.01:
  numerator: 1254
  denominator: 1268
""",
)


class Rule(FigureRule):
    unit: Unit = Field(default_factory=lambda: Unit(zh="%", en="%"))
    numerator: LocalText = Field(default_factory=lambda: LocalText.from_msg(msg("kinds.ratio.numerator")))
    denominator: LocalText = Field(default_factory=lambda: LocalText.from_msg(msg("kinds.ratio.denominator")))
    decimals: bool = Field(False, description=(
        "true when numerator and denominator are quantities that take decimals (an area in "
        "万平方米, a length, a weight); false (the default) when they count things (premises, "
        "people, samples), which are whole"))


class Evidence(ScalarShorthand):
    SHORTHAND = SHORTHAND
    numerator: int | float | None = None
    denominator: int | float | None = None
    value: float | None = Field(default=None, description="a bare percentage, less auditable")

    @field_validator("numerator", "denominator", mode="before")
    @classmethod
    def _count(cls, value: object, info: ValidationInfo) -> int | float:
        name = info.field_name or "count"
        rule = rule_of(info)
        if rule is None or not rule.decimals:
            return parse_count(value, name)  # things are counted whole
        return parse_quantity(value, name)

    @field_validator("value", mode="before")
    @classmethod
    def _percent(cls, value: object, info: ValidationInfo) -> float:
        number = parse_number(value, "%")
        if not 0 <= number <= 100:
            raise Refusal(msg("kinds.not_a_percentage", value=shown(value)))
        return percent_as_meant(value, number, "%")

    @model_validator(mode="after")
    def _consistent(self) -> Evidence:
        counts = (self.numerator is not None, self.denominator is not None)
        if counts == (False, False):
            if self.value is None:
                raise Refusal(msg("kinds.ratio.give_counts"))
            return self
        if not all(counts):
            raise Refusal(msg("kinds.ratio.give_both"))
        if self.value is not None:
            raise Refusal(msg("kinds.ratio.counts_or_percent"))
        assert self.numerator is not None and self.denominator is not None
        if self.denominator == 0:
            raise Refusal(msg("kinds.ratio.zero_denominator"))
        if self.numerator > self.denominator:
            raise Refusal(msg("kinds.ratio.numerator_larger", numerator=self.numerator,
                              denominator=self.denominator))
        return self

    @property
    def percent(self) -> float:
        if self.value is not None:
            return self.value
        assert self.numerator is not None and self.denominator
        return self.numerator / self.denominator * 100


def _shown(value: object) -> str:
    return value.strip() if isinstance(value, str) else str(value)


def describe(rule: Rule) -> LocalText:
    return LocalText.from_msg(msg("kinds.ratio.describe", figure=rule.describe(),
                                  numerator=rule.numerator, denominator=rule.denominator))


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    messages: list[Words] = []
    measured_text = None
    if evidence.value is None:
        measured_text = Later(_measured, (rule, evidence, ctx))
    else:
        messages.append(msg("kinds.bare_percentage", numerator=rule.numerator,
                            denominator=rule.denominator))
    return judge_figure(rule, evidence.percent, ctx, measured_text=measured_text,
                        messages=messages)


def _measured(rule: Rule, evidence: Evidence, ctx: Context) -> Msg:
    """The counts and their rate, shown with the decimals it takes beside its figure (never
    rounded onto a figure it misses: 89.996% is not "90%")."""
    value = rule.value_text(evidence.percent, rule.applied(ctx)[0])
    return msg("kinds.ratio.measured", value=value, numerator=_number(evidence.numerator),
               denominator=_number(evidence.denominator))


def _number(value: float | None) -> str:
    """A count as written (1268), a quantity without float noise (1234.5)."""
    return str(value) if isinstance(value, int) else format_number(value or 0, 6)


def guide(rule: Rule, year: int) -> Guide:
    # the unit already names the counts: describe()'s wording would repeat them
    return Guide(chinese("kinds.guide.ratio_unit", numerator=rule.numerator,
                         denominator=rule.denominator),
                 chinese("kinds.guide.ratio_required", figure=rule.describe()),
                 f"{{numerator: {math.ceil(example_figure(rule))}, denominator: 100}}")


def placeholder(rule: Rule, year: int) -> Any:
    return {"numerator": None, "denominator": None}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    cells = {"value": data and (data.numerator if data.value is None else f"{data.value:g}%"),
             "second": data and data.denominator}
    unit = chinese("kinds.form.ratio_unit", numerator=rule.numerator,
                   denominator=rule.denominator)
    number = "decimal" if rule.decimals else "whole"
    return [FormRow("", title, unit, guide(rule, years[-1]).required, cells,
                    dict.fromkeys(("value", "second"), number))]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    first = cells.get("", {})
    num, den = first.get("value"), first.get("second")
    if den is None and isinstance(num, str) and num.strip().endswith(("%", "％")):
        return {"value": num}
    return None if num is None and den is None else {"numerator": num, "denominator": den}
