"""The one user-facing error: a coded message with the file, line and column it is about.

Loading is the only stage that raises these. The CLI turns them into a message in the user's
language and exit code 2; nothing else in the program should reach the user as a traceback.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field
from pathlib import Path

from .messages import CATALOGUE, Lang, Msg, default_lang, text


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can.

    `field` is the field as the file writes it (`evidence.S03.02`), shown before the message."""

    message: Msg
    file: str | None = None
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    hint: Msg | None = None
    severity: str = "error"  # "error" or "warning"
    field: str | None = None

    def __post_init__(self) -> None:
        # every text a user reads comes from the catalogue: a plain string here is a bug
        if not isinstance(self.message, Msg) or not isinstance(self.hint, (Msg, type(None))):
            raise TypeError("a Problem takes catalogue messages (Msg), not plain text")

    @property
    def code(self) -> str:
        return self.message.code

    def where(self) -> str:
        """`file:line:col`; empty for a problem of no file (a usage error, a missing option)."""
        if not self.file and self.line is None:
            return ""
        parts = [self.file or "-"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def message_text(self, lang: Lang) -> str:
        """The message with its field, without place or severity."""
        body = self.message.text(lang)
        if self.field:
            body = text("yaml.with_field", lang, field=self.field, message=body)
        return body

    def render(self, lang: Lang) -> str:
        """`file:line:col: 错误: field：message（提示：hint）`"""
        severity = text(f"severity.{self.severity}", lang)
        place = self.where()
        line = f"{place + ': ' if place else ''}{severity}: {self.message_text(lang)}"
        if self.hint is not None:
            line = text("yaml.with_hint", lang, message=line, hint=self.hint)
        return line

    def __str__(self) -> str:
        return self.render(default_lang())


@dataclass(frozen=True)
class Detail:
    """A detail in someone else's English words (the YAML parser's, the system's), as an argument
    of a message: `: could not find expected ':'` in English, nothing in Chinese, so that a
    Chinese reader never meets a word of English and an English one loses nothing."""

    en: str
    zh: str = ""

    @classmethod
    def of(cls, words: object) -> Detail:
        words = str(words).strip()
        return cls(f": {words}" if words else "")

    @classmethod
    def of_os_error(cls, exc: OSError) -> Detail:
        """Why the system refused, in its words in English, and in Chinese where the catalogue
        words the reason (`yaml.os.ENOSPC`: 磁盘空间不足)."""
        name = errno.errorcode.get(exc.errno or 0, "")
        zh = CATALOGUE.get(f"yaml.os.{name}", ("",))[0]
        return cls(cls.of(exc.strerror or exc).en, f"：{zh}" if zh else "")

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en


class Refusal(ValueError):
    """A validator's refusal of a value: a coded message, a hint on how to put it right, and
    the key inside the value it is about when the validator reads a whole mapping.
    Raised inside a pydantic validator it becomes a value error, and the loader shows the message
    and hint in the user's language."""

    def __init__(self, message: Msg, hint: Msg | None = None, subject: str | None = None) -> None:
        if not isinstance(message, Msg) or not isinstance(hint, (Msg, type(None))):
            raise TypeError("a Refusal takes catalogue messages (Msg), not plain text")
        super().__init__(message.text("en") if subject is None else
                         f"{subject}: {message.text('en')}")
        self.message = message
        self.hint = hint
        # the key inside the validated value the refusal is about (a measure, a year), as the
        # file writes it: the problem is located there and its field names it
        self.subject = subject


@dataclass
class InputError(Exception):
    """Raised when input cannot be used; carries every problem found, not just the first."""

    problems: list[Problem] = field(default_factory=list)
    # problems found beyond those listed, when the list was cut short (a form pasted full of
    # rows): counted, not kept, and said in one line after the list
    unlisted: int = 0

    @classmethod
    def single(
        cls,
        message: Msg,
        file: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: Msg | None = None,
    ) -> InputError:
        return cls([Problem(message, str(file) if file is not None else None, line, column, hint)])

    def render(self, lang: Lang) -> str:
        return "\n".join(p.render(lang) for p in self.problems)

    def __str__(self) -> str:
        return self.render(default_lang())
