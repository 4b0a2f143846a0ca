"""What every workbook we write shares: cell text that a spreadsheet will not run as a formula."""

from __future__ import annotations

from typing import Any

# Excel, WPS and LibreOffice treat a cell starting with these as a formula (CSV/DDE injection).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")


def guard(value: Any) -> Any:
    """Text that starts like a formula gets a leading apostrophe; numbers and dates pass through.
    (The task list report uses this: its text is read by people, never read back.)"""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(_FORMULA_START)


def put(cell: Any, value: Any) -> Any:
    """Write a value into an openpyxl cell exactly: text stays text with every character it has
    (a leading apostrophe included). Text that starts like a formula is stored as a text cell
    with Excel's quote prefix (what Excel itself does when one types '=…), so no spreadsheet
    runs it and none adds or takes away a character: a form reads back what it was given."""
    cell.value = value
    if looks_like_formula(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell
