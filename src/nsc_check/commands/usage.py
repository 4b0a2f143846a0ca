"""Usage errors in the catalogue's words, worded when they are shown: in the language of the run
on the terminal, and in the other language too for the JSON of a refused run."""

from __future__ import annotations

from collections.abc import Callable

import click

from .. import i18n
from ..messages import Msg, other_lang, render


class BadValue(click.BadParameter):
    """A bad value of an option or argument, in the catalogue's words: worded when it is shown,
    in the language of that moment (so that a JSON refusal can carry it in both)."""

    def __init__(self, message: Msg, param_hint: str | Msg | None = None) -> None:
        super().__init__("")
        self.worded, self.hint_worded = message, param_hint

    def format_message(self) -> str:
        lang = i18n.current_lang()
        hint = render(self.hint_worded, lang) if self.hint_worded is not None else None
        return click.BadParameter(self.worded.text(lang), self.ctx, self.param, hint
                                  ).format_message()


class BadUsage(click.UsageError):
    """A usage error in the catalogue's words, worded when it is shown (see BadValue)."""

    def __init__(self, message: Msg) -> None:
        super().__init__("")
        self.worded = message

    def format_message(self) -> str:
        return self.worded.text(i18n.current_lang())


def in_other_lang(words: Callable[[], str]) -> str:
    """`words()` said in the language the run is not in."""
    i18n.force_lang(other_lang(i18n.current_lang()))
    try:
        return words()
    finally:
        i18n.force_lang(None)
