"""What every evidence kind shares: the context of an evaluation, its outcome, figures and gaps."""

from __future__ import annotations

import datetime as dt
import functools
import math
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    model_validator,
)

from ..errors import Refusal
from ..messages import Msg, msg
from ..result import Gap, GapDirection, Status  # the contract's; here for the kinds
from ..text import Later, LocalText, Words, rendered
from ..values import Date, format_against, format_number, parse_number

Operator = Literal[">=", "<=", "==", ">", "<"]
OP_TEXT = {">=": "≥", "<=": "≤", "==": "=", ">": ">", "<": "<"}
# Comparisons are made on values rounded to this many decimals, so that 49/50 is exactly 98%.
_PRECISION = 9


def no_repeats(ids: list[str], what: Msg | str | None = None) -> None:
    """Refuse a list of ids of a rule that names one twice (`what`: `msg("kinds.what.measure_ids")`;
    a plain text is not shown: the field the refusal is located at says what the ids are)."""
    repeated = sorted({i for n, i in enumerate(ids) if i in ids[:n]})
    if repeated and isinstance(what, Msg):
        raise Refusal(msg("kinds.repeated_ids", what=what, ids=repeated))
    if repeated:
        raise Refusal(msg("kinds.repeated", ids=repeated))


def joined(items: list[LocalText], sep_code: str = "kinds.sep") -> LocalText:
    """Texts one after the other, separated by `；` in Chinese and `; ` in English (or by the
    separator `sep_code` names)."""
    sep = msg(sep_code)
    return LocalText(zh=sep.text("zh").join(i.zh for i in items),
                     en=sep.text("en").join(i.en for i in items))


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    def changed(self, change: dict[str, Any]) -> dict[str, Any]:
        """This rule's fields with an overlay's `change` applied, ready to be validated again."""
        return {**self.model_dump(exclude_none=True), **change}


class Unit(LocalText):
    """A unit as shown to people (`%`, `dB(A)`, `m²`, `人`)."""

    def spellings(self) -> tuple[str, ...]:
        """The ways a value may carry this unit: its en and zh forms."""
        return _spellings(self.en, self.zh)


@functools.lru_cache(maxsize=1024)
def _spellings(en: str, zh: str) -> tuple[str, ...]:
    # asked for every value a unit is written with, of every city: the same few units
    return tuple(u for u in dict.fromkeys((en, zh)) if u)


@dataclass(frozen=True)
class Examples:
    """A kind's examples, as `nsc-check criteria kinds` prints them: a rule as written in a pack
    (`kind:` and `rule:` of an indicator), and an entry of a department's file that passes and
    one that fails against it. Data, not catalogue text: tests load each through the loaders."""

    rule: str
    passing: str
    failing: str


@dataclass(frozen=True)
class Context:
    """Everything an evaluation may look at besides the rule and the evidence. No I/O, no clock."""

    assessment_date: dt.date
    city: dict[str, Any] = field(default_factory=dict)
    attachments: frozenset[str] = frozenset()  # paths under the evidence folder, '/'-separated


@dataclass(slots=True)
class Shortfall:
    """A gap as a kind finds it: the result's Gap once its words are rendered (assess.build)."""

    amount: float
    unit: str
    direction: GapDirection
    text: Words

    def gap(self) -> Gap:
        return Gap(amount=self.amount, unit=self.unit, direction=self.direction,
                   text=rendered(self.text))


@dataclass
class Outcome:
    """What a kind's evaluate() returns; the assessor adds points, department and location.

    A plain dataclass, not a model: it never crosses a boundary (the IndicatorResult does), and
    one is made for every indicator of every city assessed. Its words are mostly catalogue
    messages, rendered only when the city's result is built (text.Words): a batch drawing its
    league table alone reads the status and never renders them."""

    status: Status
    measured: float | str | None = None
    measured_text: Words | None = None
    required_text: Words | None = None
    figure_note: Words | None = None
    gap: Shortfall | None = None
    limit_multiple: float | None = None  # worst measure divided by its limit (metrics)
    findings: list[Words] = field(default_factory=list)
    messages: list[Words] = field(default_factory=list)
    data_date: dt.date | None = None  # the date the data describes
    # The kind judged how current its evidence is by dates of its own (each document's): an
    # item without a date of its data is then no unknown age
    dates_judged: bool = False


class FigureCase(Strict):
    """One alternative figure, chosen by a property of the city."""

    at_least: float | None = None
    below: float | None = None
    figure: float
    note: LocalText


class FigureBy(Strict):
    property: str
    cases: list[FigureCase] = Field(min_length=1)


class FigureRule(Strict):
    """A rule with an operator and a figure, or figures that depend on the city (`figure_by`)."""

    op: Operator = ">="
    figure: float | None = None
    figure_by: FigureBy | None = None
    unit: Unit = Field(default_factory=lambda: Unit(zh="", en=""))
    whole: bool = Field(False, description=(
        "true when the value counts things (staff, outlets, renewals, rooms), which are whole: "
        "a fraction (5.5 人) is refused"))

    @model_validator(mode="after")
    def _one_figure(self) -> FigureRule:
        if (self.figure is None) == (self.figure_by is None):
            raise Refusal(msg("kinds.one_figure"))
        whole_unit(self.whole, self.counted_unit())
        return self

    def counted_unit(self) -> Unit:
        """The unit of the values a rule with `whole: true` counts in."""
        return self.unit

    def changed(self, change: dict[str, Any]) -> dict[str, Any]:
        """A new `figure` replaces `figure_by`, and the other way round."""
        merged = super().changed(change)
        if "figure" in change:
            merged.pop("figure_by", None)
        elif "figure_by" in change:
            merged.pop("figure", None)
        return merged

    def city_properties(self) -> set[str]:
        """The properties of the city (city.yaml) the figure depends on."""
        return {self.figure_by.property} if self.figure_by is not None else set()

    def applied(self, ctx: Context) -> tuple[float | None, LocalText | None, Msg | None]:
        """The figure that applies to this city and why; (None, None, problem) if undecidable."""
        if self.figure is not None:
            return self.figure, None, None
        assert self.figure_by is not None
        prop = self.figure_by.property
        raw = ctx.city.get(prop)
        if raw is None:
            return None, None, msg("kinds.no_city_property", property=prop)
        value = float(raw)
        for case in self.figure_by.cases:
            if case.at_least is not None and value < case.at_least:
                continue
            if case.below is not None and value >= case.below:
                continue
            return case.figure, case.note, None
        return None, None, msg("kinds.no_case", property=prop, value=str(raw))

    def required_text(self, figure: float) -> LocalText:
        return _required_text(self.op, figure, self.unit)

    def describe(self) -> LocalText:
        """The figure in words: `≥ 98%`, or each case when it depends on the city."""
        if self.figure is not None:
            return self.required_text(self.figure)
        assert self.figure_by is not None
        return joined([c.note for c in self.figure_by.cases])

    def value_text(self, value: float, figure: float | None = None) -> LocalText:
        """The value with its unit; beside the figure it is judged against, with the decimals
        it takes never to read as meeting a figure it misses (format_against)."""
        number = (format_number(value) if figure is None
                  else format_against(value, self.op, figure))
        return unit_text(number, self.unit)

    def parse_value(self, raw: object) -> float:
        value = parse_number(raw, self.unit.spellings())
        if value < 0:  # no figure of the standard is negative: a typing slip, never a good result
            raise Refusal(msg("kinds.negative", value=shown(raw)), msg("kinds.negative_hint"))
        if self.unit.en == "%" and not 0 <= value <= 100:
            raise Refusal(msg("kinds.not_a_percentage", value=shown(raw)))
        if self.whole:
            whole_count(raw, value, self.unit)
        return percent_as_meant(raw, value, self.unit)


def whole_unit(whole: bool, unit: Unit) -> None:
    """A rule that counts things (`whole: true`) names what it counts: a unit, not a percentage."""
    if whole and (unit.en == "%" or not unit.zh or not unit.en):
        raise Refusal(msg("kinds.whole_unit"), msg("kinds.whole_unit_hint"))


def whole_count(raw: object, value: float, unit: Unit, subject: str | None = None) -> None:
    """Refuse a fraction where the rule counts things (`whole: true`): 5.5 人 is no count."""
    if value != int(value):
        raise Refusal(msg("values.count_not_whole", unit=unit, value=shown(raw)),
                      msg("values.hint.count_not_whole", lower=math.floor(value),
                          upper=math.ceil(value)), subject=subject)


def percent_as_meant(raw: object, value: float, unit: Unit | str | None) -> float:
    """A value where a percentage is asked, read as its writer meant it: a bare number above 0
    and at most 1 (`0.961`, `1`) is most likely a fraction (96.1%, 100%), and is refused naming
    that meaning. Written with its % sign it is deliberate (`0.8%`: a density below one percent)
    and kept as written; so is 0, which means the same either way."""
    unit_en = unit.en if isinstance(unit, Unit) else unit
    if unit_en != "%" or not 0 < value <= 1 or _has_percent_sign(raw):
        return value
    written = raw.strip() if isinstance(raw, str) else format_number(value, 6)
    percent = format_number(value * 100, 4)
    raise Refusal(msg("collect.fraction_for_percent", value=written, percent=percent),
                  msg("collect.fraction_hint", value=written, percent=percent))


def form_value(value: float | None, unit: Unit | str | None) -> float | str | None:
    """A value as a form shows it: a percentage of at most 1 keeps its % sign (`0.8%`), so
    that it reads back as written and not as a fraction (see percent_as_meant)."""
    unit_en = unit.en if isinstance(unit, Unit) else unit
    if value is not None and unit_en == "%" and 0 < value <= 1:
        return f"{format_number(value, 6)}%"
    return value


def _has_percent_sign(raw: object) -> bool:
    return isinstance(raw, str) and raw.strip().endswith(("%", "％"))


def shown(value: object) -> str:
    """A value as the user wrote it, for a message (a number without float noise)."""
    if isinstance(value, float):
        return format_number(value, 6)
    return str(value)


def with_unit(value: float, unit: str) -> str:
    """`96.5%`, `71.4 dB(A)`, `3 人`."""
    return _attach(format_number(value), unit)


def _attach(number: str, unit: str) -> str:
    return number + unit if not unit or unit == "%" else f"{number} {unit}"


def unit_text(number: str, unit: Unit) -> LocalText:
    """A formatted number with its unit, in both languages."""
    return LocalText(zh=_attach(number, unit.zh), en=_attach(number, unit.en))


@functools.lru_cache(maxsize=4096)
def _required_text(op: Operator, figure: float, unit: Unit) -> LocalText:
    # The same few figures are required of every city: made once, shared (texts are frozen).
    value = unit_text(format_number(figure), unit)
    return LocalText.from_msg(msg("kinds.required_figure", op=OP_TEXT[op], value=value))


_COMPARE = {">=": operator.ge, "<=": operator.le, "==": operator.eq, ">": operator.gt,
            "<": operator.lt}


def meets(value: float, op: Operator, figure: float) -> bool:
    return _COMPARE[op](round(value, _PRECISION), round(figure, _PRECISION))


def figure_gap(value: float, op: Operator, figure: float, unit: Unit) -> Shortfall | None:
    """The distance from value to figure, worded in the unit; None when the figure is met."""
    if meets(value, op, figure):
        return None
    amount = round(abs(figure - value), _PRECISION)
    direction: GapDirection
    if op == "==":
        direction = "below" if value < figure else "above"
    else:
        direction = "below" if op in (">=", ">") else "above"
    # a gap too small for two decimals is still a gap: show it, never "0"
    number = format_number(amount) if amount >= 0.005 else format_number(amount, 6)
    side = "below" if direction == "below" else "above"
    if unit.en == "%":
        text = msg(f"kinds.gap.{side}_points", amount=number)
    else:  # the amount with its unit, as a figure is written: `1.4 dB(A)`, `3 人`
        text = msg(f"kinds.gap.{side}", amount=unit_text(number, unit))
    return Shortfall(amount=amount, unit=unit.en, direction=direction, text=text)


@dataclass(slots=True)
class Checking:
    """The context evidence is validated in (pydantic's `context=`): the indicator's rule, since
    units and document names depend on it, and, when a whole evidence folder is loaded, the
    assessment date (evidence describes the past) and the folder's attachment lookup, which
    records a file it finds and refuses a symbolic link (see evidence.Attachments).

    One is made for every entry of every city, so it is a plain slotted class (a frozen one
    costs a call per field to make); nothing changes it once made."""

    rule: Any
    on: dt.date | None = None
    attach: Callable[[str], None] | None = None
    # the line of a key inside the entry (`(2025,)`, `("values", 2025)`), when read from a file
    key_line: Callable[[tuple[Any, ...]], int | None] | None = None
    # the date the entry's figures are as of (its `as_of:`, else its file's), when it has one
    as_of: dt.date | None = None


def rule_of(info: ValidationInfo) -> Any:
    """The indicator's rule, when evidence is validated against one."""
    return getattr(info.context, "rule", None)


PAST_HINT = msg("kinds.hint.past")


def too_late(when: dt.date | int | str, on: dt.date) -> Refusal:
    """The refusal of evidence about a time after the assessment date: a date, or a year (an
    int). TRANSITIONAL: a text `date 2026-03-01` is read as the date it names."""
    if isinstance(when, int):
        return Refusal(msg("kinds.year_after_assessment", year=when, on=str(on)), PAST_HINT)
    if isinstance(when, str):
        when = when.removeprefix("date ")
    return Refusal(msg("kinds.date_after_assessment", date=str(when), on=str(on)), PAST_HINT)


def key_line_of(info: ValidationInfo, *paths: tuple[Any, ...]) -> int | None:
    """The line of the first of `paths` (inside the entry) the file has, when it is known."""
    find = getattr(info.context, "key_line", None)
    if find is None:
        return None
    for path in paths:
        line = find(path)
        if line is not None:
            return line
    return None


def assessment_date_of(info: ValidationInfo) -> dt.date | None:
    """The assessment date, when a whole evidence folder is validated."""
    return getattr(info.context, "on", None)


def _not_after_assessment(value: dt.date, info: ValidationInfo) -> dt.date:
    on = assessment_date_of(info)
    if on is not None and value > on:
        raise too_late(value, on)
    return value


# A date inside evidence (an inspection, an incident, a document's issue): never after the
# assessment date.
PastDate = Annotated[Date, AfterValidator(_not_after_assessment)]


class ScalarShorthand(Strict):
    """Evidence whose short form is one value: `S03.02: 96.1%` means `{SHORTHAND: 96.1%}`."""

    SHORTHAND: ClassVar[str]

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return data if isinstance(data, dict) else {cls.SHORTHAND: data}


class MappingShorthand(Strict):
    """Evidence whose short form is its one mapping: `S04.01: {2025: 301}` means
    `{SHORTHAND: {2025: 301}}`."""

    SHORTHAND: ClassVar[str]

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return {cls.SHORTHAND: data} if isinstance(data, dict) and cls.SHORTHAND not in data \
            else data


def judge_figure(rule: FigureRule, value: float, ctx: Context, **extra: Any) -> Outcome:
    """Compare a value with the rule's applicable figure (shared by threshold, ratio, series)."""
    figure, note, problem = rule.applied(ctx)
    measured_text = extra.pop("measured_text", None) or Later(rule.value_text, (value, figure))
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
