"""Interface strings of the reports: labels and statuses, looked up in the message catalogue."""

from __future__ import annotations

from .messages import Lang, text


def t(key: str, lang: Lang) -> str:
    """A report label (`ui.<key>` in the catalogue)."""
    return text(f"ui.{key}", lang)


def status(key: str, lang: Lang) -> str:
    """A status or verdict word (`status.<key>` in the catalogue)."""
    return text(f"status.{key}", lang)
