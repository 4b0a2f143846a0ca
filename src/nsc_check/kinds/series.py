"""series: one value per year; the latest `years` years reported must each meet the figure.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.series`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from typing import Any

from pydantic import Field, PrivateAttr, ValidationInfo, field_validator, model_validator

from ..errors import Refusal
from ..messages import Msg, msg
from ..text import Later, LocalText, Words
from ..values import format_number, parse_number
from .base import (
    Context,
    Examples,
    FigureRule,
    MappingShorthand,
    Outcome,
    Unit,
    assessment_date_of,
    form_value,
    judge_figure,
    key_line_of,
    percent_as_meant,
    rule_of,
    shown,
    too_late,
    unit_text,
    whole_count,
)
from .filling import Cells, FormRow, Guide, chinese, example_figure, year_range

NAME = "series"
SHORTHAND = "values"
FORM_FIELDS: dict[str, str] = {}


EXAMPLES = Examples(
    rule="""\
kind: series
rule: {op: ">=", figure: 70, unit: "%", years: 1, days_to_share: true,
       value_unit: {zh: 天, en: days}}
""",
    passing="""\
S04.01:
  2024: 296
  2025: 301
""",
    failing="""\
S04.01: {2025: 250}
""",
)


class Rule(FigureRule):
    years: int = Field(default=1, ge=1, le=10, description="how many latest years must meet it")
    days_to_share: bool = False
    value_unit: Unit | None = Field(default=None, description="unit of the yearly values")

    def counted_unit(self) -> Unit:
        return self.value_unit or self.unit


class Evidence(MappingShorthand):
    SHORTHAND = SHORTHAND
    values: dict[int, float] = Field(min_length=1)
    # the date the figures are as of (the entry's `as_of:`, else its file's): a year's value
    # counts its days up to then, and a year it does not reach the end of is not complete
    _as_of: dt.date | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _dated(self, info: ValidationInfo) -> Evidence:
        self._as_of = getattr(info.context, "as_of", None)
        return self

    @field_validator("values", mode="before")
    @classmethod
    def _years(cls, data: object, info: ValidationInfo) -> dict[int, float]:
        if not isinstance(data, dict):
            raise Refusal(msg("kinds.series.not_a_mapping"))
        rule: Rule | None = rule_of(info)
        on = assessment_date_of(info)
        as_of: dt.date | None = getattr(info.context, "as_of", None)
        counted_to = min(d for d in (on, as_of, dt.date.max) if d is not None)
        unit: tuple[str, ...] = ()
        if rule is not None:
            unit = (rule.value_unit or rule.unit).spellings()
        out: dict[int, float] = {}
        keys: dict[int, Any] = {}
        for key, raw in data.items():
            year_text = str(key).removesuffix("年").strip()
            if not year_text.isdigit() or not 1949 <= int(year_text) <= 2100:
                raise Refusal(msg("kinds.series.not_a_year", key=str(key)))
            year = int(year_text)
            if year in keys:  # `2025` and `2025年`: one would silently replace the other
                raise Refusal(msg("collect.year_twice", first=str(keys[year]),
                                  first_line=_at_line(info, keys[year]), second=str(key),
                                  second_line=_at_line(info, key)),
                              msg("collect.year_twice_hint"))
            keys[year] = key
            if on is not None and year > on.year:
                raise too_late(year, on)
            if as_of is not None and year > as_of.year:  # a year not begun by the data's date
                raise Refusal(msg("kinds.series.year_after_as_of", year=str(key),
                                  as_of=str(as_of)), msg("kinds.series.as_of_hint"),
                              subject=str(key))
            value = parse_number(raw, unit, str(key))
            if rule is not None:
                value = percent_as_meant(raw, value, rule.value_unit or rule.unit)
            if value < 0:  # no figure of the standard is negative
                raise Refusal(msg("kinds.series.negative", year=str(key),
                                  value=format_number(value)), msg("kinds.negative_hint"),
                              subject=str(key))
            if rule is not None and not rule.days_to_share and rule.counted_unit().en == "%" \
                    and value > 100:  # a share of a year's whole
                raise Refusal(msg("kinds.not_a_percentage", value=shown(raw)), subject=str(key))
            if rule is not None and rule.whole and not rule.days_to_share and value != int(value):
                whole_count(raw, value, rule.counted_unit(), str(key))
            if rule is not None and rule.days_to_share and value != int(value):
                raise Refusal(msg("kinds.series.days_not_whole", year=str(key),
                                  value=format_number(value)), msg("kinds.series.days_hint"),
                              subject=str(key))
            if rule is not None and rule.days_to_share:
                days = days_counted(year, on)
                if as_of is not None and counted_to == as_of and as_of.year == year \
                        and value > days_counted(year, as_of):  # more days than had passed
                    raise Refusal(msg("kinds.series.too_many_days_as_of", year=str(key),
                                      days=days_counted(year, as_of), as_of=str(as_of),
                                      value=format_number(value)),
                                  msg("kinds.series.as_of_hint"), subject=str(key))
                if not 0 <= value <= days:
                    so_far = on is not None and year == on.year
                    raise Refusal(msg("kinds.series.too_many_days_so_far" if so_far
                                      else "kinds.series.too_many_days", year=str(key),
                                      days=days, on=str(on), value=format_number(value)),
                                  subject=str(key))
            out[year] = value
        return out


def _at_line(info: ValidationInfo, key: Any) -> Msg | str:
    line = key_line_of(info, (key,), ("values", key))
    return msg("collect.at_line", line=line) if line is not None else ""


def due_year(on: dt.date) -> int:
    """The latest year a series must reach on the assessment date: the year of the assessment
    date when it is the year's last day (the whole year can be counted, as `days_counted` does),
    else the year before, the last one that is over. The rule's years are judged from it back;
    a series may go further (a year not over, shown beside them, never judged), never stop
    short."""
    return on.year if (on.month, on.day) == (12, 31) else on.year - 1


def describe(rule: Rule) -> LocalText:
    code = "kinds.series.describe_share" if rule.days_to_share else "kinds.series.describe"
    return LocalText.from_msg(msg(code, years=rule.years, figure=rule.describe()))


def days_counted(year: int, on: dt.date | None) -> int:
    """The days of a year that can have been counted by the assessment date: all of them, or
    those up to and including the assessment date in the year it falls in."""
    if on is not None and on.year == year:
        return on.timetuple().tm_yday
    return 366 if calendar.isleap(year) else 365


def _share(rule: Rule, year: int, value: float, on: dt.date | None) -> float:
    if not rule.days_to_share:
        return value
    return value / days_counted(year, on) * 100


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    """The rule's years judged from the due year back, each a year over by the assessment
    date; a year not over (the assessment year before 31 December) is shown beside them, never
    judged in their place: a few days of a new year say nothing of the year before."""
    on, as_of = ctx.assessment_date, evidence._as_of
    latest = max(evidence.values)
    due = due_year(on)
    if latest < due:  # judged on an older year, the series would hide the latest state
        return Outcome(status="stale", data_date=_dated(latest, as_of), messages=[msg(
            "collect.due_year_missing", year=due, date=str(on), latest=latest)])
    wanted = [due - i for i in range(rule.years)]
    data_date = _dated(due, as_of)
    absent = [y for y in wanted if y not in evidence.values]
    if absent:
        return Outcome(status="missing", data_date=data_date, messages=[msg(
            "kinds.missing_years", years=sorted(absent), count=rule.years)])
    shares = {y: _share(rule, y, evidence.values[y], None) for y in wanted}
    worst = (min(shares, key=shares.__getitem__) if rule.op in (">=", ">")
             else max(shares, key=shares.__getitem__))
    measured_text = Later(_measured, (rule, evidence.values[worst], worst, shares[worst]))
    messages: list[Words] = [_in_progress(rule, y, evidence.values[y], on, as_of, due)
                             for y in sorted(evidence.values) if y > due]
    outcome = judge_figure(rule, shares[worst], ctx, measured_text=measured_text,
                           data_date=data_date, messages=messages)
    short = [y for y in wanted if _dated(y, as_of) < dt.date(y, 12, 31)]
    # a count of days that stops before the year's end can only grow: one already meeting the
    # figure as a share of the whole year is a pass whatever the rest of the year brings;
    # anything else is not yet known, and the year's whole count is asked for
    certain = rule.days_to_share and rule.op in (">=", ">") and outcome.status == "pass"
    if short and not certain and outcome.status in ("pass", "fail") and as_of is not None:
        outcome.status, outcome.gap = "stale", None
        outcome.messages.insert(0, msg("kinds.series.year_not_counted", year=short[0],
                                       as_of=str(as_of)))
    return outcome


def _dated(year: int, as_of: dt.date | None) -> dt.date:
    """The date a year's value is as of: the year's end, or the data's date if before it."""
    year_end = dt.date(year, 12, 31)
    return as_of if as_of is not None and as_of < year_end else year_end


def _in_progress(rule: Rule, year: int, value: float, on: dt.date, as_of: dt.date | None,
                 due: int) -> Msg:
    """A year not over by the assessment date: what it holds so far, for information."""
    counted_to = min(on, as_of) if as_of is not None else on
    if rule.days_to_share:
        days = days_counted(year, counted_to)
        return msg("kinds.series.year_in_progress_share", year=year, on=str(counted_to),
                   days=days, value=format_number(value),
                   percent=format_number(value / days * 100), due=due)
    shown = unit_text(format_number(value), rule.value_unit or rule.unit)
    return msg("kinds.series.year_in_progress", year=year, on=str(counted_to), value=shown,
               due=due)


def _measured(rule: Rule, value: float, year: int, share: float) -> Msg:
    """The worst year's value as reported, with its share of the year's days when judged so."""
    value_unit = rule.value_unit or rule.unit
    if rule.days_to_share:
        return msg("kinds.series.measured_share", year=year, value=format_number(value),
                   unit=value_unit, percent=format_number(share))
    return msg("kinds.series.measured", year=year, value=unit_text(format_number(value),
                                                                  value_unit))


def guide(rule: Rule, year: int) -> Guide:
    unit = (rule.value_unit or rule.unit).zh
    shown = example_figure(rule)
    if rule.days_to_share:
        shown = math.ceil(shown / 100 * 365)
    values = ", ".join(f"{y}: {format_number(shown)}" for y in year_range(year, rule.years))
    return Guide(chinese("kinds.guide.series_unit", unit=unit or chinese("kinds.guide.no_unit")),
                 describe(rule).zh, f"{{{values}}}")


def placeholder(rule: Rule, year: int) -> Any:
    return dict.fromkeys(year_range(year, rule.years))


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    given = data.values if data else {}
    unit = (rule.value_unit or rule.unit).zh
    required = guide(rule, years[-1]).required
    shown = rule.value_unit or rule.unit
    return [FormRow(str(y), chinese("kinds.form.year_label", title=title, year=y), unit, required,
                    {"value": form_value(given.get(y), shown)},
                    {"value": "whole" if rule.days_to_share else "decimal"})
            for y in sorted(set(years) | set(given))]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    given = {}
    for key, row in cells.items():
        if not key.isdigit():
            raise Refusal(msg("kinds.series.not_a_year_row", key=key))
        if row.get("value") is not None:
            given[int(key)] = row["value"]
    return given or None
