"""How a department fills in one item: the small types and helpers kinds share for it.

Each kind module words its own guidance (`guide`), its empty template entry (`placeholder`), its
rows of the Excel collection form (`form_rows`) and the evidence a filled set of rows stands for
(`form_evidence`); template.py and forms.py only lay these out. Nothing here imports ruamel or
openpyxl: placeholders are plain dicts and lists, which the template turns into commented YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..messages import text
from .base import FigureRule

# Form cells a kind may fill or read, by the column they stand for (forms.COL lays them out):
# `value` (F) the figure, result or file; `second` (G) the denominator or a date; `sample` (H);
# `findings` (I). Checks: "decimal", "whole" (counts) or "list:a,b,c" (a drop-down).
Cells = dict[str, Any]

_SPLIT = re.compile(r"[；;\n]+")


@dataclass(frozen=True)
class Guide:
    """What a department needs to know to report one item, in Chinese: `单位：`, `要求：` and
    `填写示例：` in the template comments, and the example of `criteria show`."""

    unit: str
    required: str
    example: str


@dataclass
class FormRow:
    """One row of a department sheet: what it asks for and what is filled in."""

    suffix: str  # the part of the key after the id: '', a year, a measure or document id
    label: str
    unit: str
    required: str
    cells: Cells = field(default_factory=dict)  # column name → value
    checks: dict[str, str] = field(default_factory=dict)  # column name → validation


def chinese(code: str, **args: Any) -> str:
    """A text of a department's guide or form, which are in Chinese (`kinds.guide.*`,
    `kinds.form.*` in the catalogue)."""
    return text(code, "zh", **args)


def example_figure(rule: FigureRule) -> float:
    """The figure to show in an example: the rule's own, or its first case's."""
    if rule.figure is not None:
        return rule.figure
    assert rule.figure_by is not None
    return rule.figure_by.cases[0].figure


def year_range(last: int, count: int) -> list[int]:
    """The `count` years up to and including `last`."""
    return list(range(last - count + 1, last + 1))


def split_items(text: object) -> list[str]:
    """The parts of a cell holding several items separated by `；`, `;` or new lines."""
    return [part.strip() for part in _SPLIT.split(str(text)) if part.strip()]
