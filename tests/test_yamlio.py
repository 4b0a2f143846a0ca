from __future__ import annotations

import pytest

from nsc_check.errors import InputError
from nsc_check.yamlio import parse_yaml, read_yaml


def test_values_keep_their_positions():
    doc = parse_yaml("a: 1\nb:\n  - x\n  - {c: 2025-12-31, d: 96.5%}\n", "f.yaml")
    assert doc.data == {"a": 1, "b": ["x", {"c": "2025-12-31", "d": "96.5%"}]}
    assert doc.locate(("b", 1, "d")) == (4, 24)
    # an absent path is located at its nearest parent
    assert doc.locate(("b", 1, "nope")) == (4, 5)


@pytest.mark.parametrize("text, message, line", [
    ("a: 1\na: 2\n", "duplicate key 'a'", 2),
    ("a: !!python/object:os.system x\n", "unsupported tag", 1),
    ("a: [1\n", "the bracket [ opened here is never closed by ]: write 'a: [1]'", 1),
    ("a: {b: [1, 2}\n", "invalid YAML", 1),
    ("a: 1\n<<: {b: 2}\n", "merge keys", 2),
    ("[" * 100 + "]" * 100, "nested more than", 1),
    # characters YAML refuses outright: located, though the parser gives only an offset
    ("名称: 示例市\nnote: 第一行\x9b\n", "a character YAML does not allow (U+009B)", 2),
    ("a: 1\nb: x\x7f\n", "a character YAML does not allow (U+007F)", 2),
    # escapes that make a control character
    ('a: 1\nb: "x\\x1b[31m"\n', "control character", 2),
    ('"\\e": 1\n', "control character", 1),
    # a bidirectional override would show the text in another order than it is stored
    ("a: 1\nb: 合格\u202e格合不\n", "control character", 2),
    ('a: "\\u202e"\n', "control character", 1),
    ("a: 1\nb: " + "9" * 5001 + "\n", "the number has 5,001 digits", 2),
])
def test_bad_yaml_is_refused_with_its_line(text, message, line):
    with pytest.raises(InputError) as err:
        parse_yaml(text, "f.yaml")
    problem = err.value.problems[0]
    assert message in problem.message_text("en")
    assert problem.file == "f.yaml" and problem.line == line


@pytest.mark.parametrize("text", ["a: \x1b[31m\n", "a: \x85x\x9b\n", 'a: "\\x1b"\n'])
def test_the_pure_python_parser_refuses_them_too(monkeypatch, text):
    """Where ruamel's C extension is absent the pure-Python parser reads: no traceback either."""
    from ruamel.yaml.loader import SafeLoader

    from nsc_check import yamlio

    monkeypatch.setattr(yamlio, "_Loader", SafeLoader)
    with pytest.raises(InputError) as err:
        parse_yaml(text, "f.yaml")
    assert err.value.problems[0].line == 1
    assert "control character" in err.value.problems[0].message_text("en")


def test_alias_bomb_is_refused():
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for prev, name in zip("abcdefg", "bcdefgh", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    with pytest.raises(InputError, match="alias bomb"):
        parse_yaml("\n".join(lines) + "\n", "bomb.yaml")


def test_encodings(tmp_path):
    text = "name: 示例市\n"
    for encoding, raw in [("utf-8", text.encode()), ("utf-8-sig", text.encode("utf-8-sig")),
                          ("gb18030", text.encode("gb18030"))]:
        path = tmp_path / f"{encoding}.yaml"
        path.write_bytes(raw)
        doc = read_yaml(path)
        assert doc.data == {"name": "示例市"} and doc.encoding == encoding


@pytest.mark.parametrize("raw, message", [
    (b"", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
    (b"# only a comment\n", "no data"),
])
def test_unusable_files(tmp_path, raw, message):
    path = tmp_path / "x.yaml"
    path.write_bytes(raw)
    with pytest.raises(InputError, match=message):
        read_yaml(path)


def test_numbers_are_read_as_yaml_1_2_writes_them():
    # but a number in another base (`0x1F`) is kept as written, for the field to refuse: to a
    # clerk it is never 31
    # and so is an exponent (`1e3`): to a clerk it is never 1000 (a pack's reader keeps it a float)
    doc = parse_yaml("a: 71_4\nb: 1_000.5\nc: 007\nd: -3\ne: 1e3\nf: 0x1F\ng: 2.5\n", "f.yaml")
    assert doc.data == {"a": "71_4", "b": "1_000.5", "c": 7, "d": -3, "e": "1e3", "f": "0x1F",
                        "g": 2.5}
    assert parse_yaml("e: 1e3\n", "f.yaml", strict_numbers=True).data == {"e": 1000.0}


# The mistakes people make, explained where they made them (see also test_mistakes.py).

@pytest.mark.parametrize("text, expected", [
    # every mistake of the file at once, each on its own line
    ("evidence:\n  S03.01:5\n  S03.02: 3\n  S03.03：96%\n  S03.04: 4\n\tS03.05: 1\n",
     [("yaml.missing_space", 2, 9), ("yaml.fullwidth_colon", 4, 9), ("yaml.tab_indent", 6, 1)]),
    # mistakes that hide each other: a full-width colon above a tab
    ("a:\n  b:1\n  c：2\n\td: 3\n",
     [("yaml.missing_space", 2, 4), ("yaml.fullwidth_colon", 3, 4), ("yaml.tab_indent", 4, 1)]),
    # a colon inside a value (a time, a web address) is not blamed for the mistake below it
    ("a:\n  time: 08:30\n  url: http://example.org/x\n  b:1\n",
     [("yaml.missing_space", 4, 4)]),
    # a full-width colon inside a value is fine; the one after a key is not
    ("a:\n  note: 说明：无\n  b：2\n", [("yaml.fullwidth_colon", 3, 4)]),
    # what no known mistake explains: the parser's refusal, where it stopped
    ("a: 1\n- b\n", [("yaml.syntax", 2, 1)]),
])
def test_mistakes_are_named_where_they_were_made(text, expected):
    with pytest.raises(InputError) as err:
        parse_yaml(text, "f.yaml")
    assert [(p.code, p.line, p.column) for p in err.value.problems] == expected


def test_the_parsers_words_are_english_only():
    with pytest.raises(InputError) as err:
        parse_yaml("a: 1\n- b\n", "f.yaml")
    problem = err.value.problems[0]
    assert problem.message.text("en").startswith("invalid YAML: ")
    zh = problem.render("zh")
    assert "YAML" not in zh and "expected" not in zh and "（提示：" in zh


def test_a_large_file_with_an_unexplained_mistake_is_refused_quickly():
    import time

    text = "evidence:\n" + "".join(f"  k{i}: v:{i}\n" for i in range(50_000)) + "  - x\n"
    start = time.perf_counter()
    with pytest.raises(InputError) as err:
        parse_yaml(text, "f.yaml")
    assert [p.code for p in err.value.problems] == ["yaml.syntax"]
    assert time.perf_counter() - start < 10


def test_files_that_cannot_be_read_are_refused_with_why(tmp_path):
    # read through a file descriptor: a folder, a missing file and an oversized one say so
    folder = tmp_path / "d.yaml"
    folder.mkdir()
    big = tmp_path / "big.yaml"
    big.write_text("# " + "x" * 3_000_000 + "\n", encoding="utf-8")
    for path, code in ((folder, "yaml.is_folder"), (tmp_path / "none.yaml", "yaml.not_found"),
                       (big, "yaml.too_big")):
        with pytest.raises(InputError) as err:
            read_yaml(path)
        assert [p.message.code for p in err.value.problems] == [code]
        assert err.value.problems[0].file == str(path)


def test_a_file_is_read_to_its_end(tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text("a:\n" + "  - 合格\n" * 20_000 + "c: 3\n", encoding="utf-8")
    data = read_yaml(path).data
    assert len(data["a"]) == 20_000 and data["c"] == 3


@pytest.mark.parametrize("text, value", [
    ("0", 0), ("007", 7), ("2735", 2735), ("9" * 20, int("9" * 20)), ("٣", "٣"), ("²", "²"),
    ("1_000", "1_000"), ("0x1F", "0x1F"), ("0o17", "0o17"), ("12.0", 12.0),
])
def test_plain_numbers_are_read_as_yaml_reads_them(text, value):
    got = parse_yaml(f"a: {text}\n", "f.yaml").data["a"]
    assert got == value and type(got) is type(value)
