"""The Excel form as clerks fill it in: each import writes what was meant, or refuses at the cell,
in Chinese, within seconds."""

from __future__ import annotations

import io
import json
import re
import shutil
import time
import zipfile

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK
from openpyxl import load_workbook

from nsc_check.cli import main
from nsc_check.forms import COL, MAX_TEXT

MINI = ["--criteria", str(MINI_PACK)]


def export(runner, out, *args):
    res = runner.invoke(main, ["form", "export", *args, "--output", str(out), *MINI])
    assert res.exit_code == 0, res.output
    return res


def form_import(runner, book, into, *args):
    return runner.invoke(main, ["form", "import", str(book), "--into", str(into), *args, *MINI])


def sheet(wb, key):
    return next(ws for ws in wb.worksheets if ws["A1"].value == f"nsc-sheet:{key}")


def find_row(ws, key):
    return next(r[0].row for r in ws.iter_rows() if r[0].value == key)


def evidence(folder):
    from nsc_check.evidence import load_evidence
    from nsc_check.pack import load_pack

    return load_evidence(folder, load_pack(str(MINI_PACK)))


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "ev"
    shutil.copytree(MINI_EVIDENCE, target)
    return target


def filled(runner, tmp_path, folder, fill, *args):
    """Export the folder's form, let `fill(wb)` fill it in as a clerk would, save it."""
    book = tmp_path / "form.xlsx"
    export(runner, book, str(folder), *args)
    wb = load_workbook(book)
    fill(wb)
    wb.save(book)
    return book


def value_cell(wb, dept, key, column="value"):
    ws = sheet(wb, dept)
    return ws.cell(find_row(ws, key), COL[column])


# ---------------------------------------------------------------------------------------------
# Values as their writer meant them


def test_percent_formatted_cells_are_percentages(runner, tmp_path, folder):
    def fill(wb):
        cell = value_cell(wb, "sanitation", "S01.01|")  # unit %, formatted as a percentage
        assert "%" in cell.number_format and cell.value == 0.925  # 92.5% shown as Excel does
        cell.value = 0.862  # the clerk types 86.2% (or 86.2 into the % cell): Excel stores 0.862
        powder = value_cell(wb, "aiwei", "S02.01|powder")
        powder.value, powder.number_format = 1, "0%"  # 100%
    book = filled(runner, tmp_path, folder, fill)
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    entries = evidence(folder).entries
    assert entries["S01.01"].data.value == 86.2
    assert entries["S02.01"].data.values["powder"] == 100


def test_a_bare_percentage_in_a_ratio_row(runner, tmp_path, folder):
    def fill(wb):
        num = value_cell(wb, "sanitation", "S01.02|")
        num.value, num.number_format = 0.4, "0.0%"
        value_cell(wb, "sanitation", "S01.02|", "second").value = None
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 0, res.output
    assert evidence(folder).entries["S01.02"].data.value == 40


def test_a_fraction_where_a_percentage_is_asked_is_refused(runner, tmp_path, folder):
    def fill(wb):
        cell = value_cell(wb, "sanitation", "S01.01|")
        cell.value, cell.number_format = 0.961, "General"  # pasted with its format: a fraction
    before = (folder / "sanitation.yaml").read_bytes()
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2
    assert "市环境卫生管理处!F5" in res.output and "did you mean 96.1% for 0.961?" in res.output
    assert (folder / "sanitation.yaml").read_bytes() == before


def test_a_fraction_typed_as_text_is_refused_too(runner, tmp_path, folder):
    def fill(wb):
        cell = value_cell(wb, "aiwei", "S02.01|powder")
        cell.value, cell.number_format = "0.5", "@"  # a text cell: Excel keeps what was typed
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2 and "did you mean 50% for 0.5?" in res.output
    assert "if it really is 0.5%, type '0.5%'" in res.output


def test_a_percentage_in_a_row_of_another_unit_is_refused(runner, tmp_path, folder):
    def fill(wb):
        cell = value_cell(wb, "env", "S01.04|")  # dB(A)
        cell.value, cell.number_format = 0.714, "0.0%"  # 71.4% typed into a noise row
        days = value_cell(wb, "env", "S01.05|2025")  # days
        days.value, days.number_format = 0.82, "0%"
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2
    row = res.output.splitlines()
    assert any("市环境保护局!F" in line and "(71.4%)" in line and "dB(A), not %" in line
               for line in row)
    assert any("(82%)" in line and "days, not %" in line for line in row)


def test_decimals_where_the_quantity_is_not_a_count(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.04|").value = 68.25
    book = filled(runner, tmp_path, folder, fill)
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    entries = evidence(folder).entries
    assert entries["S01.04"].data.value == 68.25  # (days are whole: tests/test_forms_review.py)
    # the form itself never refuses a decimal: a ratio's counts take any number ≥ 0 (areas in
    # 万平方米 are ratio numerators too); whether it must be whole is the kind's to say
    ws = sheet(load_workbook(book), "sanitation")
    cell = ws.cell(find_row(ws, "S01.02|"), COL["value"]).coordinate
    checks = [dv for dv in ws.data_validations.dataValidation if cell in dv.sqref]
    assert checks and all(dv.type == "decimal" for dv in checks)


# ---------------------------------------------------------------------------------------------
# Declarations only on purpose


@pytest.mark.parametrize("typed", ["无", "没有", "否", "/", "——", "N/A", "空"])
def test_no_reason_in_column_k_is_not_a_declaration(runner, tmp_path, folder, typed):
    def fill(wb):
        value_cell(wb, "sanitation", "S01.01|", "not_applicable").value = typed
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2
    assert "市环境卫生管理处!K5" in res.output and "is not a reason" in res.output
    assert "leave column K empty" in res.output


def test_a_real_reason_in_column_k_declares(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.06|", "not_applicable").value = "本市无此类水体"
        value_cell(wb, "env", "S01.06|").value = None
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 0, res.output
    assert evidence(folder).entries["S01.06"].not_applicable == "本市无此类水体"


@pytest.mark.parametrize("typed", ["不适用", "/", "——", "无"])
def test_not_applicable_typed_as_a_value_points_to_column_k(runner, tmp_path, folder, typed):
    def fill(wb):
        value_cell(wb, "env", "S01.04|").value = typed
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2
    assert "市环境保护局!F5" in res.output
    assert "declared in the column 不适用原因" in res.output and "(column K)" in res.output


def test_none_is_still_a_value_where_it_means_no_events(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.07|").value = "无"
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 0, res.output


# ---------------------------------------------------------------------------------------------
# Text exactly


def test_text_keeps_its_apostrophes_and_formula_like_starts(runner, tmp_path, folder):
    san = folder / "sanitation.yaml"
    text = san.read_text(encoding="utf-8").replace(
        "      - {place: 建设路, problem: 乱堆乱放}",
        "      - {place: 建设路, problem: \"'=1+1 乱堆乱放\"}\n"
        "      - {place: \"'人民路\", problem: \"'清运不及时\"}")
    san.write_text(text.replace("  S01.01: 92.5%", "  S01.01: {value: 92.5%, note: \"'备注'\"}"),
                   encoding="utf-8")
    before = evidence(folder).entries
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    ws = sheet(load_workbook(book), "sanitation")
    assert ws.cell(find_row(ws, "S01.01|"), COL["note"]).value == "'备注'"  # a literal apostrophe
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    after = evidence(folder).entries
    assert after["S01.01"].note == "'备注'"
    assert [(f.place, f.problem) for f in after["S01.03"].data.findings] == \
        [(f.place, f.problem) for f in before["S01.03"].data.findings] == \
        [("建设路", "'=1+1 乱堆乱放"), ("'人民路", "'清运不及时")]


def test_an_apostrophe_typed_in_excel_is_excels_not_the_text(runner, tmp_path, folder):
    def fill(wb):
        cell = value_cell(wb, "sanitation", "S01.01|", "note")
        cell.value = "=不是公式"
        cell.data_type, cell.quotePrefix = "s", True  # Excel: '=不是公式 typed
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 0, res.output
    assert evidence(folder).entries["S01.01"].note == "=不是公式"


def test_a_text_too_large_for_the_evidence_files_is_refused_at_its_cell(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "sanitation", "S01.01|", "note").value = "很长" * MAX_TEXT
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2
    assert "市环境卫生管理处!L5" in res.output and f"{2 * MAX_TEXT} characters" in res.output


# ---------------------------------------------------------------------------------------------
# The form for people


def test_a_renamed_tab_still_imports(runner, tmp_path, folder):
    def fill(wb):
        ws = sheet(wb, "env")
        ws.title = "环保局"
        ws.cell(find_row(ws, "S01.04|"), COL["value"]).value = 66
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 0, res.output
    assert evidence(folder).entries["S01.04"].data.value == 66


def test_a_copied_sheet_is_refused(runner, tmp_path, folder):
    def fill(wb):
        wb.copy_worksheet(sheet(wb, "env"))
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2 and "are the same sheet" in res.output


def test_the_form_is_laid_out_and_printed_for_people(runner, tmp_path, folder):
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    wb = load_workbook(book)
    assert wb.sheetnames[0] == "填表说明" and wb.worksheets[0]["B3"].value.startswith("一、")
    for ws in wb.worksheets:
        if ws.title == "_meta":
            continue
        assert ws.protection.sheet  # locked but for the cells to fill in
        assert int(ws.page_setup.paperSize) == 9 and ws.page_setup.fitToWidth == 1
        assert ws.sheet_properties.pageSetUpPr.fitToPage
    env = sheet(wb, "env")
    assert env.title == "市环境保护局"
    setup = env.page_setup
    assert setup.orientation == "landscape" and setup.fitToHeight == 0
    assert env.print_title_rows == "$1:$4"
    assert "填报人" in env.oddFooter.left.text and "审核人" in env.oddFooter.left.text
    last = max(r for r in range(1, env.max_row + 1) if env.cell(r, 2).value)
    assert all(w in env.cell(last, 2).value for w in ("填报人", "审核人", "联系电话", "日期"))
    row = find_row(env, "S01.04|")
    value, title = env.cell(row, COL["value"]), env.cell(row, COL["title"])
    assert not value.protection.locked and value.fill.fgColor.rgb.endswith("FFF2CC")
    assert title.protection.locked and title.alignment.wrap_text
    assert not env.cell(row, COL["not_applicable"]).protection.locked
    assert env.cell(row + 1, COL["not_applicable"]).protection.locked is not False or \
        env.cell(row + 1, 1).value.split("|")[0] != "S01.04"
    assert env.column_dimensions["A"].hidden and env.column_dimensions["C"].width >= 20
    city = sheet(wb, "city")
    assert not city.cell(find_row(city, "name.zh"), 4).protection.locked  # the office's to fill


def test_tab_names_are_excel_safe_and_unique():
    from types import SimpleNamespace

    from nsc_check.forms import _tab_titles
    from nsc_check.text import LocalText

    names = {"a": "市食品药品监督管理局/工商局", "b": "市食品药品监督管理局/工商局",
             "c": "城市基本情况", "d": "某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某某"}
    pack = SimpleNamespace(header=SimpleNamespace(
        departments={k: LocalText.of(v, v) for k, v in names.items()}))
    titles = _tab_titles(pack, list(names))
    assert titles["a"] == "市食品药品监督管理局、工商局" and titles["b"] == "市食品药品监督管理局、工商局（2）"
    assert titles["c"] == "城市基本情况（2）"
    assert all(len(t) <= 31 and not re.search(r"[\[\]:*?/\\]", t) for t in titles.values())
    assert len({t.lower() for t in titles.values()}) == len(titles)


def test_two_departments_forms_one_touching_the_city_sheet(runner, tmp_path, folder):
    """Each department fills in its own workbook; one also types over the read-only city sheet:
    its import neither refuses nor writes city.yaml, and the other imports after it without
    --force."""
    city_before = (folder / "city.yaml").read_bytes()
    books = {}
    for dept, key, value in (("env", "S01.04|", 65), ("sanitation", "S01.01|", 0.9)):
        books[dept] = tmp_path / f"{dept}.xlsx"
        export(runner, books[dept], str(folder), "--department", dept)
        wb = load_workbook(books[dept])
        city = sheet(wb, "city")
        assert city.protection.sheet and city.cell(find_row(city, "name.zh"), 4).protection.locked
        ws = sheet(wb, dept)
        ws.cell(find_row(ws, key), COL["value"]).value = value
        if dept == "env":
            city.cell(find_row(city, "name.zh"), 4).value = "环保局改的市名"
            city.cell(find_row(city, "assessment_date"), 4).value = "2030-01-01"
        wb.save(books[dept])
    for dept in books:
        res = form_import(runner, books[dept], folder)
        assert res.exit_code == 0, res.output
        assert "city.yaml" not in res.output
    assert (folder / "city.yaml").read_bytes() == city_before
    entries = evidence(folder).entries
    assert entries["S01.04"].data.value == 65 and entries["S01.01"].data.value == 90


def test_init_then_form_export_then_import_then_assess(runner, tmp_path):
    folder = tmp_path / "new"
    assert runner.invoke(main, ["init", str(folder), *MINI]).exit_code == 0
    book = tmp_path / "office.xlsx"
    res = runner.invoke(main, ["form", "export", str(folder), "-o", str(book), *MINI])
    assert res.exit_code == 0, res.output
    assert "None" not in res.output and "city.yaml is not filled in yet" in res.output
    wb = load_workbook(book)
    res = form_import(runner, book, folder)  # not filled in: says what to fill, where
    assert res.exit_code == 2 and "None" not in res.output
    assert "城市基本情况!D3" in res.output and "the city's name is missing" in res.output
    assert "城市基本情况!D5" in res.output and "the assessment date is missing" in res.output
    city = sheet(wb, "city")
    city.cell(find_row(city, "name.zh"), 4).value = "新市"
    city.cell(find_row(city, "assessment_date"), 4).value = "2025-12-31"
    city.cell(find_row(city, "latitude"), 4).value = 36
    env = sheet(wb, "env")
    env.cell(find_row(env, "S01.04|"), COL["value"]).value = 66.5
    wb.save(book)
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output

    def s0104() -> dict:
        res = runner.invoke(main, ["assess", str(folder), "--format", "json", *MINI])
        assert res.exit_code in (0, 1), res.output
        data = json.loads(res.output)
        assert data["city"]["name"]["zh"] == "新市"
        return next(i for i in data["indicators"] if i["id"] == "S01.04")

    # without the data's date, how current the figure is cannot be told: never a pass
    undated = s0104()
    assert undated["status"] == "stale"
    assert [m["code"] for m in undated["messages"]] == ["kinds.undated"]
    # the form exported again (the files changed), the data's date filled in
    assert runner.invoke(main, ["form", "export", str(folder), "-o", str(book), *MINI]
                         ).exit_code == 0
    wb = load_workbook(book)
    sheet(wb, "env").cell(find_row(sheet(wb, "env"), "_as_of"), 6).value = "2025-11-30"
    wb.save(book)
    assert form_import(runner, book, folder).exit_code == 0
    assert s0104()["status"] == "pass"


# ---------------------------------------------------------------------------------------------
# Limits before work


def _sheet_part(archive: zipfile.ZipFile, title: str) -> str:
    """The zip member of the sheet whose tab is `title`."""
    workbook = archive.read("xl/workbook.xml").decode()
    rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet[^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', workbook)
    if rid is None:
        rid = re.search(rf'<sheet[^>]*r:id="([^"]+)"[^>]*name="{re.escape(title)}"', workbook)
    target = re.search(rf'<Relationship[^>]*Id="{rid.group(1)}"[^>]*Target="([^"]+)"', rels) or \
        re.search(rf'<Relationship[^>]*Target="([^"]+)"[^>]*Id="{rid.group(1)}"', rels)
    return "xl/" + target.group(1).removeprefix("/xl/")


def paste_rows(book, title, count):
    """A million rows pasted under a sheet, written straight into the .xlsx (seconds, not the
    minutes openpyxl would take to write them one by one)."""
    with zipfile.ZipFile(book) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
        part = _sheet_part(archive, title)
    xml = parts[part].decode()
    rows = "".join(f'<row r="{r}"><c r="F{r}" t="inlineStr"><is><t>粘贴</t></is></c>'
                   f'<c r="L{r}"><v>{r}</v></c></row>' for r in range(100, 100 + count))
    xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:L{99 + count}"/>', xml)
    parts[part] = xml.replace("</sheetData>", rows + "</sheetData>").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    book.write_bytes(out.getvalue())


def test_a_million_pasted_rows_are_refused_within_seconds(runner, tmp_path, folder):
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    paste_rows(book, "市环境保护局", 1_000_000)
    start = time.perf_counter()
    res = form_import(runner, book, folder)
    took = time.perf_counter() - start
    assert res.exit_code == 2, res.output
    assert "市环境保护局!F5001" in res.output and "row 5001 is beyond the form" in res.output
    assert took < 5, took  # about 0.1 s on the machine this was written on


def test_a_sheet_with_one_cell_at_the_last_row_and_column(runner, tmp_path, folder):
    def fill(wb):
        sheet(wb, "env").cell(row=1_048_576, column=16_384, value="x")
    start = time.perf_counter()
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2 and "市环境保护局!XFD1048576" in res.output
    assert time.perf_counter() - start < 5


# ---------------------------------------------------------------------------------------------
# In Chinese: a form filled wrongly, as a clerk reads the refusal


@pytest.mark.zh
def test_a_form_filled_wrongly_is_refused_in_chinese(runner, tmp_path, folder):
    def fill(wb):
        pct = value_cell(wb, "sanitation", "S01.01|")
        pct.value, pct.number_format = 0.961, "General"
        value_cell(wb, "sanitation", "S01.02|", "not_applicable").value = "无"
        value_cell(wb, "env", "S01.04|").value = "不适用"
        noise = value_cell(wb, "env", "S01.06|")
        noise.value = "II"
        days = value_cell(wb, "env", "S01.05|2025")
        days.value, days.number_format = 0.8, "0%"
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2
    lines = [line for line in res.output.splitlines() if "错误" in line]
    assert len(lines) == 4, res.output
    text = "\n".join(lines)
    assert "市环境卫生管理处!F5: 错误: 0.961 是否应为 96.1%？" in text
    assert "市环境卫生管理处!K6: 错误: “无”不是不适用的理由" in text and "K 列留空" in text
    assert "市环境保护局!F5: 错误: “不适用”不是“填报值”的值" in text and "“不适用原因”列" in text
    assert "单位是 天，不是 %" in text
    for line in lines:  # past the place (file:tab!cell), not a word of English, nor Python's
        message = line.split(": 错误: ", 1)[1]
        assert not re.search(r"[A-Za-z]{2,}", message.replace("nsc-check", "")), line
        assert "None" not in line


def test_no_findings_written_as_findings_is_refused(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "sanitation", "S01.03|", "findings").value = "无"
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2 and "is not a finding" in res.output


def test_a_city_figure_that_is_not_a_number_is_refused_at_its_cell(runner, tmp_path, folder):
    def fill(wb):
        city = sheet(wb, "city")
        city.cell(find_row(city, "latitude"), 4).value = "北纬36度"
        city.cell(find_row(city, "population"), 4).value = "３０００００"
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2
    assert "latitude (degrees) takes a number, not '北纬36度'" in res.output
    assert "population" not in res.output


def test_the_sample_city_imported_over_itself_assesses_the_same(runner, tmp_path):
    from conftest import REPO

    folder = tmp_path / "sample"
    shutil.copytree(REPO / "evidence", folder)

    def assessed():
        res = runner.invoke(main, ["assess", str(folder), "--format", "json"])
        data = json.loads(res.output)
        return ([(i["id"], i["status"], i["measured"], i["points_awarded"])
                 for i in data["indicators"]], data["summary"]["percent"])
    before = assessed()
    book = tmp_path / "f.xlsx"
    assert runner.invoke(main, ["form", "export", str(folder), "-o", str(book)]).exit_code == 0
    res = runner.invoke(main, ["form", "import", str(book), "--into", str(folder)])
    assert res.exit_code == 0, res.output
    assert runner.invoke(main, ["validate", str(folder)]).exit_code == 0
    assert assessed() == before


@pytest.mark.parametrize("number_format, percent", [
    ("0.0%", True), ("0%", True), ("[Red]0.00%", True), ('0"%"', False), ("0\\%", False),
    ("General", False), ("@", False), (None, False)])
def test_which_formats_show_a_percentage(number_format, percent):
    from nsc_check.forms import _percent_format

    assert _percent_format(number_format) is percent


def paste_rows_at(book, title, first, last, cells):
    """Rows `first`..`last` written straight into a sheet of the .xlsx, each of `cells(r)`."""
    with zipfile.ZipFile(book) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
        part = _sheet_part(archive, title)
    xml = parts[part].decode()
    rows = "".join(f'<row r="{r}">{cells(r)}</row>' for r in range(first, last + 1))
    xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:L{last}"/>', xml)
    parts[part] = xml.replace("</sheetData>", rows + "</sheetData>").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    book.write_bytes(out.getvalue())


def _pasted(r):
    return f'<c r="F{r}" t="inlineStr"><is><t>粘贴</t></is></c><c r="G{r}"><v>{r}</v></c>'


@pytest.mark.zh
def test_rows_pasted_below_the_form_are_listed_up_to_a_hundred(runner, tmp_path, folder):
    """Rows filled below the form on two sheets, up to the last row a form may have: one
    problem each, but the first hundred listed and the rest counted in one line (it was one
    line per row: 85,000 rows gave 18 MB of messages)."""
    from nsc_check.forms import MAX_LISTED, MAX_ROWS

    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    for title in ("市环境保护局", "市爱卫办"):
        paste_rows_at(book, title, 100, MAX_ROWS, _pasted)
    res = form_import(runner, book, folder)
    assert res.exit_code == 2
    lines = res.output.splitlines()
    found = 2 * (MAX_ROWS - 99)
    assert len(lines) == MAX_LISTED + 2
    assert all(": 错误: " in line for line in lines[:MAX_LISTED])
    assert lines[0].startswith("f.xlsx:市爱卫办!A100: 错误: 第 100 行不是采集表原有的行")
    assert lines[-2] == (f"……另有 {found - MAX_LISTED} 个问题未列出：请先改正上面列出的问题，"
                         "再重新运行，其余的问题会接着列出")
    assert lines[-1] == f"nsc-check：发现 {found} 个问题（请改正后重新运行命令）"


def test_a_few_problems_are_all_listed_without_a_more_line(runner, tmp_path, folder):
    """A hundred problems are listed as they always were (this passes on the code before)."""
    MAX_LISTED = 100  # noqa: N806
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    paste_rows_at(book, "市环境保护局", 100, 99 + MAX_LISTED, _pasted)
    res = form_import(runner, book, folder)
    lines = res.output.splitlines()
    assert res.exit_code == 2 and len(lines) == MAX_LISTED + 1
    assert "more problem" not in res.output
    assert lines[-1] == f"nsc-check: {MAX_LISTED} problem(s) found (fix them and run the command again)"


@pytest.mark.parametrize("used", ["styled", "dimension"])
def test_a_huge_used_range_with_nothing_in_it_imports_within_seconds(runner, tmp_path, folder,
                                                                     used):
    """A format applied to a million rows (cells styled, no values), or a sheet whose used
    range says a million rows with none there: nothing to read, and read quickly."""
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    if used == "styled":
        paste_rows_at(book, "市环境保护局", 100, 1_000_000, lambda r: f'<c r="F{r}" s="1"/>')
    else:
        with zipfile.ZipFile(book) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
            part = _sheet_part(archive, "市环境保护局")
        parts[part] = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>',
                             parts[part])
        with zipfile.ZipFile(book, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    start = time.perf_counter()
    res = form_import(runner, book, tmp_path / "out")
    assert res.exit_code == 0, res.output
    assert time.perf_counter() - start < 30


@pytest.mark.parametrize("cells, column", [
    ('<c r="E100" s="1"/><c r="H100" t="inlineStr"><is><t>x</t></is></c>', 8),
    # a cell that does not say where it is comes after the one before it, empty or not
    ('<c r="E100" s="1"/><c t="inlineStr"><is><t>x</t></is></c>', 6),
])
def test_empty_cells_skipped_unread_leave_the_others_where_they_are(runner, tmp_path, folder,
                                                                    cells, column):
    from nsc_check.forms import read_grid

    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    paste_rows_at(book, "市环境保护局", 100, 100, lambda r: cells)
    wb = load_workbook(book, read_only=True)
    try:
        grid = read_grid(wb["市环境保护局"], wb)
    finally:
        wb.close()
    assert {c: cell.value for c, cell in grid.rows[100].items()} == {column: "x"}


@pytest.mark.parametrize("at_4000, row, column", [
    ('<row r="4000"><c r="E4000" s="1"/><c r="H4000" t="inlineStr"><is><t>x</t></is></c></row>',
     4000, 8),
    # a cell that does not say where it is comes after the one before it
    ('<row r="4000"><c r="E4000" s="1"/><c t="inlineStr"><is><t>x</t></is></c></row>', 4000, 6),
    # a row that does not say where it is comes after the one before it, blank or not
    ('<row><c t="inlineStr"><is><t>x</t></is></c></row>', 4000, 1),
    # words that look like rows in a CDATA section are words, kept as they are
    ('<row r="4000"><c r="F4000" t="inlineStr"><is><t><![CDATA[x<row r="1"/>]]></t></is></c>'
     '</row>', 4000, 6),
])
def test_a_value_among_many_blank_rows_is_read_where_it_is(runner, tmp_path, folder, at_4000,
                                                           row, column):
    """Blank rows (cells formatted, nothing in them) are dropped from a large sheet's text
    before it is parsed; what is among them is still read, at its place."""
    from nsc_check.forms import _large, read_grid

    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    paste_rows_at(book, "市环境保护局", 100, 200_000, lambda r: f'<c r="E{r}" s="1"/><c r="F{r}" s="1"/>')
    with zipfile.ZipFile(book) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
        part = _sheet_part(archive, "市环境保护局")
    parts[part] = parts[part].replace(
        b'<row r="4000"><c r="E4000" s="1"/><c r="F4000" s="1"/></row>', at_4000.encode())
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    wb = load_workbook(book, read_only=True)
    try:
        ws = wb["市环境保护局"]
        assert _large(ws)
        grid = read_grid(ws, wb)
    finally:
        wb.close()
    assert [r for r in grid.rows if r >= 100] == [row]
    expected = 'x<row r="1"/>' if "CDATA" in at_4000 else "x"
    assert {c: cell.value for c, cell in grid.rows[row].items()} == {column: expected}


def test_a_value_beyond_the_form_after_a_million_blank_rows_is_found(runner, tmp_path, folder):
    book = tmp_path / "f.xlsx"
    export(runner, book, str(folder))
    paste_rows_at(book, "市环境保护局", 100, 1_000_000,
                  lambda r: f'<c r="F{r}"><v>1</v></c>' if r == 999_999 else f'<c r="F{r}" s="1"/>')
    res = form_import(runner, book, folder)
    assert res.exit_code == 2 and "市环境保护局!F999999" in res.output


@pytest.mark.zh
def test_rows_sorted_under_their_hidden_keys_are_refused_not_read_as_other_items(
        runner, tmp_path, folder):
    """A clerk sorts the visible columns (B–L) of two rows: the hidden keys in A stay where they
    were, so each row's values would be read as the other item's (71.4 dB(A) noise as a grade)."""
    def swap(wb):
        env = sheet(wb, "env")
        a, b = find_row(env, "S01.04|"), find_row(env, "S01.06|")
        for col in range(2, 13):
            env.cell(a, col).value, env.cell(b, col).value = (env.cell(b, col).value,
                                                              env.cell(a, col).value)
    book = filled(runner, tmp_path, folder, swap)
    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    res = form_import(runner, book, folder)
    assert res.exit_code == 2, res.output
    assert "的编号是 S01.06，但这一行原本属于 S01.04（行被排序、移动或从别处粘贴过）" in res.output
    assert "!B" in res.output and "不要对表格排序或移动行" in res.output
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()} == before


@pytest.mark.zh
def test_a_deleted_row_is_refused_not_read_as_an_emptied_item(runner, tmp_path, folder):
    """Deleting an item's row is not leaving it blank: the import would erase what the folder
    holds for it without a word."""
    def delete(wb):
        env = sheet(wb, "env")
        env.protection.sheet = False
        env.delete_rows(find_row(env, "S01.04|"))
    book = filled(runner, tmp_path, folder, delete)
    before = (folder / "env.yaml").read_bytes()
    res = form_import(runner, book, folder)
    assert res.exit_code == 2, res.output
    assert "S01.04（" in res.output and "所在的行被删除了：导入会清空该项已报送的数据" in res.output
    assert "不要删除行" in res.output
    assert (folder / "env.yaml").read_bytes() == before


@pytest.mark.zh
def test_a_value_in_a_cell_the_import_does_not_read_is_refused_there(runner, tmp_path, folder):
    """A date typed in G of a row whose kind reads no date there (the clerk meant: these figures
    are from 2008) was dropped without a word, and the figure taken as current."""
    def fill(wb):
        env = sheet(wb, "env")
        env.cell(find_row(env, "S01.04|"), COL["second"]).value = "2008-06-30"
    book = filled(runner, tmp_path, folder, fill)
    res = form_import(runner, book, folder)
    assert res.exit_code == 2, res.output
    assert "!G" in res.output and "这一行不填“分母 / 日期”（灰色单元格，导入时不读取）" in res.output
    assert "“2008-06-30”会被忽略" in res.output and "本行只填 F（填报值）" in res.output


@pytest.mark.zh
def test_a_document_row_asks_for_its_document_by_title_never_by_its_yaml_id(runner, tmp_path):
    from helpers import SAMPLE

    book = tmp_path / "form.xlsx"
    res = runner.invoke(main, ["form", "export", str(SAMPLE), "--output", str(book)])
    assert res.exit_code == 0, res.output
    aiwei = sheet(load_workbook(book), "aiwei")
    required = aiwei.cell(find_row(aiwei, "S01.02|membership"), COL["required"]).value
    assert required == "须提供：爱卫会组成人员及成员单位职责分工文件"
    for row in aiwei.iter_rows(min_row=5):
        if row[0].value and "|" in row[0].value and row[0].value.split("|")[1].isalpha():
            assert not re.search(r"[a-z]{3,}", row[COL["required"] - 1].value or "")


@pytest.mark.zh
def test_the_form_says_its_data_date_is_required(runner, tmp_path, folder):
    """Left blank, the figures are undated and never taken as current: the form says so."""
    book = tmp_path / "form.xlsx"
    export(runner, book, str(folder))
    env = sheet(load_workbook(book), "env")
    row = find_row(env, "_as_of")
    assert "必填" in env.cell(row, COL["title"]).value
    assert "无日期的数据不计为达标" in env.cell(row, COL["unit"]).value
