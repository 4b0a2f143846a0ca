"""Rendered messages are memoised (text.from_msg): a cached text must be the one rendering gives."""

from __future__ import annotations

from nsc_check.messages import msg
from nsc_check.text import LocalText, Note

SAMPLE = "kinds.inspection.sample"


def test_a_cached_note_is_what_rendering_gives():
    first = Note.from_msg(msg(SAMPLE, sample="30 户"))
    again = Note.from_msg(msg(SAMPLE, sample="30 户"))
    assert again is first  # made once, shared
    assert (first.zh, first.en, first.code, first.args) == ("抽查：30 户", "sample: 30 户", SAMPLE,
                                                           {"sample": "30 户"})


def test_values_equal_in_python_but_rendered_otherwise_are_told_apart():
    # 1 == 1.0 == True and -0.0 == 0.0 as keys; their texts or JSON arguments differ
    notes = [Note.from_msg(msg(SAMPLE, sample=v)) for v in (1, 1.0, True, 0.0, -0.0)]
    assert [n.zh for n in notes[:3]] == ["抽查：1", "抽查：1", "抽查：是"]
    assert [type(n.args["sample"]) for n in notes[:3]] == [int, float, bool]
    assert str(notes[3].args["sample"]) == "0.0" and str(notes[4].args["sample"]) == "-0.0"


def test_a_note_and_a_text_of_one_message_stay_apart():
    message = msg(SAMPLE, sample="5")
    text, note = LocalText.from_msg(message), Note.from_msg(message)
    assert type(text) is LocalText and type(note) is Note and note.code == SAMPLE


def test_bilingual_arguments_and_lists_are_keyed_by_their_texts():
    one = Note.from_msg(msg(SAMPLE, sample=[LocalText(zh="甲", en="A"), msg("status.pass")]))
    other = Note.from_msg(msg(SAMPLE, sample=[LocalText(zh="乙", en="B"), msg("status.pass")]))
    assert one.en.startswith("sample: A, ") and other.en.startswith("sample: B, ")


def test_an_argument_that_may_change_is_rendered_each_time():
    items = {"a": 1}  # a mapping: no key; rendered as it stands when asked
    first = Note.from_msg(msg(SAMPLE, sample=items))
    items["b"] = 2
    assert Note.from_msg(msg(SAMPLE, sample=items)).en != first.en
