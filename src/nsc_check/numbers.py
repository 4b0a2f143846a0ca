"""Numbers as people read them: the one place numbers are formatted for display.

Kept apart from values.py (which reads what people write) so that the message catalogue can
format its number arguments without importing the readers.
"""

from __future__ import annotations

import math
import operator
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache

# A value is taken to be what it shows at this many decimals: beyond them is float noise
# (0.1 + 0.2), never a difference a person means.
EXACT_DECIMALS = 9
_COMPARE = {">=": operator.ge, "<=": operator.le, "==": operator.eq, ">": operator.gt,
            "<": operator.lt}


def _decimal(value: float) -> Decimal:
    """The value as a person would write it (repr: 2.675, not 2.67499999…), float noise gone."""
    exact = Decimal(value) if isinstance(value, int) else Decimal(repr(float(value)))
    return exact.quantize(Decimal(1).scaleb(-EXACT_DECIMALS), ROUND_HALF_UP)


def _to_places(number: Decimal, places: int) -> Decimal:
    return number.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def _plain(number: Decimal) -> str:
    text = format(number, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


# Both are pure and called for every figure of every city with the same few values: remembered
# (typed: 1, 1.0 and True are shown differently).
@lru_cache(maxsize=8192, typed=True)
def format_number(value: float, digits: int = 2) -> str:
    """A number for people: the one place numbers are formatted for display.

    Rounded half up, as people round (四舍五入: 3.125 → 3.13, 2.675 → 2.68), without trailing
    zeros or float noise (96.5, not 96.50000001; 30, not 30.0). Never rounder than it is: a value
    that `digits` decimals would show as a shorter number it is not keeps the digits that tell them
    apart (89.996 → 89.996, not 90; 12.0004 → 12.0004), so that no figure looks like a round
    requirement (≥ 90%) it misses. JSON keeps values unrounded; only their display goes here."""
    if isinstance(value, bool) or not math.isfinite(value):
        return str(value)
    with localcontext() as ctx:
        ctx.prec = 400  # room for any float's digits with EXACT_DECIMALS places
        settled = _decimal(value)
        for places in range(digits, EXACT_DECIMALS + 1):
            shown = _to_places(settled, places)
            # exact, or its last decimal not a zero that rounding made (so not rounder than it is)
            if shown == settled or places == 0 or shown.as_tuple().digits[-1] != 0:
                return _plain(shown)
        return _plain(settled)


@lru_cache(maxsize=8192, typed=True)
def format_against(value: float, op: str, figure: float, digits: int = 2) -> str:
    """A value shown beside the figure it is judged against (`op` as in `>=`): with as many
    decimals as it takes for the shown number to meet the figure exactly when the value does
    (a rate of 89.996% missing 90% by a hair never reads as 90, nor 97.546% missing 97.55
    as 97.55)."""
    text = format_number(value, digits)
    if isinstance(value, bool) or not math.isfinite(value) or not math.isfinite(figure):
        return text
    compare = _COMPARE[op]
    with localcontext() as ctx:
        ctx.prec = 400
        exact, target = _decimal(value), _decimal(figure)
        truth = compare(exact, target)
        places = digits
        while compare(Decimal(text), target) != truth and places < EXACT_DECIMALS:
            places += 1
            text = format_number(value, places)
    return text
