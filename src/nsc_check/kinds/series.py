"""series: one value per year; the latest `years` years reported must each meet the figure.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.series`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from typing import Any

from pydantic import Field, ValidationInfo, field_validator

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

    @field_validator("values", mode="before")
    @classmethod
    def _years(cls, data: object, info: ValidationInfo) -> dict[int, float]:
        if not isinstance(data, dict):
            raise Refusal(msg("kinds.series.not_a_mapping"))
        rule: Rule | None = rule_of(info)
        on = assessment_date_of(info)
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
    else the year before, the last one that is over. A series may go further (a year not over,
    counted so far), never stop short."""
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


def _share(rule: Rule, year: int, value: float, on: dt.date) -> float:
    if not rule.days_to_share:
        return value
    return value / days_counted(year, on) * 100


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    latest = max(evidence.values)
    wanted = [latest - i for i in range(rule.years)]
    on = ctx.assessment_date
    year_end = dt.date(latest, 12, 31)
    data_date = on if latest == on.year and on < year_end else year_end
    due = due_year(on)
    if latest < due:  # judged on an older year, the series would hide the latest state
        return Outcome(status="stale", data_date=data_date, messages=[msg(
            "collect.due_year_missing", year=due, date=str(on), latest=latest)])
    absent = [y for y in wanted if y not in evidence.values]
    if absent:
        return Outcome(status="missing", data_date=data_date, messages=[msg(
            "kinds.missing_years", years=sorted(absent), count=rule.years)])
    shares = {y: _share(rule, y, evidence.values[y], on) for y in wanted}
    worst = (min(shares, key=shares.__getitem__) if rule.op in (">=", ">")
             else max(shares, key=shares.__getitem__))
    measured_text = Later(_measured, (rule, evidence.values[worst], worst, shares[worst]))
    messages: list[Words] = []
    if rule.days_to_share and on.year in wanted and on < dt.date(on.year, 12, 31):
        days = days_counted(on.year, on)
        messages.append(msg("kinds.year_not_over", year=on.year, on=str(on), days=days))
    return judge_figure(rule, shares[worst], ctx, measured_text=measured_text,
                        data_date=data_date, messages=messages)


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
