"""Interface strings of the reports: labels and statuses, looked up in the message catalogue."""

from __future__ import annotations

from .messages import CATALOGUE, Lang, default_lang, text


def t(key: str, lang: Lang) -> str:
    """A report label (`ui.<key>` in the catalogue)."""
    return text(f"ui.{key}", lang)


def status(key: str, lang: Lang) -> str:
    """A status or verdict word (`status.<key>` in the catalogue)."""
    return text(f"status.{key}", lang)


# The language the command line chose for this run (`--lang`, else NSC_LANG, else Chinese).
_chosen: Lang | None = None
_forced: Lang | None = None  # for a moment, over any choice: a message worded in the other language


def current_lang() -> Lang:
    """The language of this run: what `--lang` chose, else the environment's (`default_lang`)."""
    return _forced or _chosen or default_lang()


def force_lang(lang: Lang | None) -> None:
    """Word everything in `lang` until forced again with None, whatever `--lang` chooses meanwhile
    (a command line parsed again to word its usage error in the other language)."""
    global _forced
    _forced = lang


def choose_lang(lang: Lang | None) -> None:
    """Set (or, with None, forget) the language of this run."""
    global _chosen
    _chosen = lang


def kind_name(kind: str, lang: Lang) -> str:
    """The name of an evidence kind (`cli.kind.<kind>`); the kind's id if the
    catalogue has no name for it."""
    code = f"cli.kind.{kind}"
    return text(code, lang) if code in CATALOGUE else kind
