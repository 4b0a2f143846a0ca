"""Defaults of model fields that are cheap to build.

pydantic asks every `default_factory` for its signature when it builds a model class. For the
built-in `list` that means parsing its text signature with Python's tokenizer, whose large
regular expression is compiled on first use: ~9 ms of every run's start-up, before any work. A
Python function's signature is read from its code at no cost, so model fields default to
`Field(default_factory=empty_list)` rather than `default_factory=list` (the same empty list, the
same JSON schema). `dict` has no text signature and costs nothing.
"""

from __future__ import annotations

from typing import Any


def empty_list() -> list[Any]:
    """A new empty list (a field's default)."""
    return []
