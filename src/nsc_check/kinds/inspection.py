"""inspection: an on-site inspection graded 达标 (pass), 基本达标 (partial) or 不达标 (fail).

The evidence gives the result, the date (the data date, so an old inspection goes stale), the
sample inspected and the findings, each problem with its place; findings appear in the gap report.
The rule lists what inspectors look at (`checklist`).

Rule (in the pack):

    kind: inspection
    rule:
      checklist:
        - {zh: 路面平整、无坑洼积水, en: road surfaces even, no potholes}

Passing evidence:

    S03.01: {result: 达标, date: 2025-10-20, sample: 抽查主次干道 24 条、街巷 60 条}

Failing evidence (partial credit):

    S03.01:
      result: 基本达标
      date: 2025-10-20
      sample: 抽查主次干道 24 条、街巷 60 条
      findings:
        - {place: 建设路与解放街交叉口, problem: 占道经营、乱堆乱放}
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from ..text import LocalText
from ..values import normalize_text, parse_date
from .base import Context, Gap, Outcome, Strict, wrap_scalar

NAME = "inspection"

Result = Literal["达标", "基本达标", "不达标"]
_RESULTS: dict[str, Result] = {
    "达标": "达标", "合格": "达标", "pass": "达标",
    "基本达标": "基本达标", "基本合格": "基本达标", "partial": "基本达标",
    "不达标": "不达标", "不合格": "不达标", "fail": "不达标",
}
_EN = {"达标": "meets the standard", "基本达标": "basically meets", "不达标": "does not meet"}


class Rule(Strict):
    checklist: list[LocalText] = Field(default_factory=list)


class Finding(Strict):
    place: str | None = None
    problem: str = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return {"problem": data} if isinstance(data, str) else data


class Evidence(Strict):
    result: Result
    date: dt.date | None = None
    sample: str | int | None = None
    inspector: str | None = None
    findings: list[Finding] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return wrap_scalar(data, "result")

    @field_validator("result", mode="before")
    @classmethod
    def _result(cls, value: object) -> Result:
        result = _RESULTS.get(normalize_text(str(value)).lower())
        if result is None:
            raise ValueError(f"{value!r} is not an inspection result: write 达标, 基本达标 or 不达标")
        return result

    @field_validator("date", mode="before")
    @classmethod
    def _date(cls, value: object) -> dt.date | None:
        return None if value is None else parse_date(value)


def describe(rule: Rule) -> LocalText:
    return LocalText.of("现场检查达标", "on-site inspection meets the standard")


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    status = {"达标": "pass", "基本达标": "partial", "不达标": "fail"}[evidence.result]
    findings = [LocalText.of((f"{f.place}：" if f.place else "") + f.problem,
                             (f"{f.place}: " if f.place else "") + f.problem)
                for f in evidence.findings]
    gap = None
    if status != "pass":
        count = len(evidence.findings)
        gap = Gap(amount=count, unit="findings", direction="count", text=LocalText.of(
            f"{evidence.result}，发现问题 {count} 处", f"{_EN[evidence.result]}, {count} finding(s)"))
    messages = []
    if evidence.sample:
        messages.append(LocalText.of(f"抽查：{evidence.sample}", f"sample: {evidence.sample}"))
    return Outcome(
        status=status,  # type: ignore[arg-type]
        measured=evidence.result,
        measured_text=LocalText.of(evidence.result, _EN[evidence.result]),
        required_text=LocalText.of("达标", "meets the standard"),
        gap=gap,
        findings=findings,
        messages=messages,
        data_date=evidence.date,
    )
