"""Reading values the way people write them.

`96.5%`, `96.5`, full-width `９６．５％`, `71.4 dB(A)`, `是/否`, `2025-12-31`, `2025年12月31日`.
Each parser returns the value or raises `Refusal` (a ValueError) with a coded message and, where
it helps, a hint; pydantic turns that into an error located at the field, which names the field:
the message says what is wrong with the value, not which value it is.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
import unicodedata
from decimal import Decimal
from typing import Annotated

from pydantic import BeforeValidator

from .errors import Refusal
from .messages import Msg, msg
from .numbers import EXACT_DECIMALS, format_against, format_number  # noqa: F401 (shown numbers)

# A number (thousands may be grouped with commas: 1,268), an exponent if it has one (to refuse:
# `1e2` is no way a person writes 100) and what follows it (its unit).
_NUMBER = re.compile(r"^([+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+))(e[+-]?\d+)?"
                     r"\s*(.*)$", re.IGNORECASE)
_CN_DATE = re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日?$")
_DOT_DATE = re.compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")
# Dates outside these years are typing mistakes in evidence about a city's sanitation work.
FIRST_YEAR, LAST_YEAR = 1900, 2100
_TRUE = {"是", "有", "yes", "true", "y", "达标"}
_FALSE = {"否", "无", "no", "false", "n"}


def normalize_text(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms; trim spaces."""
    return unicodedata.normalize("NFKC", text).strip()


@functools.lru_cache(maxsize=1024)
def normalize_unit(unit: str) -> str:
    # A pure function of a string, asked of the same few units for every value of every city
    return normalize_text(unit).replace(" ", "").lower()


# What a text read as a number or a date was read as, by the text (and the units allowed): the
# same few texts (`100%`, `2025-12-31`) come back in every city of a batch. Only what was read is
# kept (a refusal is worded again each time, with its own `what`); when full, emptied.
_CACHE_SIZE = 16_384
_NUMBERS: dict[tuple[str, object], float] = {}
_DATES: dict[str, dt.date] = {}


def parse_number(value: object, unit: str | tuple[str, ...] | None = None,
                 what: Msg | str | None = None) -> float:
    """A finite number, optionally followed by a unit, which must then be the rule's unit.

    `unit` may name the unit in several spellings (its en and zh forms: `staff`, `人`). `what`
    names the value only where the field the problem is located at does not: a key inside the
    value validated (a year of a series, a measure) as the file writes it, or a Msg.
    """
    if (type(value) is int or type(value) is float) and -LARGEST <= value <= LARGEST:
        return float(value)  # as `_read_number` reads it: a plain number within bounds
    if type(value) is str and (unit is None or type(unit) is str or type(unit) is tuple):
        key = (value, unit)
        number = _NUMBERS.get(key)
        if number is None:
            number = _read_number(value, unit, what)
            if len(_NUMBERS) >= _CACHE_SIZE:
                _NUMBERS.clear()
            _NUMBERS[key] = number
        return number
    return _read_number(value, unit, what)


def _read_number(value: object, unit: str | tuple[str, ...] | None,
                 what: Msg | str | None) -> float:
    if isinstance(value, bool):
        raise _refuse(msg("values.number_not_bool", value=_shown(value)), what)
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:
            raise _refuse(msg("values.too_large", value=f"{str(value)[:12]}…"), what) from None
    elif isinstance(value, str):
        match = _NUMBER.match(normalize_text(value))
        if not match:
            raise _refuse(msg("values.not_a_number", value=value), what)
        if match.group(2):  # `1e2`, `1.5E+3 人`: written by a person, never meant as 100
            plain = _written_out(match)
            raise _refuse(msg("values.exponent", value=value), what,
                          msg("values.hint.exponent", plain=plain) if plain
                          else msg("values.hint.exponent_any"))
        number = float(match.group(1).replace(",", ""))
        suffix = match.group(3).strip()
        units = [unit] if isinstance(unit, str) else [u for u in (unit or ()) if u]
        if suffix and normalize_unit(suffix) not in {normalize_unit(u) for u in units}:
            comma = _DECIMAL_COMMA.match(normalize_text(value))
            if comma:  # `71,4`: a decimal comma, as written in much of Europe and by some Excels
                raise _refuse(msg("values.decimal_comma", value=value,
                                  meant=f"{comma[1]}.{comma[2]}{comma[3] or ''}"), what)
            if suffix[0].isdigit() or suffix[0] in ",.-/:_xX" or _OTHER_BASE.match(
                    normalize_text(value).strip()):  # `71_4`, `0x47`, `0o17`, a date
                raise _refuse(msg("values.number_as_written", value=value), what,
                              msg("values.hint.decimal"))
            if not units:
                raise _refuse(msg("values.no_unit_expected", value=value), what)
            raise _refuse(msg("values.wrong_unit", value=value, unit=_Unit(units)), what)
    else:
        raise _refuse(msg("values.number_expected", kind=_kind(value)), what)
    if not math.isfinite(number):
        raise _refuse(msg("values.not_finite", value=_shown(value)), what)
    if abs(number) > LARGEST:
        raise _refuse(msg("values.too_large", value=_shown(value)), what)
    return number


# No figure of a city comes near this (a population, an area in m², days, counts); beyond it a
# value is a typing error, and ratios of such values would overflow.
LARGEST = 1e12

# `0o17`, `0b101`: a number in another base, as YAML and Python write it (never a unit).
_OTHER_BASE = re.compile(r"^[+-]?0[oObB][0-9a-fA-F]+$")

# `71,4` or `0,5`: not a group of thousands (1,268), a decimal comma.
_DECIMAL_COMMA = re.compile(r"^([+-]?\d+),(\d{1,2})(\s*[^\d,.].*)?$")


def _written_out(match: re.Match[str]) -> str | None:
    """The number an exponent spelling stands for, written out (`1e2` → 100), for the hint;
    None when no figure of a city would be that number (`1e300`)."""
    number = float(match.group(1).replace(",", "") + match.group(2))
    if not math.isfinite(number) or abs(number) > LARGEST or (number and abs(number) < 1e-9):
        return None
    return format_number(number, EXACT_DECIMALS)


def plain_text(value: float) -> str:
    """A float spelled out in digits, exactly as it is, without an exponent: 1e-05 → 0.00001,
    1e+20 → 100000000000000000000.0; what a program writes for a person (a YAML file written
    from a form) is read back as written (an exponent is refused as a person's spelling)."""
    text = repr(float(value))
    if "e" not in text and "E" not in text:
        return text
    written = format(Decimal(text), "f")
    return written if "." in written else written + ".0"


class _Unit:
    """A unit as an argument of a message: its en spelling in English, its zh one in Chinese."""

    def __init__(self, spellings: list[str]) -> None:
        self.en, self.zh = spellings[0], spellings[-1]

    def get(self, lang: str) -> str:
        return self.zh if lang == "zh" else self.en


def _kind(value: object) -> Msg:
    if value is None:
        return msg("values.kind.empty")
    name = {dict: "mapping", list: "list", str: "text", int: "number", float: "number"}
    return msg(f"values.kind.{name.get(type(value), 'other')}")


def _shown(value: object) -> str:
    """A value as the user wrote it (near enough): true/false, 71.4, the text itself."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if not math.isfinite(value) else format_number(value, 6)
    if isinstance(value, str):
        return value if len(value) <= 60 else value[:57] + "…"
    return str(value)


def _refuse(problem: Msg, what: Msg | str | None, hint: Msg | None = None) -> Refusal:
    """A key (`rooms`, `2025`, `numerator`) becomes the refusal's subject, which the loader adds
    to the field unless the field already ends with it; a wording of the value is said first."""
    if isinstance(what, str) and what and not any(ch.isspace() for ch in what):
        return Refusal(problem, hint, subject=what)
    if what is not None:
        problem = msg("values.about", what=what, problem=problem)
    return Refusal(problem, hint)


def parse_count(value: object, what: Msg | str | None = None) -> int:
    """A whole number of things, never negative."""
    number = parse_number(value, None, what)
    if number != int(number):
        raise _refuse(msg("values.not_whole", value=_shown(value)), what)
    if number < 0:
        raise _refuse(msg("values.negative", value=_shown(value)), what)
    return int(number)


def parse_quantity(value: object, what: Msg | str | None = None) -> float:
    """A quantity that takes decimals (an area, a length), never negative."""
    number = parse_number(value, None, what)
    if number < 0:
        raise _refuse(msg("values.negative", value=_shown(value)), what)
    return number


def parse_bool(value: object, what: Msg | str | None = None) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = normalize_text(value).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise _refuse(msg("values.not_yes_no", value=_shown(value)), what)


def parse_date(value: object, what: Msg | str | None = None) -> dt.date:
    """`2025-12-31`, `2025/12/31`, `2025.12.31` or `2025年12月31日`; impossible dates refused."""
    if type(value) is str:
        date = _DATES.get(value)
        if date is None:
            date = _read_date(value, what)
            if len(_DATES) >= _CACHE_SIZE:
                _DATES.clear()
            _DATES[value] = date
        return date
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise _refuse(msg("values.date_expected", kind=_kind(value)), what)
    return _read_date(value, what)


def _read_date(value: str, what: Msg | str | None) -> dt.date:
    text = normalize_text(value)
    match = _CN_DATE.match(text) or _DOT_DATE.match(text) or _ISO_DATE.match(text)
    try:
        if match:
            year, month, day = (int(g) for g in match.groups())
            date = dt.date(year, month, day)
        elif len(text) > 10:  # a timestamp: 2025-12-31T08:00 or 2025-12-31 08:00:00
            date = dt.datetime.fromisoformat(text).date()
        else:
            date = dt.date.fromisoformat(text)
    except ValueError:
        raise _refuse(_bad_date(value, match), what) from None
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise _refuse(msg("values.implausible_date", value=value, first=FIRST_YEAR,
                          last=LAST_YEAR), what)
    return date


_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _bad_date(value: str, match: re.Match[str] | None) -> Msg:
    """Why a date that looks like one is not: no 13th month, no 30 February."""
    if match:
        year, month, day = (int(g) for g in match.groups())
        if not 1 <= month <= 12:
            return msg("values.no_such_month", value=value)
        if FIRST_YEAR <= year <= LAST_YEAR and day > 28:
            days = calendar.monthrange(year, month)[1]
            if day > days:
                return msg("values.no_such_day", value=value, year=year, month=month, days=days)
    return msg("values.bad_date", value=value)


# A date field of a model, read the way people write dates (see parse_date).
Date = Annotated[dt.date, BeforeValidator(parse_date)]
