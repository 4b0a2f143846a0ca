"""Values a clerk did not mean as they would be read: refused at the file, line and field with a
message that says what to write instead (found by the adversarial tester; each read silently as
something else before).

- an exponent (`1e2`, `1.5E+3 人`) is no way a person writes 100: refused in evidence YAML, in
  city.yaml and in a form's text cell; a numeric cell of Excel still reads as its number;
- a value that counts things (staff, outlets, renewals, rooms) is whole where the pack says
  `whole: true`: 5.5 人 is refused;
- an inspection with a sample of nothing (0, -1, `抽查 0 处`, `无`) inspected nothing;
- city.yaml's numbers are read as evidence reads them (６１２０００ is 612000, 612_000 is refused).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO
from openpyxl import load_workbook

from nsc_check.cli import main
from nsc_check.errors import Refusal
from nsc_check.values import parse_count, parse_number

SAMPLE = REPO / "evidence"
NSC = REPO / "criteria" / "nsc-2010"


@pytest.fixture
def city(tmp_path: Path) -> Path:
    """A writable copy of the sample city (the nsc-2010 pack, eligible and not ready)."""
    target = tmp_path / "evidence"
    shutil.copytree(SAMPLE, target)
    return target


def edit(folder: Path, name: str, old: str, new: str) -> Path:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, (name, old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def validate(runner, folder: Path, *args: str):
    return runner.invoke(main, ["validate", str(folder), *args])


def problems(runner, folder: Path) -> list[dict]:
    res = validate(runner, folder, "--format", "json")
    assert res.exit_code == 2, res.output
    return json.loads(res.output)["problems"]


def codes(runner, folder: Path) -> list[tuple[str, str | None, int | None]]:
    return [(p["code"], p["field"], p["line"]) for p in problems(runner, folder)
            if p["severity"] == "error"]


# ---- exponents ---------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["1e2", "1E2", "1e2%", "'1e2'", "1.0e+2 %", "０.９６１e2%",
                                     "9.61e1%", "!!float 1e2", "!!str 1e2"])
def test_an_exponent_in_evidence_is_refused(runner, city, written):
    edit(city, "sanitation.yaml", "  S03.02: 96.1%\n", f"  S03.02: {written}\n")
    assert ("values.exponent", "evidence.S03.02", 7) in codes(runner, city)


@pytest.mark.zh
def test_an_exponent_is_refused_in_chinese_with_the_number_written_out(runner, city):
    path = edit(city, "sanitation.yaml", "  S03.02: 96.1%\n", "  S03.02: 1e2\n")
    res = validate(runner, city)
    assert res.exit_code == 2, res.output
    line = next(x for x in res.output.splitlines() if x.startswith(f"{path}:7:"))
    assert "evidence.S03.02：“1e2”写成了科学计数法：请直接写出数字（提示：若指 100，请直接写 100）" in line


def test_an_exponent_of_no_figure_has_a_hint_without_a_number():
    with pytest.raises(Refusal) as err:
        parse_number("1e300", ("dB(A)",))
    assert err.value.message.code == "values.exponent"
    assert err.value.hint is not None and err.value.hint.code == "values.hint.exponent_any"


def test_numbers_still_read_as_written():
    assert parse_number(100.0) == 100.0 and parse_number(1e-05) == 1e-05  # a program's float
    assert parse_number("1,268人", ("人",)) == 1268.0
    assert parse_number("96.5 %", ("%",)) == 96.5
    assert parse_number("３ 人", ("人",)) == 3.0
    with pytest.raises(Refusal, match="exponent"):
        parse_number("2e3 人", ("人",))


def test_a_program_never_writes_an_exponent():
    from nsc_check.template import dump
    from nsc_check.values import plain_text
    from nsc_check.yamlio import parse_yaml

    values = {"a": 1e-05, "b": -2.5e-07, "c": 1e20, "d": 96.1, "e": 3.0}
    text = dump(values)
    assert "e-" not in text and "e+" not in text, text
    assert parse_yaml(text, "f.yaml").data == values
    assert plain_text(1e-05) == "0.00001" and plain_text(96.1) == "96.1"


def test_a_pack_still_reads_an_exponent_as_its_number(tmp_path):
    # a pack's author writes YAML as YAML means it; only evidence is read as a clerk means it
    from nsc_check.yamlio import parse_yaml

    assert parse_yaml("figure: 1e2\n", "p.yaml", strict_numbers=True).data == {"figure": 100.0}


# ---- counts are whole --------------------------------------------------------------------------

@pytest.mark.parametrize("file, old, new, field", [
    ("aiwei.yaml", "    value: 5 人\n", "    value: 5.5 人\n", "evidence.S01.03.value"),
    ("aiwei.yaml", "    value: 5 人\n", "    value: 5.5\n", "evidence.S01.03.value"),
    ("aiwei.yaml", "ready_food_rooms: 0,", "ready_food_rooms: 0.5,",
     "evidence.S08.03.ready_food_rooms"),
])
def test_a_count_is_whole(runner, city, file, old, new, field):
    edit(city, file, old, new)
    found = codes(runner, city)
    assert [c for c in found if c[0] == "values.count_not_whole" and c[1] == field], found


@pytest.mark.zh
def test_a_fraction_of_staff_is_refused_in_chinese(runner, city):
    path = edit(city, "aiwei.yaml", "    value: 5 人\n", "    value: 5.5 人\n")
    res = validate(runner, city)
    assert res.exit_code == 2, res.output
    line = next(x for x in res.output.splitlines() if x.startswith(f"{path}:12:"))
    assert "应为整数：按人计数，不能是 5.5 人（提示：请核对后填写整数，如 5 或 6）" in line


def test_the_counting_rules_of_the_pack_are_marked_whole():
    from nsc_check.pack import load_pack

    pack = load_pack(str(NSC))
    whole = sorted(i.id for i in pack.indicators() if getattr(i.rule, "whole", False))
    assert whole == ["S01.03", "S02.05", "S02.06"]
    s0803 = next(i for i in pack.indicators() if i.id == "S08.03")
    assert [m.id for m in s0803.rule.measures if m.whole] == ["ready_food_rooms"]


@pytest.mark.parametrize("rule", [
    '{op: ">=", figure: 90, unit: "%", whole: true}',  # a percentage is no count
    '{op: ">=", figure: 3, whole: true}',  # what does it count?
])
def test_a_pack_cannot_call_a_percentage_whole(runner, tmp_path, rule):
    pack = tmp_path / "pack"
    shutil.copytree(NSC, pack)
    edit(pack, "S01-organization.yaml",
         'rule: {op: ">=", figure: 3, unit: {zh: 人, en: staff}, whole: true}', f"rule: {rule}")
    res = runner.invoke(main, ["criteria", "check", str(pack)])
    assert res.exit_code == 2 and "whole: true means the value counts things" in res.output, \
        res.output


def test_whole_counts_still_pass(runner, city):
    edit(city, "aiwei.yaml", "    value: 5 人\n", "    value: 3\n")
    assert validate(runner, city).exit_code == 0


# ---- an inspection of nothing ------------------------------------------------------------------

@pytest.mark.parametrize("sample", ["0", "-3", "'0'", "抽查农贸市场 0 个", "无", "未抽查", "—", "'-'",
                                    "true", "０"])
def test_an_inspection_of_nothing_is_refused(runner, city, sample):
    edit(city, "market.yaml", "    sample: 全市农贸市场 23 个逐一检查\n", f"    sample: {sample}\n")
    found = codes(runner, city)
    assert [c for c in found if c[0] == "kinds.inspection.nothing_sampled"
            and c[1] == "evidence.S03.13.sample"], found


@pytest.mark.zh
def test_an_inspection_of_nothing_is_refused_in_chinese(runner, city):
    edit(city, "market.yaml", "    sample: 全市农贸市场 23 个逐一检查\n", "    sample: 0\n")
    res = validate(runner, city)
    assert res.exit_code == 2
    assert "抽查范围“0”表示没有抽查任何地点：没有抽查，就没有检查结果" in res.output, res.output
    assert "请写明实际抽查的数量与范围" in res.output


@pytest.mark.parametrize("sample", ["24", "抽查主次干道 24 条、街巷 0 条", "2025 年抽查 0 条以外的全部"])
def test_an_inspection_of_something_is_kept(runner, city, sample):
    edit(city, "market.yaml", "    sample: 全市农贸市场 23 个逐一检查\n", f"    sample: {sample}\n")
    assert validate(runner, city).exit_code == 0


# ---- city.yaml reads numbers as evidence does ---------------------------------------------------

@pytest.mark.parametrize("written, code", [
    ("612_000", "values.number_as_written"), ("6.12e5", "values.exponent"),
    ("612000.5", "values.not_whole"), ("-612000", "values.negative"),
    ("612000 人", "values.no_unit_expected"),
])
def test_city_numbers_are_refused_as_evidence_refuses_them(runner, city, written, code):
    edit(city, "city.yaml", "population: 612000", f"population: {written}")
    found = codes(runner, city)
    assert [c for c in found if c[0] == code and c[1] == "population"], found


def test_city_numbers_in_full_width_digits_are_read(runner, city):
    edit(city, "city.yaml", "population: 612000", "population: ６１２０００")
    res = runner.invoke(main, ["assess", str(city), "--format", "json"])
    assert res.exit_code == 1, res.output
    assert json.loads(res.output)["city"]["population"] == 612000


@pytest.mark.zh
def test_an_underscored_population_is_refused_in_chinese(runner, city):
    path = edit(city, "city.yaml", "population: 612000", "population: 612_000")
    res = validate(runner, city)
    assert res.exit_code == 2
    assert f"{path}:" in res.output and "“612_000”不是规范的数字写法" in res.output, res.output


def test_city_properties_read_as_numbers(runner, city):
    with (city / "city.yaml").open("a", encoding="utf-8") as f:
        f.write("properties: {rivers: 1e1}\n")
    found = codes(runner, city)
    assert [c for c in found if c[0] == "values.exponent"], found


def test_parse_count_refuses_an_exponent():
    with pytest.raises(Refusal, match="exponent"):
        parse_count("5e0")


# ---- the form ----------------------------------------------------------------------------------

def _form(runner, tmp_path: Path, city: Path) -> Path:
    book = tmp_path / "form.xlsx"
    res = runner.invoke(main, ["form", "export", str(city), "--output", str(book)])
    assert res.exit_code == 0, res.output
    return book


def _set(book: Path, key: str, column: int, value: object) -> None:
    wb = load_workbook(book)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            if row[0].value == key:
                ws.cell(row[0].row, column).value = value
                wb.save(book)
                return
    raise AssertionError(f"no row {key}")


def _import(runner, book: Path, into: Path):
    return runner.invoke(main, ["form", "import", str(book), "--into", str(into), "--force"])


@pytest.mark.parametrize("key, column, typed, code", [
    ("S03.02|", 6, "1e1", "values.exponent"),
    ("S01.03|", 6, "5.5", "values.count_not_whole"),
    ("S01.03|", 6, 5.5, "values.count_not_whole"),
    ("S03.13|", 8, 0, "kinds.inspection.nothing_sampled"),
    ("S03.13|", 8, "抽查 0 个", "kinds.inspection.nothing_sampled"),
])
def test_the_form_refuses_what_evidence_refuses(runner, tmp_path, city, key, column, typed, code):
    book = _form(runner, tmp_path, city)
    _set(book, key, column, typed)
    res = _import(runner, book, tmp_path / "out")
    assert res.exit_code == 2, res.output
    assert res.output.count("error:") >= 1 and key.rstrip("|") in res.output, res.output
    from nsc_check.messages import msg

    words = {"values.exponent": "exponent notation", "values.count_not_whole": "whole number",
             "kinds.inspection.nothing_sampled": "says nothing was inspected"}
    assert words[code] in res.output, (msg(code), res.output)


def test_a_numeric_cell_still_reads_as_its_number(runner, tmp_path, city):
    book = _form(runner, tmp_path, city)
    _set(book, "S01.03|", 6, 5.0)  # Excel stores every number as a float
    res = _import(runner, book, tmp_path / "out")
    assert res.exit_code == 0, res.output


def test_a_city_cell_in_exponent_notation_is_refused(runner, tmp_path, city):
    book = _form(runner, tmp_path, city)
    _set(book, "population", 4, "6.12e5")
    res = _import(runner, book, tmp_path / "out")
    assert res.exit_code == 2, res.output
    assert "built-up population: '6.12e5' is written in exponent notation" in res.output
    assert "if you mean 612000, write 612000" in res.output, res.output


# ---- a share above 100% ------------------------------------------------------------------------

def test_a_measure_in_percent_above_100_is_refused(runner, city):
    edit(city, "aiwei.yaml", "rooms_key: 0.8%", "rooms_key: 108%")
    found = codes(runner, city)
    assert [c for c in found if c[0] == "kinds.not_a_percentage"
            and c[1] == "evidence.S08.03.rooms_key"], found


@pytest.mark.parametrize("rule, entry, refused", [
    ('kind: series\nrule: {op: ">=", figure: 90, unit: "%"}\n', "S01.01: {2024: 96, 2025: 104}\n",
     "kinds.not_a_percentage"),
    ('kind: series\nrule: {op: ">=", figure: 3, unit: {zh: 人, en: staff}, whole: true}\n',
     "S01.01: {2024: 4, 2025: 3.5}\n", "values.count_not_whole"),
    ('kind: series\nrule: {op: ">=", figure: 90, unit: "%"}\n', "S01.01: {2024: 96, 2025: 97}\n",
     None),
])
def test_a_series_reads_its_years_as_meant(tmp_path, rule, entry, refused):
    from helpers import evidence_with_example, pack_with_example

    from nsc_check.errors import InputError
    from nsc_check.evidence import load_evidence
    from nsc_check.pack import load_pack

    pack = load_pack(str(pack_with_example(tmp_path / "pack", rule)))
    folder = evidence_with_example(tmp_path / "ev", entry)
    if refused is None:
        load_evidence(folder, pack)
        return
    with pytest.raises(InputError) as err:
        load_evidence(folder, pack)
    assert [(p.code, p.field) for p in err.value.problems] == [(refused, "evidence.S01.01[2025]")]


@pytest.mark.parametrize("stored, percent", [(1e-07, 1e-05), (0.123456789012345, 12.3456789012345)])
def test_a_bare_percentage_in_a_percent_cell_is_read_whole(runner, tmp_path, city, stored, percent):
    # the form turns it into text for the ratio kind: never `1e-05%` (an exponent, refused), nor
    # cut to ten digits
    book = _form(runner, tmp_path, city)
    wb = load_workbook(book)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            if row[0].value == "S05.01|":
                ws.cell(row[0].row, 6).value = stored
                ws.cell(row[0].row, 6).number_format = "0.00%"
                ws.cell(row[0].row, 7).value = None
    wb.save(book)
    res = _import(runner, book, tmp_path / "out")
    assert res.exit_code == 0, res.output
    res = runner.invoke(main, ["assess", str(tmp_path / "out"), "--format", "json"])
    measured = {i["id"]: i["measured"] for i in json.loads(res.output)["indicators"]}
    assert measured["S05.01"] == percent
