"""Reading values the way people write them.

`96.5%`, `96.5`, full-width `９６．５％`, `71.4 dB(A)`, `是/否`, `2025-12-31`, `2025年12月31日`.
Each parser returns the value or raises ValueError with a message fit for the user; pydantic turns
that into an error located at the field.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Annotated

from pydantic import BeforeValidator

# A number (thousands may be grouped with commas: 1,268) and what follows it (its unit).
_NUMBER = re.compile(r"^([+-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)"
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


def normalize_unit(unit: str) -> str:
    return normalize_text(unit).replace(" ", "").lower()


def parse_number(value: object, unit: str | tuple[str, ...] | None = None,
                 what: str = "value") -> float:
    """A finite number, optionally followed by a unit, which must then be the rule's unit.

    `unit` may name the unit in several spellings (its zh and en forms: `人`, `staff`).
    """
    if isinstance(value, bool):
        raise ValueError(f"{what} must be a number, not {'true' if value else 'false'}")
    if isinstance(value, (int, float)):
        try:
            number = float(value)
        except OverflowError:
            raise ValueError(f"{what} {str(value)[:12]}… is far too large to be a figure") from None
    elif isinstance(value, str):
        match = _NUMBER.match(normalize_text(value))
        if not match:
            raise ValueError(f"{what} {value!r} is not a number")
        number = float(match.group(1).replace(",", ""))
        suffix = match.group(2).strip()
        units = [unit] if isinstance(unit, str) else [u for u in (unit or ()) if u]
        if suffix and normalize_unit(suffix) not in {normalize_unit(u) for u in units}:
            if suffix[0].isdigit() or suffix[0] in ",.-/:_xX":  # `71,4`, `71_4`, `0x47`, a date
                raise ValueError(f"{what} {value!r} is not a number as written: write it like "
                                 "71.4, with a decimal point and no other marks")
            wanted = f"in {' or '.join(dict.fromkeys(units))}" if units else "without a unit"
            raise ValueError(f"{what} {value!r} has the wrong unit: expected a figure {wanted}")
    else:
        shown = "empty" if value is None else f"a {_KIND_OF.get(type(value), 'value of another kind')}"
        raise ValueError(f"{what} must be a number, not {shown}")
    if not math.isfinite(number):
        raise ValueError(f"{what} must be a finite number, not {value!r}")
    if abs(number) > LARGEST:
        raise ValueError(f"{what} {value!r} is far too large to be a figure")
    return number


# No figure of a city comes near this (a population, an area in m², days, counts); beyond it a
# value is a typing error, and ratios of such values would overflow.
LARGEST = 1e12

_KIND_OF = {dict: "mapping (key: value lines)", list: "list", str: "text"}


def parse_count(value: object, what: str = "count") -> int:
    """A whole number of things, never negative."""
    number = parse_number(value, None, what)
    if number != int(number):
        raise ValueError(f"{what} must be a whole number, not {value!r}")
    if number < 0:
        raise ValueError(f"{what} cannot be negative ({value!r})")
    return int(number)


def parse_bool(value: object, what: str = "value") -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = normalize_text(value).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise ValueError(f"{what} must be 是 or 否 (yes or no), not {value!r}")


def parse_date(value: object, what: str = "date") -> dt.date:
    """`2025-12-31`, `2025/12/31`, `2025.12.31` or `2025年12月31日`; impossible dates refused."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{what} must be a date like 2025-12-31, not {value!r}")
    text = normalize_text(value)
    match = _CN_DATE.match(text) or _DOT_DATE.match(text)
    try:
        if match:
            year, month, day = (int(g) for g in match.groups())
            date = dt.date(year, month, day)
        elif len(text) > 10:  # a timestamp: 2025-12-31T08:00 or 2025-12-31 08:00:00
            date = dt.datetime.fromisoformat(text).date()
        else:
            date = dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{what} {value!r} is not a valid date (write it as 2025-12-31)") from None
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise ValueError(f"{what} {value!r} is not a plausible date (years {FIRST_YEAR}–{LAST_YEAR})")
    return date


def format_number(value: float, digits: int = 2) -> str:
    """96.5 not 96.50000001; 30 not 30.0."""
    text = f"{value:.{digits}f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# A date field of a model, read the way people write dates (see parse_date).
Date = Annotated[dt.date, BeforeValidator(parse_date)]
