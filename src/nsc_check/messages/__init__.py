"""The message catalogue: every text a user reads, by a stable code, in zh and en.

A message is a code and its arguments (`Msg`); the catalogue maps each code to a zh and an en
template with the same `{placeholders}`. Nothing else builds user-facing text: errors, warnings,
hints, result notes, report labels and command help are all looked up here, so a report in one
language never shows a word of the other, and tools reading JSON get the code, the arguments and
both texts.

The catalogue is split by area (`ui`, `cli`, `yaml`, `evidence`, `kinds`, `forms`, …), one module
each holding a plain dict `TEXTS = {code: (zh, en)}`; they are merged into `CATALOGUE` at import,
and a code defined twice is an error. The parts import nothing heavy, so `--help` stays fast.

Arguments are values, never templates: a user's text with braces in it is shown as written.
An argument may itself be a `Msg` or a bilingual text (anything with `.get(lang)`), rendered in
the same language; numbers are shown without float noise (96.5, not 96.50000001); lists are
joined with 、 in Chinese and `, ` in English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import import_module
from typing import Any, Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

# The parts of the catalogue, by area. A new area is a module here with a TEXTS dict.
_PARTS = ("ui", "cli", "yaml", "values", "evidence", "packs", "kinds", "forms", "diff", "batch",
          "collect", "domain", "plan", "structure")


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for name in _PARTS:
        try:
            texts = import_module(f"{__name__}.{name}").TEXTS
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        for code in texts:
            if code in merged:
                raise RuntimeError(f"message code {code!r} is defined twice (in {name})")
        merged.update(texts)
    return merged


CATALOGUE: dict[str, tuple[str, str]] = _merge()


def other_lang(lang: Lang) -> Lang:
    """The language that is not `lang`."""
    return "en" if lang == "zh" else "zh"


def default_lang() -> Lang:
    """The language chosen by the environment: NSC_LANG=en or zh; Chinese without it."""
    value = os.environ.get("NSC_LANG", "").strip().lower()
    return "en" if value.startswith("en") else "zh"


@dataclass(frozen=True, slots=True)
class Msg:
    """A message: a catalogue code and its arguments. Rendered only when a language is known."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def text(self, lang: Lang) -> str:
        try:
            zh, en = CATALOGUE[self.code]
        except KeyError:
            raise KeyError(f"no message with code {self.code!r} in the catalogue") from None
        template = zh if lang == "zh" else en
        if not self.args:
            return template
        return template.format_map({k: render(v, lang) for k, v in self.args.items()})

    def both(self) -> dict[str, str]:
        return {lang: self.text(lang) for lang in LANGS}

    def plain_args(self) -> dict[str, Any]:
        """The arguments as JSON values: numbers and texts as they are, messages and bilingual
        texts as {zh, en}."""
        return {k: plain(v) for k, v in self.args.items()}

    def __str__(self) -> str:
        return self.text(default_lang())


def msg(code: str, **args: Any) -> Msg:
    """`msg("yaml.empty")`, `msg("values.not_a_number", value="abc")`."""
    return Msg(code, args)


def text(code: str, lang: Lang, **args: Any) -> str:
    """The text of a code in a language: `text("ui.verdict", "zh")` → 结论."""
    return Msg(code, args).text(lang)


def render(value: Any, lang: Lang) -> str:
    """One argument as text in `lang`."""
    if isinstance(value, Msg):
        return value.text(lang)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return text("ui.yes" if value else "ui.no", lang)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return ("、" if lang == "zh" else ", ").join(render(v, lang) for v in value)
    if value is None:
        return "—"
    get = getattr(value, "get", None)
    if callable(get) and hasattr(value, "zh"):  # a bilingual text (LocalText)
        return str(get(lang))
    return str(value)


def plain(value: Any) -> Any:
    if isinstance(value, Msg):
        return value.both()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if hasattr(value, "zh") and hasattr(value, "en"):
        return {"zh": value.zh, "en": value.en}
    return str(value)


def _number(value: float) -> str:
    # the one way numbers are shown (half up, never rounder than they are)
    from ..numbers import format_number
    return format_number(value)
