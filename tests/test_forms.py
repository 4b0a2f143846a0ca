"""Excel collection forms: export, fill in, import, assess the same; never a formula, never a
silent overwrite."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK, REPO
from openpyxl import load_workbook

from nsc_check.cli import main

MINI = ["--criteria", str(MINI_PACK)]


def export(runner, out, *args, criteria=MINI):
    res = runner.invoke(main, ["form", "export", *args, "--output", str(out), *criteria])
    assert res.exit_code == 0, res.output
    return res


def form_import(runner, book, into, *args, criteria=MINI):
    return runner.invoke(main, ["form", "import", str(book), "--into", str(into), *args, *criteria])


def results(runner, folder, criteria=MINI):
    res = runner.invoke(main, ["assess", str(folder), "--format", "json", *criteria])
    assert res.exit_code in (0, 1), res.output
    data = json.loads(res.output)
    return ([(i["id"], i["status"], i["measured"], i["points_awarded"]) for i in data["indicators"]],
            [(c["id"], c["status"]) for c in data["conditions"]], data["summary"]["percent"])


def find_row(ws, key):
    return next(r[0].row for r in ws.iter_rows() if r[0].value == key)


TABS = {"city": "城市基本情况", "aiwei": "市爱卫办", "env": "市环境保护局",
        "sanitation": "市环境卫生管理处", "market": "市市场监管局"}


def sheet(wb, key):
    """A sheet by the hidden key in its A1 (tabs are named for people and may be renamed)."""
    return next(ws for ws in wb.worksheets if ws["A1"].value == f"nsc-sheet:{key}")


def test_workbook_layout(runner, tmp_path):
    book = tmp_path / "f.xlsx"
    export(runner, book, str(MINI_EVIDENCE))
    wb = load_workbook(book)
    assert wb.sheetnames == ["填表说明", "城市基本情况", "_meta", "市爱卫办", "市环境保护局",
                             "市环境卫生管理处", "市市场监管局"]
    assert wb["_meta"].sheet_state == "hidden"
    env = sheet(wb, "env")
    assert env.column_dimensions["A"].hidden
    # one row per year of a series (the last 3), pre-filled where the evidence has a value
    years = {r[0].value: r[5].value for r in env.iter_rows() if str(r[0].value).startswith("S01.05|")}
    assert years == {"S01.05|2023": None, "S01.05|2024": 290, "S01.05|2025": 301}
    aiwei = sheet(wb, "aiwei")
    assert [r[0].value for r in aiwei.iter_rows() if str(r[0].value).startswith("S02.04|")] == \
        ["S02.04|adults", "S02.04|oothecae"]
    docs = {r[0].value: (r[5].value, r[6].value) for r in aiwei.iter_rows()
            if str(r[0].value).startswith("S02.05|")}
    assert docs["S02.05|plan"][0] == "attachments/plan.txt" and docs["S02.05|summary"] == (None, None)
    san = sheet(wb, "sanitation")
    row = find_row(san, "S01.02|")
    assert (san.cell(row, 6).value, san.cell(row, 7).value) == (120, 300)
    row = find_row(san, "S01.03|")
    assert san.cell(row, 6).value == "基本达标" and san.cell(row, 9).value == "建设路：乱堆乱放"
    lists = {dv.formula1 for ws in wb for dv in ws.data_validations.dataValidation if dv.type == "list"}
    assert '"达标,基本达标,不达标"' in lists and '"I,II,III,IV,V,劣V"' in lists
    kinds = {dv.type for dv in san.data_validations.dataValidation}
    assert {"decimal", "list"} <= kinds and "whole" not in kinds  # decimals are the kind's to judge
    assert sheet(wb, "city")["D3"].value == "测试市"


def test_round_trip_gives_the_same_results(runner, tmp_path):
    book, into = tmp_path / "f.xlsx", tmp_path / "imported"
    export(runner, book, str(MINI_EVIDENCE))
    res = form_import(runner, book, into)
    assert res.exit_code == 0, res.output
    assert res.output.count("wrote") == 5
    shutil.copytree(MINI_EVIDENCE / "attachments", into / "attachments")  # handed in separately
    assert results(runner, into) == results(runner, MINI_EVIDENCE)
    assert "# S01.02 水冲式公厕普及率" in (into / "sanitation.yaml").read_text(encoding="utf-8")


@pytest.mark.skipif(not (REPO / "evidence" / "city.yaml").is_file(),
                    reason="the bundled sample city has not landed yet")
def test_round_trip_of_the_bundled_sample(runner, tmp_path):
    sample = REPO / "evidence"
    book, into = tmp_path / "f.xlsx", tmp_path / "imported"
    export(runner, book, str(sample), criteria=[])
    res = form_import(runner, book, into, criteria=[])
    assert res.exit_code == 0, res.output
    for path in sample.iterdir():
        if path.is_dir():
            shutil.copytree(path, into / path.name)
    assert results(runner, into, []) == results(runner, sample, [])


def test_formula_like_text_stays_text(runner, tmp_path):
    """Text that starts like a formula is a text cell with Excel's quote prefix (as Excel stores
    a typed '=…): never run, and read back with every character it had."""
    book, into = tmp_path / "f.xlsx", tmp_path / "imported"
    export(runner, book, str(MINI_EVIDENCE))
    wb = load_workbook(book)
    ws = sheet(wb, "sanitation")
    row = find_row(ws, "S01.03|")
    ws.cell(row, 9).value = "=HYPERLINK(\"http://x\")：乱堆乱放"
    ws.cell(row, 9).data_type, ws.cell(row, 9).quotePrefix = "s", True  # Excel, typed '=…
    wb.save(book)
    assert form_import(runner, book, into).exit_code == 0
    shutil.copytree(MINI_EVIDENCE / "attachments", into / "attachments")
    # export again from the imported folder: the cell is text, not a formula
    export(runner, tmp_path / "g.xlsx", str(into))
    cell = sheet(load_workbook(tmp_path / "g.xlsx"), "sanitation").cell(row, 9)
    assert cell.data_type == "s" and cell.quotePrefix and cell.value.startswith("=HYPERLINK")
    data = json.loads(runner.invoke(main, ["assess", str(into), "--format", "json", *MINI]).output)
    s0103 = next(i for i in data["indicators"] if i["id"] == "S01.03")
    assert s0103["findings"][0]["zh"] == '=HYPERLINK("http://x")：乱堆乱放'


def test_unreadable_cell_names_sheet_and_cell_and_writes_nothing(runner, tmp_path):
    book, into = tmp_path / "f.xlsx", tmp_path / "imported"
    export(runner, book, str(MINI_EVIDENCE))
    wb = load_workbook(book)
    ws = sheet(wb, "env")
    row = find_row(ws, "S01.04|")
    ws.cell(row, 6).value = "很吵"
    wb.save(book)
    res = form_import(runner, book, into)
    assert res.exit_code == 2
    assert f"f.xlsx:市环境保护局!F{row}: error: S01.04:" in res.output and "not a number" in res.output
    assert not into.exists() or not any(into.iterdir())


def test_refuses_to_overwrite_a_file_changed_since_export(runner, tmp_path, evidence_dir):
    book = tmp_path / "f.xlsx"
    export(runner, book, str(evidence_dir))
    env = evidence_dir / "env.yaml"
    changed = env.read_text(encoding="utf-8").replace("71.4 dB(A)", "69 dB(A)")
    env.write_text(changed, encoding="utf-8")
    res = form_import(runner, book, evidence_dir)
    assert res.exit_code == 1
    assert f"refused {env}" in res.output and "--force" in res.output
    assert env.read_text(encoding="utf-8") == changed                  # left alone
    assert "wrote" not in res.output and "nothing was written" in res.output  # all or none
    res = form_import(runner, book, evidence_dir, "--force")
    assert res.exit_code == 0 and "71.4" in env.read_text(encoding="utf-8")


def test_a_blank_form_filled_in_becomes_evidence(runner, tmp_path):
    book, into = tmp_path / "blank.xlsx", tmp_path / "new"
    export(runner, book)  # the office's workbook: every department, and the city to fill in
    wb = load_workbook(book)
    city = sheet(wb, "city")
    for key, value in (("name.zh", "新市"), ("assessment_date", "2025年12月31日"), ("latitude", 30)):
        city.cell(find_row(city, key), 4).value = value
    env = sheet(wb, "env")
    env.cell(find_row(env, "_as_of"), 6).value = "2025-11-30"
    env.cell(find_row(env, "S01.04|"), 6).value = 68.2
    env.cell(find_row(env, "S01.06|"), 6).value = "II"
    env.cell(find_row(env, "S01.07|"), 6).value = "2024-05-01：某厂泄漏"
    wb.save(book)
    res = form_import(runner, book, into)
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in into.iterdir()) == ["city.yaml", "env.yaml"]
    data = json.loads(runner.invoke(main, ["assess", str(into), "--format", "json", *MINI]).output)
    by_id = {i["id"]: i for i in data["indicators"]}
    assert by_id["S01.04"]["status"] == "pass" and by_id["S01.06"]["status"] == "pass"
    assert by_id["S01.07"]["status"] == "fail" and by_id["S01.05"]["status"] == "missing"
    assert data["city"]["name"]["zh"] == "新市"


def test_not_a_workbook(runner, tmp_path):
    bad = Path(tmp_path / "f.xlsx")
    bad.write_text("hello", encoding="utf-8")
    res = form_import(runner, bad, tmp_path / "x")
    assert res.exit_code == 2 and "f.xlsx: error: cannot read the workbook" in res.output


def _exported(runner, tmp_path):
    form = tmp_path / "form.xlsx"
    export(runner, form, str(MINI_EVIDENCE))
    return form


def test_a_deleted_column_is_named_not_a_traceback(runner, tmp_path):
    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    sheet(book, "env").delete_cols(6)
    book.save(form)
    res = form_import(runner, form, tmp_path / "out")
    assert res.exit_code == 2 and "市环境保护局!A4" in res.output and "columns" in res.output
    assert "Traceback" not in res.output


def test_a_formula_without_a_value_and_an_edited_key_are_errors(runner, tmp_path):
    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    ws = sheet(book, "env")
    ws["F5"] = "=60+5"  # written by a program that computes nothing
    grade_row = next(c.row for c in ws["A"] if c.value == "S01.06|")
    ws.cell(grade_row, 1, "S09.99|")  # the grade IV stays in its row
    book.save(form)
    res = form_import(runner, form, tmp_path / "out")
    assert res.exit_code == 2, res.output
    assert "市环境保护局!F5" in res.output and "formula without a computed value" in res.output
    assert f"市环境保护局!A{grade_row}" in res.output and "not a row of this form" in res.output


def test_the_data_date_survives_the_round_trip(runner, tmp_path):
    form = _exported(runner, tmp_path)
    assert form_import(runner, form, tmp_path / "out").exit_code == 0
    assert "as_of: 2025-11-30" in (tmp_path / "out" / "env.yaml").read_text(encoding="utf-8")


def test_importing_over_the_folder_keeps_what_the_form_does_not_show(runner, tmp_path):
    """Waivers, sources and the contact are not on the form: importing the filled form back into
    the folder it came from must not drop them."""
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    env = folder / "env.yaml"
    env.write_text(env.read_text(encoding="utf-8")
                   .replace("as_of: 2025-11-30", "contact: 市环境监测站 0531-1234567\nas_of: 2025-11-30")
                   .replace("  S01.04: 71.4 dB(A)\n",
                            "  S01.04:\n    value: 71.4 dB(A)\n    source: 2025 年监测年报\n"
                            "    waiver: {justification: 干线改造2026年完工, approved_by: 市爱卫会,"
                            " expires: 2026-06-30}\n")
                   .replace("  S01.06: IV类\n",
                            "  S01.06:\n    waiver: {justification: 整治中, approved_by: 市爱卫会,"
                            " expires: 2026-03-31}\n"),
                   encoding="utf-8")
    before = results(runner, folder)
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    wb = load_workbook(book)
    assert sheet(wb, "env").cell(find_row(sheet(wb, "env"), "_contact"), 6).value == "市环境监测站 0531-1234567"

    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    from nsc_check.evidence import load_evidence
    from nsc_check.pack import load_pack

    evidence = load_evidence(folder, load_pack(str(MINI_PACK)))
    noise = evidence.entries["S01.04"]
    assert noise.waiver.approved_by == "市爱卫会" and noise.source == "2025 年监测年报"
    assert evidence.entries["S01.06"].waiver.justification == "整治中"  # a waiver without data
    assert evidence.departments.contacts["env"] == "市环境监测站 0531-1234567"
    assert results(runner, folder) == before


def _meta_row(book, sheet):
    return next(r[0].row for r in book["_meta"].iter_rows() if r[0].value == "file"
                and r[1].value == sheet)


@pytest.mark.parametrize("name", ["../../escaped.yaml", "/tmp/abs-escaped.yaml", "sub/env.yaml",
                                  "city.yaml", ".hidden.yaml", 7, ""])
def test_the_workbook_cannot_steer_writes_elsewhere(runner, tmp_path, name):
    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    book["_meta"].cell(_meta_row(book, "env"), 3, name)
    book.save(form)
    into = tmp_path / "deep" / "out"
    res = form_import(runner, form, into)
    assert res.exit_code == 2, res.output
    assert "not a file name this form writes" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "escaped.yaml").exists() and not into.exists()  # nothing written


def test_no_file_is_written_when_one_target_cannot_be(runner, tmp_path):
    form = _exported(runner, tmp_path)
    into = tmp_path / "out"
    (into / "env.yaml").mkdir(parents=True)
    res = form_import(runner, form, into, "--force")
    assert res.exit_code == 2 and "is not a file" in res.output
    assert [p.name for p in into.iterdir()] == ["env.yaml"]


def test_a_changed_key_on_the_city_sheet_is_named(runner, tmp_path):
    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    sheet(book, "city")["A3"] = 42
    book.save(form)
    res = form_import(runner, form, tmp_path / "out")
    assert res.exit_code == 2 and "城市基本情况!A3" in res.output and "Traceback" not in res.output


def test_cells_far_beyond_the_form_are_refused_quickly(runner, tmp_path):
    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    sheet(book, "env").cell(row=1_048_576, column=16_384, value="x")
    book.save(form)
    res = form_import(runner, form, tmp_path / "out")
    assert res.exit_code == 2 and "市环境保护局!" in res.output and "row 1048576" in res.output


def test_what_the_form_could_not_carry_is_kept(runner, tmp_path):
    """An entry exported blank because it was unusable, and an entry of an item the (tailored)
    form has no row for, come back as they were in the file."""
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    env = folder / "env.yaml"
    env.write_text(env.read_text(encoding="utf-8").replace("S01.04: 71.4 dB(A)",
                                                           "S01.04: 71.4 分贝"), encoding="utf-8")
    overlay = ["--overlay", str(MINI_PACK.parent / "overlays" / "mini-province.yaml")]
    book = tmp_path / "f.xlsx"
    res = export(runner, book, str(folder), criteria=[*MINI, *overlay])
    assert "S01.04 is not valid evidence and was left blank" in res.output
    before = {p.name: p.read_text(encoding="utf-8") for p in folder.glob("*.yaml")}
    res = form_import(runner, book, folder, criteria=[*MINI, *overlay])
    assert res.exit_code == 0, res.output
    kept = env.read_text(encoding="utf-8")  # as it was, with the date its file gave it
    assert "value: 71.4 分贝\n    as_of: 2025-11-30" in kept.split("  S01.04:\n")[-1]
    assert "attachments/plan.txt" in before["aiwei.yaml"]  # S02.05, which the overlay removes
    assert "attachments/plan.txt" in (folder / "aiwei.yaml").read_text(encoding="utf-8")


def test_a_form_exported_with_other_overlays_is_refused(runner, tmp_path):
    form = _exported(runner, tmp_path)
    overlay = ["--overlay", str(MINI_PACK.parent / "overlays" / "mini-province.yaml")]
    res = form_import(runner, form, tmp_path / "out", criteria=[*MINI, *overlay])
    assert res.exit_code == 2 and "exported with the overlays 'none'" in res.output


def test_dates_after_the_assessment_date_are_refused_at_their_cell(runner, tmp_path):
    from nsc_check.forms import COL

    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    env = sheet(book, "env")
    env.cell(find_row(env, "S01.04|"), COL["as_of"], "2099-01-01")
    book.save(form)
    res = form_import(runner, form, tmp_path / "out")
    assert res.exit_code == 2, res.output
    cell = f"{env.cell(find_row(env, 'S01.04|'), COL['as_of']).coordinate}"
    assert f"市环境保护局!{cell}" in res.output
    assert "date 2099-01-01 is after the assessment date 2025-12-31" in res.output
    assert not (tmp_path / "out").exists()


def test_a_copied_row_is_refused(runner, tmp_path):
    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    env = sheet(book, "env")
    source = find_row(env, "S01.04|")
    extra = env.max_row + 1
    for col in range(1, env.max_column + 1):
        env.cell(extra, col, env.cell(source, col).value)
    env.cell(extra, 6, 65)
    book.save(form)
    res = form_import(runner, form, tmp_path / "out")
    assert res.exit_code == 2 and f"市环境保护局!A{extra}" in res.output
    assert "repeats the row of 'S01.04|'" in res.output


def _move(folder, item_lines, source, target):
    """Move entry lines from one department file to another."""
    src, dst = folder / source, folder / target
    text = src.read_text(encoding="utf-8")
    for line in item_lines:
        assert line in text
        text = text.replace(line, "")
    src.write_text(text, encoding="utf-8")
    dst.write_text(dst.read_text(encoding="utf-8") + "".join(item_lines), encoding="utf-8")


@pytest.mark.parametrize("moved", [
    ["  S01.05: {2024: 290, 2025: 301}\n"],  # one item in another department's file
    ["  S01.04: 71.4 dB(A)\n", "  S01.05: {2024: 290, 2025: 301}\n", "  S01.06: IV类\n",
     "  S01.07: []\n"],  # a department's every item there: both sheets once named that file
])
def test_items_kept_in_another_departments_file_survive_the_round_trip(runner, tmp_path, moved):
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    _move(folder, moved, "env.yaml", "sanitation.yaml")
    before = results(runner, folder)
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    names = [r[2].value for r in load_workbook(book)["_meta"].iter_rows() if r[0].value == "file"]
    assert len(names) == len(set(names))
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    assert results(runner, folder) == before  # loads: no item reported twice


def test_a_year_row_key_edited_into_something_else_is_named(runner, tmp_path):
    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    env = sheet(book, "env")
    row = find_row(env, "S01.05|2024")
    env.cell(row, 1, "S01.05|abc")
    book.save(form)
    res = form_import(runner, form, tmp_path / "out")
    assert res.exit_code == 2 and "市环境保护局!A" in res.output and "not a year's row" in res.output
    assert "Traceback" not in res.output


def test_a_veto_item_cannot_be_declared_not_applicable_in_the_form(runner, tmp_path):
    from nsc_check.forms import COL

    form = _exported(runner, tmp_path)
    book = load_workbook(form)
    env = sheet(book, "env")
    row = find_row(env, "S01.07|")  # the mini pack's veto item
    env.cell(row, COL["not_applicable"], "本市无此类设施")
    book.save(form)
    res = form_import(runner, form, tmp_path / "out")
    cell = env.cell(row, COL["not_applicable"]).coordinate
    assert res.exit_code == 2 and f"市环境保护局!{cell}" in res.output
    assert "a veto indicator cannot be declared not applicable" in res.output


def test_a_file_of_placeholders_is_filled_in_not_duplicated(runner, tmp_path):
    """A department's file under another name, still as `init` left it: the form writes back to
    it, so no item ends up in two files."""
    from nsc_check.evidence import load_evidence
    from nsc_check.pack import load_pack

    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    (folder / "env.yaml").unlink()
    (folder / "环保局.yaml").write_text("department: env\nevidence:\n  S01.04:\n  S01.06:\n",
                                       encoding="utf-8")
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    wb = load_workbook(book)
    env = sheet(wb, "env")
    env.cell(find_row(env, "S01.04|"), 6, 65)
    wb.save(book)
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    assert not (folder / "env.yaml").exists()
    evidence = load_evidence(folder, load_pack(str(MINI_PACK)))
    assert evidence.entries["S01.04"].data.value == 65


def _lay_out(folder, case):
    """Evidence laid out the ways departments do: an item in a non-lead department's file, one
    department over two files, a file named after no department, placeholders kept."""
    env, san = folder / "env.yaml", folder / "sanitation.yaml"
    if case == "waived item in another department's file":
        _move(folder, ["  S01.04: 71.4 dB(A)\n"], "env.yaml", "sanitation.yaml")
        edit_text(san, "  S01.04: 71.4 dB(A)\n",
                  "  S01.04:\n    value: 71.4 dB(A)\n    source: 监测年报\n"
                  "    waiver: {justification: 改造中, approved_by: 市爱卫会, expires: 2026-06-30}\n")
    elif case == "one department over two files":
        (folder / "env-water.yaml").write_text("department: env\nas_of: 2025-11-30\nevidence:\n",
                                               encoding="utf-8")
        _move(folder, ["  S01.06: IV类\n", "  S01.07: []\n"], "env.yaml", "env-water.yaml")
    elif case == "unusable item in another department's file":
        _move(folder, ["  S01.04: 71.4 dB(A)\n"], "env.yaml", "sanitation.yaml")
        edit_text(san, "S01.04: 71.4 dB(A)", "S01.04: 71.4 mg")
    elif case == "a department's file named otherwise":
        # named after no department (named after another, it is refused: whose would it be?)
        env.unlink()
        san.rename(folder / "环卫处.yaml")
    elif case == "a placeholder kept among entries":
        edit_text(san, "  S01.02: {numerator: 120, denominator: 300}\n",
                  "  S01.02: {numerator: , denominator: }\n")
    elif case == "a file name the form cannot write":
        env.rename(folder / "env:2025.yaml")
    elif case == "entry dates, no file date":
        edit_text(env, "as_of: 2025-11-30\n", "")
        edit_text(env, "S01.04: 71.4 dB(A)", "S01.04: {value: 71.4 dB(A), as_of: 2024-11-30}")


def edit_text(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _validate(runner, folder):
    return runner.invoke(main, ["validate", str(folder), *MINI])


@pytest.mark.parametrize("case", [
    "waived item in another department's file", "one department over two files",
    "unusable item in another department's file", "a department's file named otherwise",
    "a placeholder kept among entries", "entry dates, no file date",
    "a file name the form cannot write"])
@pytest.mark.parametrize("only", [[], ["--department", "env"]])
def test_an_untouched_round_trip_changes_nothing_that_matters(runner, tmp_path, case, only):
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    _lay_out(folder, case)
    before_check = _validate(runner, folder)
    before = results(runner, folder) if before_check.exit_code == 0 else None
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder), *only)
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    after_check = _validate(runner, folder)
    assert after_check.exit_code == before_check.exit_code, after_check.output
    assert "already reported" not in after_check.output
    if before is not None:
        assert results(runner, folder) == before
    if case == "waived item in another department's file":
        from nsc_check.evidence import load_evidence
        from nsc_check.pack import load_pack

        entry = load_evidence(folder, load_pack(str(MINI_PACK))).entries["S01.04"]
        assert entry.waiver.approved_by == "市爱卫会" and entry.source == "监测年报"


def test_an_unreadable_file_in_the_folder_stops_the_import(runner, tmp_path):
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    (folder / "notes.yaml").write_text("department: market\nevidence: {S01.06: [III\n",
                                       encoding="utf-8")
    before = {p.name: p.read_bytes() for p in folder.glob("*.yaml")}
    res = form_import(runner, book, folder)
    assert res.exit_code == 2 and "notes.yaml" in res.output and "nothing was written" in res.output
    assert {p.name: p.read_bytes() for p in folder.glob("*.yaml")} == before


def test_forms_of_one_department_each_import_one_after_the_other(runner, tmp_path):
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    forms = {}
    for dept, item in (("env", "S01.04|"), ("sanitation", "S01.01|")):
        forms[dept] = tmp_path / f"{dept}.xlsx"
        export(runner, forms[dept], str(folder), "--department", dept)
        book = load_workbook(forms[dept])
        ws = sheet(book, dept)
        ws.cell(find_row(ws, item), 6, 65 if dept == "env" else 0.65)  # Excel: 65 typed in a % cell
        book.save(forms[dept])
    for dept in forms:  # the second does not clash with city.yaml as the first wrote it
        res = form_import(runner, forms[dept], folder)
        assert res.exit_code == 0, res.output
    text = (folder / "env.yaml").read_text(encoding="utf-8")
    assert "S01.04: 65" in text and "S01.01: 65" in (folder / "sanitation.yaml").read_text(
        encoding="utf-8")


def test_taking_an_item_out_of_a_file_keeps_the_others_comments(runner, tmp_path):
    """A second market file (GBK, a tab after a colon) holds an env item and B03: importing the
    env form takes the env item out, with its comment, and leaves B03 and its comment as they
    were."""
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    edit_text(folder / "env.yaml", "  S01.04: 71.4 dB(A)\n", "")  # it is in notes.yaml
    (folder / "market.yaml").unlink()
    notes = folder / "notes.yaml"
    notes.write_bytes(("department: market\nevidence:\n"
                       "  # 噪声：环保局委托市场监管局代报\n  S01.04:\t71.4 dB(A)\n"
                       "  # 食品安全：近两年无事故\n  B03:\n    incidents: []\n"
                       "    as_of: 2025-11-30\n").encode("gb18030"))
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder), "--department", "env")
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    assert notes.read_text(encoding="utf-8") == (
        "department: market\nevidence:\n  # 食品安全：近两年无事故\n  B03:\n    incidents: []\n"
        "    as_of: 2025-11-30\n")
    assert "S01.04: 71.4" in (folder / "env.yaml").read_text(encoding="utf-8")
    assert _validate(runner, folder).exit_code == 0


@pytest.mark.parametrize("text, ids, expected", [
    # a comment ending the entry before stays with it; the removed entry's title goes
    ("evidence:\n  S01:\n    figure: 1\n    # source: old ledger\n  # S02 title\n  S02: 2\n",
     ["S02"], "evidence:\n  S01:\n    figure: 1\n    # source: old ledger\n"),
    # a '#' line inside a block scalar is text of the value, not a comment
    ("evidence:\n  S01:\n    n: 3\n  S02: |\n    line\n    # hash line\n  S03: 4\n",
     ["S02"], "evidence:\n  S01:\n    n: 3\n  S03: 4\n"),
    # section and end-of-file comments stay
    ("evidence:\n  S01: 1\n  S02: 2\n\n# ---- contact ----\n\ncontact: x\n# end 1\n\n# end 2\n",
     ["S02"], "evidence:\n  S01: 1\n\n# ---- contact ----\n\ncontact: x\n# end 1\n\n# end 2\n"),
    # every entry taken out: `evidence: {}`, the file's other lines and comments as they were
    ("department: agri  # 市农业局\nas_of: 2024-12-31\nevidence:  # 证据\n  # 户厕\n  S10.03: 1\n",
     ["S10.03"], "department: agri  # 市农业局\nas_of: 2024-12-31\nevidence: {}  # 证据\n"),
])
def test_entries_are_taken_out_line_by_line(text, ids, expected):
    from nsc_check.template import without_entries
    from nsc_check.yamlio import parse_yaml

    assert without_entries(text, parse_yaml(text, "f.yaml"), ids) == expected


@pytest.mark.parametrize("text, ids", [
    ('evidence: {S01: 1, S02: {figure: 2, source: ".5e5"}}\n', ["S01"]),  # written anew: quoted
    ("evidence:\n  A: &x 1\n  B: &x true\n  C: *x\n", ["B"]),  # an anchor name used twice
])
def test_what_is_left_reads_exactly_as_before(text, ids):
    from nsc_check.template import without_entries
    from nsc_check.yamlio import parse_yaml

    doc = parse_yaml(text, "f.yaml")
    out = without_entries(text, doc, ids)
    left = {k: v for k, v in doc.data["evidence"].items() if k not in ids}
    if out is not None:  # or refused: never a changed value
        again = parse_yaml(out, "f.yaml").data["evidence"]
        assert again == left and all(type(again[k]) is type(left[k]) for k in left)


def test_a_file_that_cannot_be_cut_safely_stops_the_import(runner, tmp_path, monkeypatch):
    # No value is known that a rewrite reads back otherwise (`.5e5` was one, until an exponent was
    # kept as written): every rewrite is made to read back otherwise, as a safety net's test.
    import nsc_check.template

    monkeypatch.setattr(nsc_check.template, "_same", lambda a, b: False)
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    edit_text(folder / "env.yaml", "  S01.04: 71.4 dB(A)\n", "")
    (folder / "market.yaml").write_text(
        'department: market\nevidence: {S01.04: 71.4 dB(A), B03: {incidents: [], source: ".5e5"}}\n',
        encoding="utf-8")
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder), "--department", "env")
    before = {p.name: p.read_bytes() for p in folder.glob("*.yaml")}
    res = form_import(runner, book, folder)
    assert res.exit_code == 2 and "market.yaml" in res.output
    assert "cannot take S01.04 out of this file" in res.output
    assert {p.name: p.read_bytes() for p in folder.glob("*.yaml")} == before


def test_importing_elsewhere_says_which_waivers_it_could_not_carry(runner, tmp_path):
    folder = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, folder)
    edit_text(folder / "env.yaml", "  S01.06: IV类\n",
              "  S01.06:\n    grade: IV类\n    waiver: {justification: 整治中, approved_by: 市爱卫会,"
              " expires: 2026-03-31}\n")
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    res = form_import(runner, book, tmp_path / "new")
    assert res.exit_code == 0
    assert "note: S01.06: its waiver is not on the form" in res.stderr
    res = form_import(runner, book, folder)  # back where it came from: kept, nothing to say
    assert res.exit_code == 0 and "waiver" not in res.stderr
