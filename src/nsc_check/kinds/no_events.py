"""no_events: a list of incidents; passes when none falls inside the rule's window.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.no_events`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from ..errors import Refusal
from ..messages import msg
from ..text import LocalText, Words
from .base import Context, Examples, Outcome, PastDate, Shortfall, Strict
from .filling import Cells, FormRow, Guide, chinese, split_items

NAME = "no_events"
SHORTHAND = "incidents"
FORM_FIELDS: dict[str, str] = {}
# What is written meaning "no incident": the same as an empty list
NONE_WORDS = ("无", "没有", "未发生", "none", "None", "0")


EXAMPLES = Examples(
    rule="""\
kind: no_events
rule: {window_years: 2}
""",
    passing="""\
B08:
  incidents: []
  as_of: 2025-11-30
""",
    failing="""\
B08:
  incidents:
    - {date: 2025-06-14, description: 某小学食堂集体食物中毒 43 人}
""",
)


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
        if data is None or (isinstance(data, str) and data.strip() in NONE_WORDS):
            return {SHORTHAND: []}
        return data

    @field_validator("incidents", mode="before")
    @classmethod
    def _written(cls, data: Any) -> Any:
        # an incident is a date and what happened: a text alone (`去年发生过一次`) is neither
        for item in data if isinstance(data, list) else ():
            if isinstance(item, (str, dt.date)):
                raise Refusal(msg("kinds.no_events.not_an_incident", text=str(item)),
                              msg("kinds.no_events.incident_hint"))
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
        return LocalText.from_msg(msg("kinds.no_events.in_year"))
    return LocalText.from_msg(msg("kinds.no_events.in_years", years=rule.window_years))


def describe(rule: Rule) -> LocalText:
    return _window_text(rule)


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    start, end = window_start(rule, ctx.assessment_date), ctx.assessment_date
    future = [i for i in evidence.incidents if i.date > end]
    if future:
        return Outcome(status="invalid", messages=[msg(
            "kinds.no_events.future", date=str(future[0].date), on=str(end))])
    inside = [i for i in evidence.incidents if i.date >= start]
    findings: list[Words] = [
        msg("kinds.no_events.incident_at", date=str(i.date), description=i.description,
            place=i.place) if i.place else
        msg("kinds.no_events.incident", date=str(i.date), description=i.description)
        for i in inside]
    messages: list[Words] = []
    outside = len(evidence.incidents) - len(inside)
    if outside:
        messages.append(msg("kinds.no_events.outside", count=outside))
    gap = None
    if inside:
        gap = Shortfall(amount=len(inside), unit="events", direction="count",
                        text=msg("kinds.no_events.gap", count=len(inside)))
    return Outcome(
        status="fail" if inside else "pass",
        measured=len(inside),
        measured_text=msg("kinds.no_events.measured", count=len(inside)),
        required_text=_window_text(rule),
        gap=gap,
        findings=findings,
        messages=messages,
    )


def guide(rule: Rule, year: int) -> Guide:
    return Guide(chinese("kinds.guide.no_events_unit"), describe(rule).zh,
                 chinese("kinds.guide.no_events_example", year=year))


def placeholder(rule: Rule, year: int) -> Any:
    # null, not []: an empty list is a claim ("none"), not a value still to fill in
    return {"incidents": None}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    text = None
    if data is not None:
        text = "；".join(f"{i.date}：{i.description}" for i in data.incidents) or "无"
    return [FormRow("", title, chinese("kinds.form.no_events_unit"),
                    guide(rule, years[-1]).required, {"value": text})]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    text = cells.get("", {}).get("value")
    if text is None:
        return None
    if str(text).strip() in NONE_WORDS:
        return []
    return [_incident(part) for part in split_items(text)]


_PAIR = re.compile(r"[：:]")


def _incident(text: str) -> dict[str, str] | str:
    # the date is ISO (2025-06-14) or Chinese (2025年6月14日): split at the first full-width
    # or ASCII colon after it; a text without one is left as it is, for the model to refuse
    parts = _PAIR.split(text, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip() or not parts[1].strip():
        return text
    return {"date": parts[0].strip(), "description": parts[1].strip()}
