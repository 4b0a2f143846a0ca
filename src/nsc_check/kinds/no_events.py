"""no_events: a list of incidents; passes when none falls inside the rule's window.

The window is the `window_years` years before the assessment date, or with `window: year` the
calendar year of the assessment. Each incident has a date and a description; an empty list is a
claim too ("none"), dated by the entry's `as_of`. Incidents outside the window are listed but do
not count; an incident dated after the assessment date is an error.

Rule (in the pack):

    kind: no_events
    rule: {window_years: 2}

Passing evidence:

    B08:
      incidents: []
      as_of: 2025-11-30

Failing evidence:

    B08:
      incidents:
        - {date: 2025-06-14, description: 某小学食堂集体食物中毒 43 人}
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import Field, model_validator

from ..text import LocalText
from .base import Context, Gap, Outcome, PastDate, Strict
from .filling import Cells, FormRow, Guide, split_items

NAME = "no_events"
SHORTHAND = "incidents"
FORM_FIELDS: dict[str, str] = {}


class Rule(Strict):
    window: Literal["years", "year"] = "years"
    window_years: int = Field(default=2, ge=1, le=10)


class Incident(Strict):
    date: PastDate
    description: str = Field(min_length=1)
    place: str | None = None



class Evidence(Strict):
    incidents: list[Incident]

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        if isinstance(data, list):
            return {SHORTHAND: data}
        if data in ("无", "none", "None", None):
            return {SHORTHAND: []}
        return data


def window_start(rule: Rule, on: dt.date) -> dt.date:
    if rule.window == "year":
        return dt.date(on.year, 1, 1)
    try:
        return on.replace(year=on.year - rule.window_years) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        return dt.date(on.year - rule.window_years, 3, 1)


def _window_text(rule: Rule) -> LocalText:
    if rule.window == "year":
        return LocalText.of("评估年度内无", "none in the assessment year")
    return LocalText.of(f"近 {rule.window_years} 年内无", f"none in the last {rule.window_years} years")


def describe(rule: Rule) -> LocalText:
    return _window_text(rule)


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    start, end = window_start(rule, ctx.assessment_date), ctx.assessment_date
    future = [i for i in evidence.incidents if i.date > end]
    if future:
        return Outcome(status="invalid", messages=[LocalText.of(
            f"事件日期 {future[0].date} 晚于评估日期 {end}",
            f"incident dated {future[0].date}, after the assessment date {end}")])
    inside = [i for i in evidence.incidents if i.date >= start]
    findings = [LocalText.of(f"{i.date}：{i.description}" + (f"（{i.place}）" if i.place else ""),
                             f"{i.date}: {i.description}" + (f" ({i.place})" if i.place else ""))
                for i in inside]
    messages = []
    outside = len(evidence.incidents) - len(inside)
    if outside:
        messages.append(LocalText.of(f"另有 {outside} 起事件在评估时段之外，不计入",
                                     f"{outside} more incident(s) fall outside the window"))
    gap = None
    if inside:
        gap = Gap(amount=len(inside), unit="events", direction="count", text=LocalText.of(
            f"时段内发生 {len(inside)} 起", f"{len(inside)} incident(s) in the window"))
    return Outcome(
        status="fail" if inside else "pass",
        measured=len(inside),
        measured_text=LocalText.of(f"{len(inside)} 起", f"{len(inside)} incident(s)"),
        required_text=_window_text(rule),
        gap=gap,
        findings=findings,
        messages=messages,
    )


def guide(rule: Rule, year: int) -> Guide:
    return Guide("事件清单（日期、描述）", describe(rule).zh,
                 f"{{incidents: []}}（无事件）或 {{incidents: [{{date: {year}-06-14, "
                 "description: 事件经过}]}")


def placeholder(rule: Rule, year: int) -> Any:
    # null, not []: an empty list is a claim ("none"), not a value still to fill in
    return {"incidents": None}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    text = None
    if data is not None:
        text = "；".join(f"{i.date}：{i.description}" for i in data.incidents) or "无"
    return [FormRow("", title, "F 列填“无”，或逐起写“日期：经过”，以“；”分隔",
                    guide(rule, years[-1]).required, {"value": text})]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    text = cells.get("", {}).get("value")
    if text is None:
        return None
    if str(text).strip() in ("无", "none", "0"):
        return []
    return [_incident(part) for part in split_items(text)]


_PAIR = re.compile(r"[：:]")


def _incident(text: str) -> dict[str, str]:
    # the date is ISO (2025-06-14) or Chinese (2025年6月14日): split at the first full-width
    # or ASCII colon after it
    parts = _PAIR.split(text, maxsplit=1)
    return {"date": parts[0].strip(), "description": parts[1].strip() if len(parts) == 2 else ""}
