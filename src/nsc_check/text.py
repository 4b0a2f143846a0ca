"""Bilingual text: every user-facing string in packs and results is given in zh and en."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, model_validator

from .messages import Lang, Msg

# How many rendered messages each cache below keeps: many more than the texts one pack gives
# every city alike, few enough that a batch's memory stays flat (a full cache is emptied).
_CACHED_TEXTS = 4096
_Text = TypeVar("_Text", bound="LocalText")


class LocalText(BaseModel):
    """Text in Chinese and English. A plain string stands for both."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    zh: str
    en: str

    @model_validator(mode="before")
    @classmethod
    def _from_plain(cls, data: Any) -> Any:
        if isinstance(data, str):
            return {"zh": data, "en": data}
        if isinstance(data, dict) and "zh" in data and "en" not in data:
            return {**data, "en": data["zh"]}
        return data

    def get(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en

    @classmethod
    def of(cls, zh: str, en: str) -> LocalText:
        return cls(zh=zh, en=en)

    @classmethod
    def from_msg(cls, message: Msg) -> LocalText:
        """A catalogue message rendered in both languages."""
        return _rendered(cls, message, _LOCAL_TEXTS)

    @classmethod
    def _render(cls, message: Msg) -> LocalText:
        return cls(zh=message.text("zh"), en=message.text("en"))


class Note(LocalText):
    """A message or finding in a result, with a code that tools can select it by (`stale`,
    `bare_percentage`, `document_missing`, …); most notes have none."""

    code: str | None = None
    args: dict[str, Any] | None = None

    @classmethod
    def coded(cls, code: str, zh: str, en: str) -> Note:
        return cls(zh=zh, en=en, code=code)

    @classmethod
    def from_msg(cls, message: Msg) -> Note:
        """A catalogue message: its code, its arguments and both texts."""
        return _rendered(cls, message, _NOTES)

    @classmethod
    def _render(cls, message: Msg) -> Note:
        return cls(zh=message.text("zh"), en=message.text("en"), code=message.code,
                   args=message.plain_args() or None)


# Rendered messages, by message. Every city of a batch is told the same things in many places
# (`达标` as the requirement of each inspection, the same sample size, the same document
# missing): each is rendered and validated once. Sharing one text between results is safe:
# texts are frozen models, and nothing changes the arguments a note carries (results append
# notes to their own lists, never change one).
_LOCAL_TEXTS: dict[Hashable, LocalText] = {}
_NOTES: dict[Hashable, LocalText] = {}


def _rendered(cls: type[_Text], message: Msg, cache: dict[Hashable, LocalText]) -> _Text:
    key = _message_key(message)
    if key is None:  # an argument that may change after rendering, or that cannot be compared
        return cls._render(message)  # type: ignore[return-value]
    key = (cls, key)
    found = cache.get(key)
    if found is None:
        if len(cache) >= _CACHED_TEXTS:
            cache.clear()
        found = cache[key] = cls._render(message)
    return found  # type: ignore[return-value]


_PLAIN = frozenset((str, int, bool, type(None)))


def _message_key(message: Msg) -> Hashable | None:
    """What a message renders from, as a key that tells apart everything rendering tells apart
    (1, 1.0 and True are equal keys in Python: each value is keyed with its type); None when an
    argument is not a plain value, a message, a bilingual text or a list of them."""
    args = message.args
    if not args:
        return message.code
    keys = []
    for name, value in args.items():
        key = _value_key(value)
        if key is None:
            return None
        keys.append((name, key))
    return (message.code, tuple(keys))


def _value_key(value: object) -> Hashable | None:
    kind = type(value)
    if kind in _PLAIN:
        return (kind, value)
    if kind is float:  # by its repr: -0.0 equals 0.0 but is kept as written in the arguments
        return (float, repr(value))
    if isinstance(value, LocalText):  # frozen: rendered by its two texts alone
        return (LocalText, value.zh, value.en)
    if kind is Msg:
        return _message_key(value)  # type: ignore[arg-type]
    if kind is list or kind is tuple:
        items = tuple(_value_key(v) for v in value)  # type: ignore[attr-defined]
        return None if None in items else (kind, items)
    return None


@dataclass(frozen=True, slots=True)
class Later:
    """Words worked out only when rendered: `make(*args)`, a text or a message. For words that
    take more work than a message to make (a value formatted beside its figure, with its unit)."""

    make: Callable[..., LocalText | Msg]
    args: tuple[Any, ...] = ()


# What a kind says of a city: a text, a catalogue message, or words worked out later, all
# rendered only when the result is built (assess.build). A batch that draws its league table
# alone never renders them; a city's result renders each once, in both languages.
Words = LocalText | Msg | Later


def rendered(words: Words) -> LocalText:
    """The text of `words` (a message rendered in both languages, see LocalText.from_msg)."""
    if type(words) is Later:
        words = words.make(*words.args)
    return LocalText.from_msg(words) if type(words) is Msg else words  # type: ignore[return-value]


def rendered_note(words: Words) -> Note:
    """A note of `words`: a message with its code and arguments (Note.from_msg); a plain text
    a note without a code (as_note)."""
    if type(words) is Later:
        words = words.make(*words.args)
    if type(words) is Msg:
        return Note.from_msg(words)
    return as_note(words)  # type: ignore[return-value]


def as_note(value: object) -> object:
    """Plain texts become notes without a code (a result field's validator)."""
    return Note(zh=value.zh, en=value.en) if type(value) is LocalText else value
