"""The one user-facing error: a message with the file, line and column it is about.

Loading is the only stage that raises these. The CLI turns them into a message and exit code 2;
nothing else in the program should reach the user as a traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we can."""

    message: str
    file: str | None = None
    line: int | None = None  # 1-based
    column: int | None = None  # 1-based
    hint: str | None = None
    severity: str = "error"  # "error" or "warning"

    def where(self) -> str:
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def __str__(self) -> str:
        text = f"{self.where()}: {self.severity}: {self.message}"
        if self.hint:
            text += f" (hint: {self.hint})"
        return text


class Refusal(ValueError):
    """A validator's refusal of a value, with a hint on how to put it right. Raised inside a
    pydantic validator it becomes a value error, and the loader shows the hint with it."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.hint = hint


@dataclass
class InputError(Exception):
    """Raised when input cannot be used; carries every problem found, not just the first."""

    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def single(
        cls,
        message: str,
        file: str | Path | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> InputError:
        return cls([Problem(message, str(file) if file is not None else None, line, column, hint)])

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
