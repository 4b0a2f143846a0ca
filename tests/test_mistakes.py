"""The mistakes people make in evidence files, each explained where it was made, in Chinese.

A corpus of typical mistakes (CASES): each is written into a copy of the mini sample city and
run through `nsc-check validate`, which must refuse it with the expected code at the expected
line (and column, where the mistake has one), in Chinese with no English word but ids, field
names, units and file names by default, and in English with NSC_LANG=en.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import MINI_PACK

from nsc_check.cli import main


@dataclass(frozen=True)
class Case:
    name: str
    file: str  # in the mini evidence folder: replaced by `text`
    text: str
    code: str
    line: int
    column: int | None = None
    encoding: str = "utf-8"


ENV = "department: env\nas_of: 2025-11-30\nevidence:\n"
SAN = "department: sanitation\nas_of: 2025-10-31\nevidence:\n"
CITY = ("name: {zh: 测试市, en: Test City}\nassessment_date: 2025-12-31\n"
        "built_up_area_km2: 50\npopulation: 300000\nlatitude: 36.5\n")
S05 = "  S01.05: {2024: 290, 2025: 301}\n"

CASES = [
    # the mistakes of layout: where they were made, not where the parser stopped
    Case("space after colon", "env.yaml", ENV + "  S01.04:71.4 dB(A)\n" + S05,
         "yaml.missing_space", 4, 9),
    Case("space after colon, only entry", "env.yaml", ENV + "  S01.04:71.4 dB(A)\n",
         "yaml.missing_space", 4, 3),
    Case("space after colon, two places", "env.yaml",
         ENV + "  S01.04:71.4 dB(A)\n" + S05 + "  S01.06:IV类\n  S01.07: []\n",
         "yaml.missing_space", 6, 9),
    Case("space after colon of a field", "sanitation.yaml",
         SAN + "  S01.02:\n    numerator:120\n    denominator: 300\n", "yaml.missing_space", 5, 14),
    Case("full-width colon", "env.yaml", ENV + "  S01.04：71.4 dB(A)\n" + S05,
         "yaml.fullwidth_colon", 4, 9),
    Case("full-width colon, last line", "env.yaml", ENV + S05 + "  S01.04：71.4 dB(A)\n",
         "yaml.fullwidth_colon", 5, 9),
    Case("full-width colon after department", "env.yaml",
         "department：env\nas_of: 2025-11-30\nevidence:\n  S01.04: 71.4 dB(A)\n",
         "yaml.fullwidth_colon", 1, 11),
    Case("full-width space", "env.yaml", ENV + "\u3000\u3000S01.04: 71.4 dB(A)\n",
         "yaml.fullwidth_space", 4, 1),
    Case("full-width space in a block", "sanitation.yaml",
         SAN + "  S01.02:\n    numerator: 120\n  \u3000denominator: 300\n",
         "yaml.fullwidth_space", 6, 3),
    Case("tab", "env.yaml", ENV + "\tS01.04: 71.4 dB(A)\n", "yaml.tab_indent", 4, 1),
    Case("tab among spaces", "env.yaml", ENV + "  S01.04: 71.4 dB(A)\n\tS01.06: IV类\n",
         "yaml.tab_indent", 5, 1),
    Case("three-space indent", "env.yaml", ENV + "  S01.04: 71.4 dB(A)\n   S01.06: IV类\n",
         "yaml.bad_indent", 5, 4),
    Case("one-space indent", "env.yaml", ENV + "  S01.04: 71.4 dB(A)\n S01.06: IV类\n",
         "yaml.bad_indent", 5, 2),
    Case("indented top-level key", "env.yaml",
         "department: env\n as_of: 2025-11-30\nevidence:\n  S01.04: 71.4 dB(A)\n",
         "yaml.bad_indent_top", 2, 2),
    Case("indent in a block", "sanitation.yaml",
         SAN + "  S01.02:\n    numerator: 120\n     denominator: 300\n", "yaml.bad_indent", 6, 6),
    Case("unclosed quote", "env.yaml", ENV + '  S01.06: "IV类\n  S01.04: 71.4 dB(A)\n',
         "yaml.unclosed_quote", 4, 11),
    Case("unclosed quote in braces", "sanitation.yaml",
         SAN + "  S01.02: {numerator: 120, denominator: 300, note: '台账}\n  S01.01: 92.5%\n",
         "yaml.unclosed_quote", 4, 52),
    Case("unclosed brace", "env.yaml", ENV + "  S01.05: {2024: 290, 2025: 301\n  S01.07: []\n",
         "yaml.unclosed_bracket", 4, 11),
    Case("unclosed bracket", "env.yaml",
         ENV + "  S01.07: [{date: 2025-01-01, description: 事故}\n  S01.04: 71.4 dB(A)\n",
         "yaml.unclosed_bracket", 4, 11),
    Case("key written twice", "env.yaml", ENV + "  S01.04: 71.4 dB(A)\n  S01.04: 70 dB(A)\n",
         "yaml.duplicate_key", 5, 3),
    Case("a time and a web address are fine; the mistake below is not", "sanitation.yaml",
         SAN + "  S01.03:\n    result: 基本达标\n    date: 2025-10-20\n    sample: 08:30 抽查\n"
         "    source: http://example.org/a\n  S01.01:92.5%\n", "yaml.missing_space", 9, 9),
    Case("empty file", "env.yaml", "", "yaml.empty", 1, 1),
    Case("comments only", "env.yaml", "# 环保局\n# 待填\n", "yaml.no_data", 1, 1),
    Case("GB18030 with a full-width colon", "env.yaml",
         "# 市环境保护局\n" + ENV + "  S01.06：IV类\n" + S05, "yaml.fullwidth_colon", 5, 9,
         encoding="gb18030"),
    # values
    Case("GB18030 with a wrong unit", "env.yaml", "# 市环境保护局\n" + ENV + "  S01.04: 71.4 分贝\n",
         "values.wrong_unit", 5, 11, encoding="gb18030"),
    Case("wrong unit", "env.yaml", ENV + "  S01.04: 71.4%\n", "values.wrong_unit", 4, 11),
    Case("percentage with a wrong unit", "sanitation.yaml", SAN + "  S01.01: 92.5 dB\n",
         "values.wrong_unit", 4, 11),
    Case("a measure with a wrong unit", "aiwei.yaml",
         "department: aiwei\nevidence:\n  S02.01: {powder: 2.1 dB, rooms: 1.5%}\n",
         "values.wrong_unit", 3, 20),
    Case("decimal comma", "env.yaml", ENV + "  S01.04: 71,4\n", "values.decimal_comma", 4, 11),
    Case("not a number", "sanitation.yaml", SAN + "  S01.02: {numerator: 很多, denominator: 300}\n",
         "values.not_a_number", 4, 23),
    Case("negative count", "sanitation.yaml", SAN + "  S01.02: {numerator: -3, denominator: 300}\n",
         "values.negative", 4, 23),
    Case("count not whole", "sanitation.yaml",
         SAN + "  S01.02: {numerator: 3.5, denominator: 300}\n", "values.not_whole", 4, 23),
    Case("number far too large", "env.yaml", ENV + "  S01.04: 1000000000000000 dB(A)\n",
         "values.too_large", 4, 11),
    Case("exponent written by a person", "env.yaml", ENV + "  S01.04: 1e300 dB(A)\n",
         "values.exponent", 4, 11),
    Case("impossible date", "env.yaml", "department: env\nas_of: 2025-02-30\nevidence:\n"
         "  S01.04: 71.4 dB(A)\n", "values.no_such_day", 2, 8),
    Case("impossible date in Chinese", "env.yaml", "department: env\nas_of: 2025年2月29日\n"
         "evidence:\n  S01.04: 71.4 dB(A)\n", "values.no_such_day", 2, 8),
    Case("impossible month", "env.yaml", "department: env\nas_of: 2025-13-01\nevidence:\n"
         "  S01.04: 71.4 dB(A)\n", "values.no_such_month", 2, 8),
    Case("implausible year", "env.yaml", "department: env\nas_of: 1025-11-30\nevidence:\n"
         "  S01.04: 71.4 dB(A)\n", "values.implausible_date", 2, 8),
    Case("not a date", "env.yaml", "department: env\nas_of: 上个月\nevidence:\n"
         "  S01.04: 71.4 dB(A)\n", "values.bad_date", 2, 8),
    Case("impossible assessment date", "city.yaml", CITY.replace("2025-12-31", "2025-02-29"),
         "values.no_such_day", 2, 18),
    Case("negative population", "city.yaml", CITY.replace("300000", "-5"),
         "values.negative", 4, 13),
    Case("population of none", "city.yaml", CITY.replace("300000", "0"),
         "pydantic.greater_than", 4, 13),
    Case("population with an underscore", "city.yaml", CITY.replace("300000", "300_000"),
         "values.number_as_written", 4, 13),
    Case("population in exponent notation", "city.yaml", CITY.replace("300000", "3e5"),
         "values.exponent", 4, 13),
    Case("population not whole", "city.yaml", CITY.replace("300000", "300000.5"),
         "values.not_whole", 4, 13),
    Case("city without a name", "city.yaml", CITY.split("\n", 1)[1], "pydantic.missing", 1),
    # ids and departments
    Case("unknown indicator id", "env.yaml", ENV + "  S01.04: 71.4 dB(A)\n  S09.99: 1\n",
         "evidence.unknown_id", 5, 11),
    Case("id in lower case", "env.yaml", ENV + "  s01.04: 71.4 dB(A)\n",
         "evidence.id_written_otherwise", 4, 11),
    Case("unknown department", "env.yaml", "department: police\nevidence:\n  S01.04: 71.4 dB(A)\n",
         "evidence.unknown_department", 1, 13),
    Case("department by its Chinese name", "env.yaml",
         "department: 市环境保护局\nevidence:\n  S01.04: 71.4 dB(A)\n",
         "evidence.department_by_name", 1, 13),
    Case("unknown field", "env.yaml", ENV.replace("as_of", "asof") + "  S01.04: 71.4 dB(A)\n",
         "pydantic.extra_forbidden", 2, 7),
    Case("evidence after the assessment date", "env.yaml",
         ENV + "  S01.04: {value: 71.4 dB(A), as_of: 2026-03-01}\n", "evidence.after_assessment",
         4, 38),
    Case("veto declared not applicable", "env.yaml", ENV + "  S01.07: {not_applicable: 本市无此类设施}\n",
         "evidence.cannot_declare", 4, 28),
    Case("reported twice", "sanitation.yaml", SAN + "  S01.01: 92.5%\n  S01.04: 71 dB(A)\n",
         "evidence.reported_twice", 5, 11),
]

# What may stay Latin in a Chinese message: ids, field names, units, file names, commands.
FIELDS = {"department", "as_of", "evidence", "numerator", "denominator", "value", "name",
          "assessment_date", "population", "latitude", "built_up_area_km2", "properties",
          "not_applicable", "waiver", "note", "source", "result", "date", "sample", "powder",
          "rooms", "incidents", "description", "province", "contact"}
DEPARTMENTS = {"aiwei", "env", "sanitation", "market"}
KINDS = {"threshold", "ratio", "inspection", "series", "grade", "no_events", "metrics",
         "document"}
ALLOWED = FIELDS | DEPARTMENTS | KINDS | {
    "Tab",  # the label on the key: 制表符（Tab 键）
    "GBK", "UTF",  # encodings, named as editors name them
}
_ID = re.compile(r"\b[SB]\d{2}(?:\.\d{2})?\b", re.IGNORECASE)
_UNITS = re.compile(r"dB\(A\)|\bdB\b|%")
_QUOTED_ZH = re.compile(r"“[^”]*”")  # a user's value, quoted as written
_QUOTED_EN = re.compile(r"'[^']*'|`[^`]*`|“[^”]*”")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def english_words(output: str, folder: Path, fields: set[str] = frozenset()) -> list[str]:
    """The Latin words of a Chinese screen that are neither ids, field names (those known, and
    `fields`: those the problems name, as the user wrote them), units, file names nor
    commands."""
    words = []
    for line in _screen_lines(output):
        line = line.replace(str(folder), "")
        line = re.sub(r"[\w.-]+\.(?:yaml|yml|txt|pdf)\b", "", line)
        line = line.replace("nsc-check criteria kinds", "")
        line = _QUOTED_ZH.sub("", _UNITS.sub("", _ID.sub("", line)))
        words += [w for w in re.findall(r"[A-Za-z_]{3,}", line)
                  if w not in ALLOWED and w not in fields]
    return words


def cjk_outside_quotes(output: str) -> list[str]:
    """The error lines of an English screen with Chinese outside the user's quoted values.
    TODO(lead): the warnings `validate` adds for items not reported (`未报送证据`) are built by
    the validate command (cli branch) as plain text, in Chinese whatever the language; check
    every line once the branches are merged."""
    return [line for line in _screen_lines(output)
            if ": error: " in line and _CJK.search(_QUOTED_EN.sub("", line))]


def _screen_lines(output: str) -> list[str]:
    return output.splitlines()


def run(runner, folder: Path, *args: str, lang: str | None = None):
    env = {"NSC_LANG": lang} if lang else None
    return runner.invoke(main, ["validate", str(folder), "--criteria", str(MINI_PACK), *args],
                         env=env)


@pytest.mark.zh
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_mistake_is_explained_where_it_was_made(runner, evidence_dir, case):
    (evidence_dir / case.file).write_bytes(case.text.encode(case.encoding))
    path = f"{evidence_dir}/{case.file}"

    found = run(runner, evidence_dir, "--format", "json")
    assert found.exit_code == 2, found.output
    problems = json.loads(found.output)["problems"]
    ours = [p for p in problems if p["code"] == case.code]
    assert ours, [(p["code"], p["line"], p["message"]["en"]) for p in problems]
    located = [(p["file"], p["line"], p["column"] if case.column else None) for p in ours]
    assert (path, case.line, case.column) in located, located
    assert not [p for p in problems if p["code"] == "legacy.text" and p["severity"] == "error"]
    fields = {word for p in problems for word in re.findall(r"\w+", p["field"] or "")}

    zh = run(runner, evidence_dir)
    assert zh.exit_code == 2 and "Traceback" not in zh.output
    where = f"{path}:{case.line}:" + (f"{case.column}: " if case.column else "")
    assert any(line.startswith(where) and ": 错误: " in line for line in zh.output.splitlines()
               ), zh.output
    assert english_words(zh.output, evidence_dir, fields) == [], zh.output

    en = run(runner, evidence_dir, lang="en")
    assert en.exit_code == 2
    assert any(line.startswith(where) and ": error: " in line for line in en.output.splitlines()
               ), en.output
    assert cjk_outside_quotes(en.output) == [], en.output


def test_the_corpus_is_large_and_covers_every_mistake_of_layout():
    assert len(CASES) >= 30
    codes = {c.code for c in CASES}
    assert {"yaml.missing_space", "yaml.fullwidth_colon", "yaml.fullwidth_space",
            "yaml.tab_indent", "yaml.bad_indent", "yaml.unclosed_quote", "yaml.unclosed_bracket",
            "yaml.duplicate_key"} <= codes


@pytest.mark.zh
def test_what_no_known_mistake_explains_is_a_coded_refusal_without_english(runner, evidence_dir):
    (evidence_dir / "env.yaml").write_text(ENV + "  S01.04: 71.4 dB(A)\n  - 1\n",
                                           encoding="utf-8")
    found = json.loads(run(runner, evidence_dir, "--format", "json").output)["problems"]
    assert [p["code"] for p in found] == ["yaml.syntax"] and found[0]["line"] == 5
    assert "（提示：" in found[0]["text"]["zh"] and found[0]["message"]["en"].startswith(
        "invalid YAML: ")
    zh = run(runner, evidence_dir)
    assert english_words(zh.output, evidence_dir) == [], zh.output


LOADERS = ["yamlio", "values", "evidence", "pack", "overlay", "output", "template", "errors"]


@pytest.mark.parametrize("module", LOADERS)
def test_the_loaders_build_no_message_of_plain_text(module):
    """Every message, hint and refusal of the loaders is a catalogue code: a plain or formatted
    string given where a message goes would reach the user untranslated (`legacy.text`)."""
    import ast

    source = (Path(__file__).parents[1] / "src" / "nsc_check" / f"{module}.py").read_text(
        encoding="utf-8")
    makers = {"Problem", "single", "problem", "Refusal", "fail", "InputError"}
    plain = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            texts = [a for a in [*node.args, *(k.value for k in node.keywords
                                               if k.arg in ("message", "hint"))]
                     if isinstance(a, ast.JoinedStr)
                     or (isinstance(a, ast.Constant) and isinstance(a.value, str))]
            if name in makers and texts:
                plain.append(f"{module}.py:{node.lineno}")
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                and getattr(node.exc.func, "id", None) == "ValueError":
            plain.append(f"{module}.py:{node.lineno}")
    assert plain == []
