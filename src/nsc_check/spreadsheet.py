"""What every workbook we write shares: cell text that a spreadsheet will not run as a formula."""

from __future__ import annotations

from typing import Any

# Excel, WPS and LibreOffice treat a cell starting with these as a formula (CSV/DDE injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def guard(value: Any) -> Any:
    """Text that starts like a formula gets a leading apostrophe; numbers and dates pass through."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value
