"""inspection: an on-site inspection graded 达标 (pass), 基本达标 (partial) or 不达标 (fail).

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.inspection`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

from typing import Any, Literal, get_args

from pydantic import Field, field_validator, model_validator

from ..errors import Refusal
from ..messages import msg
from ..text import LocalText, Note
from ..values import normalize_text
from .base import Context, Examples, Gap, Outcome, PastDate, ScalarShorthand, Strict, joined
from .filling import Cells, FormRow, Guide, chinese, split_items

NAME = "inspection"
SHORTHAND = "result"
FORM_FIELDS = {"date": "second", "sample": "sample", "findings": "findings"}


EXAMPLES = Examples(
    rule="""\
kind: inspection
rule:
  checklist:
    - {zh: 路面平整、无坑洼积水, en: "road surfaces even, no potholes"}
""",
    passing="""\
S03.01: {result: 达标, date: 2025-10-20, sample: 抽查主次干道 24 条、街巷 60 条}
""",
    failing="""\
S03.01:
  result: 基本达标
  date: 2025-10-20
  sample: 抽查主次干道 24 条、街巷 60 条
  findings:
    - {place: 建设路与解放街交叉口, problem: 占道经营、乱堆乱放}
""",
)

Result = Literal["达标", "基本达标", "不达标"]
_RESULTS: dict[str, Result] = {
    "达标": "达标", "合格": "达标", "pass": "达标",
    "基本达标": "基本达标", "基本合格": "基本达标", "partial": "基本达标",
    "不达标": "不达标", "不合格": "不达标", "fail": "不达标",
}
_STATUS: dict[Result, str] = {"达标": "pass", "基本达标": "partial", "不达标": "fail"}


class Rule(Strict):
    checklist: list[LocalText] = Field(default_factory=list)


class Finding(Strict):
    place: str | None = None
    problem: str = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return {"problem": data} if isinstance(data, str) else data


class Evidence(ScalarShorthand):
    SHORTHAND = SHORTHAND
    result: Result
    date: PastDate | None = None
    sample: str | int | None = None
    inspector: str | None = None
    findings: list[Finding] = Field(default_factory=list)

    @field_validator("result", mode="before")
    @classmethod
    def _result(cls, value: object) -> Result:
        result = _RESULTS.get(normalize_text(str(value)).lower())
        if result is None:
            raise Refusal(msg("kinds.inspection.bad_result", value=str(value)))
        return result



def describe(rule: Rule) -> LocalText:
    return LocalText.from_msg(msg("kinds.inspection.describe"))


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    status = _STATUS[evidence.result]
    result = msg(f"kinds.inspection.{status}")
    findings = [Note.from_msg(msg("kinds.inspection.finding_at", place=f.place, problem=f.problem)
                              if f.place else msg("kinds.inspection.finding", problem=f.problem))
                for f in evidence.findings]
    gap = None
    if status != "pass":
        count = len(evidence.findings)
        gap = Gap(amount=count, unit="findings", direction="count", text=LocalText.from_msg(
            msg("kinds.inspection.gap", result=result, count=count)))
    messages = []
    if evidence.sample:
        messages.append(Note.from_msg(msg("kinds.inspection.sample", sample=str(evidence.sample))))
    return Outcome(
        status=status,  # type: ignore[arg-type]
        measured=evidence.result,
        measured_text=LocalText.from_msg(result),
        required_text=LocalText.from_msg(msg("kinds.inspection.pass")),
        gap=gap,
        findings=findings,
        messages=messages,
        data_date=evidence.date,
    )


def guide(rule: Rule, year: int) -> Guide:
    checklist = (joined(rule.checklist) if rule.checklist
                 else LocalText.from_msg(msg("kinds.guide.inspection_any")))
    return Guide(chinese("kinds.guide.inspection_unit", results=" / ".join(get_args(Result))),
                 chinese("kinds.guide.inspection_required", checklist=checklist),
                 chinese("kinds.guide.inspection_example", year=year))


def placeholder(rule: Rule, year: int) -> Any:
    return {"result": None, "date": None, "sample": None, "findings": []}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    findings = "；".join((f"{f.place}：" if f.place else "") + f.problem
                        for f in data.findings) if data else None
    return [FormRow("", title, chinese("kinds.form.inspection_unit"), guide(rule, years[-1]).required,
                    {"value": data and data.result, "second": data and data.date,
                     "sample": data and data.sample, "findings": findings or None},
                    {"value": "list:" + ",".join(get_args(Result))})]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    first = cells.get("", {})
    if all(first.get(k) is None for k in ("value", "second", "sample", "findings")):
        return None
    out = {"result": first.get("value"), "date": first.get("second"), "sample": first.get("sample")}
    out = {k: v for k, v in out.items() if v is not None}
    if first.get("findings") is not None:
        out["findings"] = [_finding(text) for text in split_items(first["findings"])]
    return out


def _finding(text: str) -> dict[str, str]:
    # the place ends at the first full-width colon (as exported); an ASCII one only if none
    parts = text.split("：", 1) if "：" in text else text.split(":", 1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        return {"place": parts[0].strip(), "problem": parts[1].strip()}
    return {"problem": text}
