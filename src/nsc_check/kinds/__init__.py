"""The registry of evidence kinds: kind name → module.

A kind module holds `NAME`, a `Rule` model (what the pack says), an `Evidence` model (what a
department writes; the module docstring shows a passing and a failing example),
`evaluate(rule, evidence, context) -> Outcome` and `describe(rule) -> LocalText` (the figure in
words). Adding a kind is one module and one line here.
"""

from __future__ import annotations

from types import ModuleType

from . import document, grade, inspection, metrics, no_events, ratio, series, threshold

KINDS: dict[str, ModuleType] = {
    module.NAME: module
    for module in (threshold, ratio, series, no_events, grade, metrics, document, inspection)
}


def get(name: str) -> ModuleType:
    return KINDS[name]
