"""The message catalogue: one table of codes, each with a zh and an en text."""

from __future__ import annotations

import string

from nsc_check.messages import CATALOGUE, msg, text


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_code_has_both_texts_with_the_same_placeholders():
    for code, (zh, en) in CATALOGUE.items():
        assert zh.strip() and en.strip(), code
        assert _fields(zh) == _fields(en), f"{code}: {_fields(zh)} against {_fields(en)}"


def test_a_users_text_is_shown_as_written_never_expanded():
    assert text("values.not_a_number", "zh", value="{a} {{b}}").count("{a} {{b}}") == 1


def test_arguments_render_in_the_language_of_the_message():
    m = msg("pydantic.literal_error", expected=msg("severity.error"))
    assert m.text("zh") == "只能是 错误" and m.text("en") == "expected error"
