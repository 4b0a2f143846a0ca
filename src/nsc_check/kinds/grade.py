"""grade: a grade on an ordinal scale that the rule names, best first; passes at the figure or better.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.grade`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..errors import Refusal
from ..messages import msg
from ..text import LocalText
from ..values import normalize_text
from .base import Context, Examples, Outcome, ScalarShorthand, Shortfall, Strict, rule_of
from .filling import Cells, FormRow, Guide, chinese

NAME = "grade"
SHORTHAND = "grade"
FORM_FIELDS: dict[str, str] = {}


EXAMPLES = Examples(
    rule="""\
kind: grade
rule: {scale: [I, II, III, IV, V, 劣V], figure: III}
""",
    passing="""\
S04.03: II类
""",
    failing="""\
S04.03:
  grade: IV
  note: 护城河下游断面
""",
)


def tidy_grade(value: object) -> str:
    text = normalize_text(str(value)).upper()
    for suffix in ("类", "级"):
        text = text.removesuffix(suffix)
    return text.replace(" ", "")


class Rule(Strict):
    scale: list[str] = Field(min_length=2, description="grades, best first")
    figure: str

    @model_validator(mode="after")
    def _figure_on_scale(self) -> Rule:
        if len({tidy_grade(g) for g in self.scale}) != len(self.scale):
            raise Refusal(msg("kinds.grade.scale_repeats"))
        if tidy_grade(self.figure) not in [tidy_grade(g) for g in self.scale]:
            raise Refusal(msg("kinds.grade.figure_off_scale", figure=self.figure,
                              scale=" / ".join(self.scale)))
        return self

    def rank(self, grade: str) -> int:
        return [tidy_grade(g) for g in self.scale].index(tidy_grade(grade))


class Evidence(ScalarShorthand):
    SHORTHAND = SHORTHAND
    grade: str

    @field_validator("grade", mode="before")
    @classmethod
    def _on_scale(cls, value: object, info: ValidationInfo) -> str:
        rule: Rule | None = rule_of(info)
        if isinstance(value, (dict, list)) or value is None:
            raise Refusal(msg("kinds.grade.one_grade"))
        if rule is not None:
            tidy = tidy_grade(value)
            for grade in rule.scale:
                if tidy_grade(grade) == tidy:
                    return grade
            raise Refusal(msg("kinds.grade.not_on_scale", value=str(value),
                              scale=" / ".join(rule.scale)))
        return str(value)


def describe(rule: Rule) -> LocalText:
    return LocalText.from_msg(msg("kinds.grade.describe", figure=rule.figure,
                                  scale=" / ".join(rule.scale)))


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    short = rule.rank(evidence.grade) - rule.rank(rule.figure)
    gap = None
    if short > 0:
        gap = Shortfall(amount=short, unit="levels", direction="levels",
                        text=msg("kinds.grade.gap", count=short))
    return Outcome(
        status="fail" if short > 0 else "pass",
        measured=evidence.grade,
        measured_text=LocalText(zh=evidence.grade, en=evidence.grade),
        required_text=msg("kinds.grade.required", figure=rule.figure),
        gap=gap,
    )


def guide(rule: Rule, year: int) -> Guide:
    return Guide(chinese("kinds.guide.grade_unit", scale=" / ".join(rule.scale)),
                 describe(rule).zh, str(rule.figure))


def placeholder(rule: Rule, year: int) -> Any:
    return None


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    g = guide(rule, years[-1])
    return [FormRow("", title, g.unit, g.required, {"value": data and data.grade},
                    {"value": "list:" + ",".join(rule.scale)})]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    return cells.get("", {}).get("value")
