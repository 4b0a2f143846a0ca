"""inspection: an on-site inspection graded 达标 (pass), 基本达标 (partial) or 不达标 (fail).

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.inspection`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

import re
from typing import Any, Literal, get_args

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..errors import Refusal
from ..fields import empty_list
from ..messages import Msg, msg, text
from ..text import LocalText, Words
from ..values import normalize_text
from .base import (
    Context,
    Examples,
    Outcome,
    PastDate,
    ScalarShorthand,
    Shortfall,
    Strict,
    joined,
    rule_of,
    shown,
)
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
    - {zh: 无乱堆乱放、占道经营, en: "nothing piled in the street, no roadside trading"}
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
    - {point: 2, place: 建设路与解放街交叉口, problem: 占道经营、乱堆乱放}
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
    checklist: list[LocalText] = Field(default_factory=empty_list)


class Finding(Strict):
    # the checklist point the problem breaks: its number (1 is the first) or its text
    point: int | str | None = None
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
    findings: list[Finding] = Field(default_factory=empty_list)

    @field_validator("result", mode="before")
    @classmethod
    def _result(cls, value: object) -> Result:
        # a result written as the table writes it (`达标`) is that result: no need to tidy it
        result = _RESULTS.get(value) if type(value) is str else None
        if result is None:
            result = _RESULTS.get(normalize_text(str(value)).lower())
        if result is None:
            raise Refusal(msg("kinds.inspection.bad_result", value=str(value)))
        return result

    @field_validator("sample", mode="before")
    @classmethod
    def _something_sampled(cls, value: object) -> object:
        # a sample of 0 (`0`, `抽查 0 处`, `无`) inspected nothing: no result can rest on it
        if isinstance(value, bool) or (isinstance(value, (int, float)) and value <= 0):
            raise Refusal(msg("kinds.inspection.nothing_sampled", sample=_shown_sample(value)),
                          msg("kinds.inspection.nothing_sampled_hint"))
        if isinstance(value, float):  # `sample: 24.0`: a count (a fraction is no count)
            if value != int(value):
                raise Refusal(msg("values.not_whole", value=_shown_sample(value)),
                              msg("kinds.inspection.nothing_sampled_hint"))
            return int(value)
        if isinstance(value, str) and nothing_sampled(value):
            raise Refusal(msg("kinds.inspection.nothing_sampled", sample=value.strip()),
                          msg("kinds.inspection.nothing_sampled_hint"))
        return value

    @model_validator(mode="after")
    def _substance(self, info: ValidationInfo) -> Evidence:
        # a result says when and what was inspected; a result short of 达标 says what was found
        sample = self.sample
        if self.date is None or sample is None or not str(sample).strip():
            missing = [msg(f"kinds.inspection.field.{name}") for name in ("date", "sample")
                       if getattr(self, name) is None or not str(getattr(self, name)).strip()]
            first = "date" if self.date is None else "sample"  # where to write it
            raise Refusal(msg("kinds.inspection.incomplete", missing=missing),
                          msg("kinds.inspection.incomplete_hint"), subject=first)
        if self.result == "达标" and self.findings:
            # full points with problems listed: a 基本达标, or problems put right since
            raise Refusal(msg("evidence.pass_with_findings", count=len(self.findings)),
                          msg("evidence.hint.pass_with_findings"), subject="findings")
        if self.result != "达标" and not self.findings:
            raise Refusal(msg("kinds.inspection.no_findings", result=self.result),
                          msg("kinds.inspection.no_findings_hint"), subject="findings")
        rule: Rule | None = rule_of(info)
        if rule is not None:
            for finding in self.findings:
                if point_of(rule, finding) == 0:
                    raise Refusal(_bad_point(rule, finding))
        return self



# What says that nothing was inspected: a sample of none, or only marks (`-`, `/`); and the
# numbers of a sample written in words (`抽查 0 处`), which say nothing was when all are 0.
_NOTHING = frozenset(("无", "没有", "未抽查", "未抽样", "未检查", "零", "none", "nothing", "n/a",
                      "na", "0"))
_MARKS_ONLY = re.compile(r"^[\s\-—–―－─_/／\\、.。…·,，;；:：*＊xX×]*$")
_NUMBERS_IN = re.compile(r"\d+(?:\.\d+)?")


def nothing_sampled(text: str) -> bool:
    """Whether a sample written as text says that nothing was inspected: `0`, `-3`, `无`,
    `抽查 0 处`, `主干道 0 条、街巷 0 条`, a dash (blank is the model's to call missing)."""
    written = normalize_text(text)
    if not written:
        return False
    if written.lower().replace(" ", "") in _NOTHING or _MARKS_ONLY.match(written):
        return True
    if re.fullmatch(r"[+-]?\d+(?:\.\d+)?", written):
        return float(written) <= 0
    numbers = _NUMBERS_IN.findall(written)
    return bool(numbers) and all(float(n) == 0 for n in numbers)


def _shown_sample(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return shown(value)


def describe(rule: Rule) -> LocalText:
    return LocalText.from_msg(msg("kinds.inspection.describe"))


def point_of(rule: Rule, finding: Finding) -> int | None:
    """The number (1 is the first) of the checklist point a finding names; None when it names
    none; 0 when it names one the checklist does not have."""
    if finding.point is None:
        return None
    if isinstance(finding.point, int):
        return finding.point if 1 <= finding.point <= len(rule.checklist) else 0
    written = normalize_text(finding.point).strip()
    if written.isdigit():
        number = int(written)
        return number if 1 <= number <= len(rule.checklist) else 0
    for number, item in enumerate(rule.checklist, start=1):
        if written in (normalize_text(item.zh).strip(), normalize_text(item.en).strip()):
            return number
    return 0


def _bad_point(rule: Rule, finding: Finding) -> Msg:
    return msg("kinds.inspection.bad_point", point=str(finding.point), problem=finding.problem,
               count=len(rule.checklist))


def _finding_msg(finding: Finding) -> Any:
    if finding.place:
        return msg("kinds.inspection.finding_at", place=finding.place, problem=finding.problem)
    return msg("kinds.inspection.finding", problem=finding.problem)


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    status = _STATUS[evidence.result]
    result = msg(f"kinds.inspection.{status}")
    points = [point_of(rule, f) for f in evidence.findings]
    wrong = [f for f, p in zip(evidence.findings, points, strict=True) if p == 0]
    if wrong:  # refused on loading; here for evidence validated without its rule
        return Outcome(status="invalid", messages=[_bad_point(rule, f) for f in wrong])
    # findings grouped by the checklist point they break, in the checklist's order; those
    # naming no point after them, as written
    order = sorted(range(len(points)), key=lambda n: (points[n] is None, points[n] or 0, n))
    findings: list[Words] = []
    for n in order:
        finding, point = evidence.findings[n], points[n]
        if point is None:
            findings.append(_finding_msg(finding))
        else:
            findings.append(msg(
                "kinds.inspection.finding_point", point=point, item=rule.checklist[point - 1],
                finding=_finding_msg(finding)))
    gap = None
    if status != "pass":
        count = len(evidence.findings)
        named = sorted({p for p in points if p})
        gap_msg = (msg("kinds.inspection.gap_points", result=result, count=count, points=named)
                   if named else msg("kinds.inspection.gap", result=result, count=count))
        gap = Shortfall(amount=count, unit="findings", direction="count", text=gap_msg)
    messages: list[Words] = []
    if evidence.sample:
        messages.append(msg("kinds.inspection.sample", sample=str(evidence.sample)))
    return Outcome(
        status=status,  # type: ignore[arg-type]
        measured=evidence.result,
        measured_text=result,
        required_text=msg("kinds.inspection.pass"),
        gap=gap,
        findings=findings,
        messages=messages,
        data_date=evidence.date,
    )


def guide(rule: Rule, year: int) -> Guide:
    # numbered, so that a finding can name the point it breaks by its number
    checklist = (joined([LocalText.from_msg(msg("kinds.guide.inspection_point", number=n, item=c))
                         for n, c in enumerate(rule.checklist, start=1)]) if rule.checklist
                 else LocalText.from_msg(msg("kinds.guide.inspection_any")))
    return Guide(chinese("kinds.guide.inspection_unit", results=" / ".join(get_args(Result))),
                 chinese("kinds.guide.inspection_required", checklist=checklist),
                 chinese("kinds.guide.inspection_example", year=year))


def placeholder(rule: Rule, year: int) -> Any:
    return {"result": None, "date": None, "sample": None, "findings": []}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    findings = "；".join(_finding_text(rule, f) for f in data.findings) if data else None
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
        out["findings"] = [_finding(text) for part in split_items(first["findings"])
                           for text in _numbered(part)]
    return out


# a finding of a form cell may start with the checklist point it breaks: 【要点2】, [要点 2] or
# [point 2] (the word in both languages, from the catalogue)
_POINT_WORDS = "|".join(re.escape(text("kinds.form.point_word", lang)) for lang in ("zh", "en"))
_POINT = re.compile(r"^\s*[【\[]\s*(?:" + _POINT_WORDS + r")\s*(\d+)\s*[】\]]\s*", re.IGNORECASE)


def _finding_text(rule: Rule, finding: Finding) -> str:
    """A finding as a form cell writes it: `【要点2】place：problem`."""
    point = point_of(rule, finding)
    head = text("kinds.form.point_mark", "zh", point=point) if point else ""  # forms are Chinese
    return head + (f"{finding.place}：" if finding.place else "") + finding.problem


# A finding numbered as a clerk numbers a list: `1.`, `2、`, `（3）`, `(4)`, `5）`, `①` (never
# `1.5 吨` nor `2025年`: a number of the text itself)
_NUMBERING = r"(?:\d{1,2}[.、．](?!\d)|[（(]\d{1,2}[）)]|\d{1,2}[）)]|[①-⑳])"
_NUMBERED_START = re.compile(rf"^\s*{_NUMBERING}\s*")
_NUMBERED_NEXT = re.compile(rf"(?:(?<=\s)|(?<=[，,。；]))(?={_NUMBERING})|(?=[（(]\d{{1,2}}[）)]|[①-⑳])")


def _numbered(text: str) -> list[str]:
    """A cell's part written as a numbered list on one line (`1.北关：破损 2.西环路：未加盖`),
    one finding a number, the numbers dropped; any other text as it is."""
    if not _NUMBERED_START.match(text):
        return [text]
    parts = [_NUMBERED_START.sub("", part).strip(" ，,。")
             for part in _NUMBERED_NEXT.split(text)]
    return [part for part in parts if part]


def _finding(text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    match = _POINT.match(text)
    if match:
        out["point"] = int(match.group(1))
        text = text[match.end():]
    # the place ends at the first full-width colon (as exported); an ASCII one only if none
    parts = text.split("：", 1) if "：" in text else text.split(":", 1)
    if len(parts) == 2 and parts[0].strip() and parts[1].strip():
        return {**out, "place": parts[0].strip(), "problem": parts[1].strip()}
    return {**out, "problem": text.strip()}
