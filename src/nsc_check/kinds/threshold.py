"""threshold: one figure with its unit, compared with the rule's figure.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.threshold`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationInfo, field_validator

from ..text import LocalText
from .base import (
    Context,
    FigureRule,
    Outcome,
    ScalarShorthand,
    figure_gap,
    form_value,
    rule_of,
    with_unit,
)
from .base import Examples
from .filling import Cells, FormRow, Guide, chinese, example_figure

NAME = "threshold"
SHORTHAND = "value"
FORM_FIELDS: dict[str, str] = {}


EXAMPLES = Examples(
    rule="""\
kind: threshold
rule: {op: "<=", figure: 70, unit: dB(A)}
""",
    passing="""\
S04.05: 68.9 dB(A)
""",
    failing="""\
S04.05:
  value: 71.4
  as_of: 2025-10-31
""",
)


class Rule(FigureRule):
    pass


class Evidence(ScalarShorthand):
    SHORTHAND = SHORTHAND
    value: float

    @field_validator("value", mode="before")
    @classmethod
    def _number(cls, value: object, info: ValidationInfo) -> float:
        rule = rule_of(info)
        return rule.parse_value(value) if rule else float(value)  # type: ignore[arg-type]


def describe(rule: Rule) -> LocalText:
    return rule.describe()


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    return judge_figure(rule, evidence.value, ctx)


def guide(rule: Rule, year: int) -> Guide:
    return Guide(rule.unit.zh or chinese("kinds.guide.no_unit"), describe(rule).zh,
                 with_unit(example_figure(rule), rule.unit.zh))


def placeholder(rule: Rule, year: int) -> Any:
    return None


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    g = guide(rule, years[-1])
    return [FormRow("", title, g.unit, g.required,
                    {"value": data and form_value(data.value, rule.unit)},
                    {"value": "decimal"})]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    return cells.get("", {}).get("value")


def judge_figure(rule: FigureRule, value: float, ctx: Context, **extra: Any) -> Outcome:
    """Compare a value with the rule's applicable figure (shared by threshold, ratio, series)."""
    figure, note, problem = rule.applied(ctx)
    measured_text = extra.pop("measured_text", None) or rule.value_text(value, figure)
    if figure is None:
        # the caller's messages (ratio's bare percentage) first, then why there is no figure
        messages = [*extra.pop("messages", []), *([problem] if problem else [])]
        return Outcome(status="invalid", measured=value, measured_text=measured_text,
                       messages=messages, **extra)
    gap = figure_gap(value, rule.op, figure, rule.unit)
    return Outcome(
        status="pass" if gap is None else "fail",
        measured=value,
        measured_text=measured_text,
        required_text=rule.required_text(figure),
        figure_note=note,
        gap=gap,
        **extra,
    )
