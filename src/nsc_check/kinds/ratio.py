"""ratio: counts (numerator of denominator), computed as a percentage and compared with the figure.

Give the counts so the figure can be audited; a bare percentage is accepted but reported as less
auditable (a bare number of at most 1, such as 0.961, is refused as a likely fraction: write
96.1%, or 0.8% when it truly is below one percent). The numerator cannot exceed the denominator,
and neither is negative. Counts of things (premises, people, samples) are whole; a rule whose
numerator and denominator are quantities (an area in 万平方米, a length) says `decimals: true`,
and then takes decimals: `{numerator: 1268.5, denominator: 1530.25}`.

Rule (in the pack):

    kind: ratio
    rule:
      op: ">="
      figure: 100
      numerator: {zh: 持证单位数, en: licensed premises}
      denominator: {zh: 单位总数, en: all premises}

Passing evidence:

    S05.01: {numerator: 1268, denominator: 1268}

Failing evidence (98.9%, the gap reads 还差 1.1 个百分点):

    S05.01:
      numerator: 1254
      denominator: 1268
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..text import LocalText, Note
from ..errors import Refusal
from ..messages import msg
from ..values import format_number, parse_count, parse_number, parse_quantity
from .base import Context, FigureRule, Outcome, ScalarShorthand, Unit, percent_as_meant, rule_of
from .filling import Cells, FormRow, Guide, example_figure
from .threshold import judge_figure

NAME = "ratio"
SHORTHAND = "value"
FORM_FIELDS = {"denominator": "second"}


class Rule(FigureRule):
    unit: Unit = Field(default_factory=lambda: Unit(zh="%", en="%"))
    numerator: LocalText = Field(default_factory=lambda: LocalText.of("达标数", "compliant"))
    denominator: LocalText = Field(default_factory=lambda: LocalText.of("总数", "total"))
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
            raise ValueError(f"a percentage must lie between 0 and 100, not {value!r}")
        return percent_as_meant(value, number, "%")

    @model_validator(mode="after")
    def _consistent(self) -> Evidence:
        counts = (self.numerator is not None, self.denominator is not None)
        if counts == (False, False):
            if self.value is None:
                raise ValueError("give numerator and denominator (or a percentage as value)")
            return self
        if not all(counts):
            raise ValueError("give both numerator and denominator")
        if self.value is not None:
            raise ValueError("give the counts or a percentage, not both")
        assert self.numerator is not None and self.denominator is not None
        if self.denominator == 0:
            raise ValueError("denominator cannot be 0")
        if self.numerator > self.denominator:
            raise ValueError(
                f"numerator {self.numerator} is larger than denominator {self.denominator}")
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
    figure = rule.describe()
    return LocalText.of(f"{figure.zh}（{rule.numerator.zh} ÷ {rule.denominator.zh}）",
                        f"{figure.en} ({rule.numerator.en} / {rule.denominator.en})")


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    messages: list[LocalText] = []
    measured_text = None
    if evidence.value is None:
        base = rule.value_text(round(evidence.percent, 2))
        counts = f"{_number(evidence.numerator)}/{_number(evidence.denominator)}"
        measured_text = LocalText.of(f"{base.zh}（{counts}）", f"{base.en} ({counts})")
    else:
        messages.append(Note.coded("bare_percentage",
            f"只报了百分比，未报{rule.numerator.zh}和{rule.denominator.zh}，可核查性较低",
            f"a bare percentage: give {rule.numerator.en} and {rule.denominator.en} "
            "so it can be audited"))
    return judge_figure(rule, evidence.percent, ctx, measured_text=measured_text,
                        messages=messages)


def _number(value: float | None) -> str:
    """A count as written (1268), a quantity without float noise (1234.5)."""
    return str(value) if isinstance(value, int) else format_number(value or 0, 6)


def guide(rule: Rule, year: int) -> Guide:
    # the unit already names the counts: describe()'s wording would repeat them
    return Guide(f"分子：{rule.numerator.zh}；分母：{rule.denominator.zh}",
                 f"{rule.describe().zh}（分子 ÷ 分母）",
                 f"{{numerator: {math.ceil(example_figure(rule))}, denominator: 100}}")


def placeholder(rule: Rule, year: int) -> Any:
    return {"numerator": None, "denominator": None}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    cells = {"value": data and (data.numerator if data.value is None else f"{data.value:g}%"),
             "second": data and data.denominator}
    return [FormRow("", title, f"F 列填分子：{rule.numerator.zh}；G 列填分母：{rule.denominator.zh}",
                    guide(rule, years[-1]).required, cells,
                    dict.fromkeys(("value", "second"), "decimal" if rule.decimals else "whole"))]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    first = cells.get("", {})
    num, den = first.get("value"), first.get("second")
    if den is None and isinstance(num, str) and num.strip().endswith(("%", "％")):
        return {"value": num}
    return None if num is None and den is None else {"numerator": num, "denominator": den}
