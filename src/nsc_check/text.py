"""Bilingual text: every user-facing string in packs and results is given in zh and en."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from .messages import Lang, Msg


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
        return cls(zh=message.text("zh"), en=message.text("en"), code=message.code,
                   args=message.plain_args() or None)


def as_note(value: object) -> object:
    """Plain texts become notes without a code (a result field's validator)."""
    return Note(zh=value.zh, en=value.en) if type(value) is LocalText else value
