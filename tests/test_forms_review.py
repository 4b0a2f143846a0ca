"""What a tester playing a clerk found in the form import and evidence reading: each is refused
at the cell (or line) with a message a clerk can act on, or kept as it was meant."""

from __future__ import annotations

import re

import pytest
from test_forms_clerks import (  # noqa: F401  (fixtures and helpers of the form's tests)
    evidence,
    export,
    filled,
    find_row,
    folder,
    form_import,
    sheet,
    value_cell,
)


def errors(res):
    return [line for line in res.output.splitlines() if "错误" in line or "error" in line]


# ---------------------------------------------------------------------------------------------
# 1. a value and a reason not applicable in the same item


@pytest.mark.zh
def test_a_value_and_a_reason_in_one_row_are_refused_at_the_cells(runner, tmp_path, folder):
    before = (folder / "env.yaml").read_bytes()

    def fill(wb):
        value_cell(wb, "env", "S01.04|").value = 65
        value_cell(wb, "env", "S01.04|", "not_applicable").value = "本市无交通干线"
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2, res.output
    assert "市环境保护局!K5: 错误: S01.04：F5 已填写数值，K5 又填写了不适用原因，请二选一" \
        in res.output, res.output
    assert (folder / "env.yaml").read_bytes() == before  # 65 dB(A) not dropped


def test_a_reason_alone_still_declares(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.05|2024").value = None
        value_cell(wb, "env", "S01.05|2025").value = None
        value_cell(wb, "env", "S01.05|2023").value = None
        value_cell(wb, "env", "S01.05|2023", "not_applicable").value = "本市未开展空气质量监测"
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 0, res.output
    assert evidence(folder).entries["S01.05"].not_applicable == "本市未开展空气质量监测"


@pytest.mark.zh
def test_yaml_figures_and_not_applicable_are_refused_at_the_line(runner, folder):
    from test_forms_clerks import MINI

    from nsc_check.cli import main

    path = folder / "env.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  S01.04: 71.4 dB(A)\n",
        "  S01.04:\n    value: 71.4\n    not_applicable: 本市无交通干线\n"), encoding="utf-8")
    res = runner.invoke(main, ["validate", str(folder), *MINI])
    assert res.exit_code == 2, res.output
    assert re.search(r"env\.yaml:5:\d+: 错误: .*已填写数值又填写了不适用原因", res.output), res.output


# ---------------------------------------------------------------------------------------------
# 2. `不适用` in column K says that, not why


@pytest.mark.zh
@pytest.mark.parametrize("typed", ["不适用", "不涉及"])
def test_not_applicable_typed_in_column_k_is_not_a_reason(runner, tmp_path, folder, typed):
    def fill(wb):
        value_cell(wb, "env", "S01.06|").value = None
        value_cell(wb, "env", "S01.06|", "not_applicable").value = typed
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2, res.output
    assert f"市环境保护局!K9: 错误: “{typed}”不是不适用的理由" in res.output, res.output
    assert "请写明理由" in res.output


# ---------------------------------------------------------------------------------------------
# 3. impossible values: negative figures, days in parts; 4. at the row of their year


@pytest.mark.zh
def test_a_negative_noise_level_is_refused_not_passed(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.04|").value = -5
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2, res.output
    assert "市环境保护局!F5: 错误: S01.04：-5 是负数" in res.output, res.output


@pytest.mark.zh
def test_days_in_parts_are_refused_at_their_year(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.05|2025").value = 300.5
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2, res.output
    row = find_row(sheet(__import__("openpyxl").load_workbook(tmp_path / "form.xlsx"), "env"),
                   "S01.05|2025")
    assert f"市环境保护局!F{row}: 错误: S01.05：2025 年的天数应为整数，不能是 300.5" in res.output, \
        res.output


@pytest.mark.zh
def test_a_series_error_points_at_the_row_of_its_year(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.05|2025").value = 400
        value_cell(wb, "env", "S01.05|2024").value = -3
    book = filled(runner, tmp_path, folder, fill)
    res = form_import(runner, book, folder)
    assert res.exit_code == 2, res.output
    ws = sheet(__import__("openpyxl").load_workbook(book), "env")
    r24, r25 = find_row(ws, "S01.05|2024"), find_row(ws, "S01.05|2025")
    assert r24 != r25 and r24 != find_row(ws, "S01.05|2023")
    assert f"市环境保护局!F{r24}: 错误: S01.05：2024 年的数值 -3 是负数" in res.output, res.output


@pytest.mark.zh
def test_yaml_negative_and_fractional_days_are_refused(runner, folder):
    from test_forms_clerks import MINI

    from nsc_check.cli import main

    path = folder / "env.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "S01.04: 71.4 dB(A)", "S01.04: -5 dB(A)").replace("2025: 301", "2025: 300.5"),
        encoding="utf-8")
    res = runner.invoke(main, ["validate", str(folder), *MINI])
    assert res.exit_code == 2, res.output
    assert re.search(r"env\.yaml:4:\d+: 错误: .*-5 dB\(A\) 是负数", res.output), res.output
    assert re.search(r"env\.yaml:5:\d+: 错误: .*2025 年的天数应为整数", res.output), res.output


# ---------------------------------------------------------------------------------------------
# 5. a full-width space after a colon, at its own line and column


@pytest.mark.zh
@pytest.mark.parametrize("text, where", [
    ("department: env\nevidence:\n  S01.04:\u300071.4 dB(A)\n  S01.06: IV类\n", "env.yaml:3:10"),
    ("department: env\nevidence:\n  S01.04:\u300071.4 dB(A)\n", "env.yaml:3:3"),
])
def test_a_full_width_space_after_a_colon_is_named_where_it_is(runner, folder, text, where):
    from test_forms_clerks import MINI

    from nsc_check.cli import main

    (folder / "env.yaml").write_text(text, encoding="utf-8")
    res = runner.invoke(main, ["validate", str(folder), *MINI])
    assert res.exit_code == 2, res.output
    line = next(line for line in res.output.splitlines() if where in line)
    assert "冒号后面是全角空格" in line and "“S01.04: 71.4 dB(A)”" in line, res.output
    assert "缩进" not in res.output.replace("英文输入法", "")


# ---------------------------------------------------------------------------------------------
# 6. messages a clerk can act on


@pytest.mark.zh
def test_form_hints_speak_of_the_form_not_the_command_line(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.05|2025").value = "三百天"
    book = filled(runner, tmp_path, folder, fill)
    res = form_import(runner, book, folder)
    assert res.exit_code == 2, res.output
    assert "criteria kinds" not in res.output and "series" not in res.output
    assert "（D 列）" in res.output and "（F 列）" in res.output, res.output


@pytest.mark.zh
def test_yaml_hints_name_the_kind_in_chinese(runner, folder):
    from test_forms_clerks import MINI

    from nsc_check.cli import main

    path = folder / "env.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("S01.04: 71.4 dB(A)", "S01.04: 很安静"),
                    encoding="utf-8")
    res = runner.invoke(main, ["validate", str(folder), *MINI])
    assert res.exit_code == 2, res.output
    assert "“阈值”类证据的写法" in res.output and "threshold" not in res.output, res.output


@pytest.mark.zh
@pytest.mark.parametrize("logical, shown", [(True, "TRUE"), (False, "FALSE")])
def test_a_logical_cell_is_shown_as_excel_shows_it(runner, tmp_path, folder, logical, shown):
    def fill(wb):
        value_cell(wb, "env", "S01.04|").value = logical
        value_cell(wb, "env", "S01.06|", "not_applicable").value = logical
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2, res.output
    assert f"市环境保护局!F5: 错误: 此格是 Excel 的逻辑值 {shown}" in res.output, res.output
    assert f"市环境保护局!K9: 错误: “{shown}”不是不适用的理由" in res.output, res.output
    assert "true" not in res.output.lower().replace(shown.lower(), "")


@pytest.mark.zh
def test_an_incident_without_a_date_gets_one_clear_error(runner, tmp_path, folder):
    def fill(wb):
        value_cell(wb, "env", "S01.07|").value = "去年发生过一次"
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2, res.output
    lines = errors(res)
    assert len(lines) == 1, res.output
    assert "市环境保护局!F10: 错误: S01.07：“去年发生过一次”不是一起事件的写法" in lines[0]
    assert "2025-06-14：经过" in lines[0] and "“无”" in lines[0] and "不能为空" not in lines[0]


@pytest.mark.parametrize("typed", ["没有", "未发生", "无"])
def test_no_incident_in_plain_words_means_none(runner, tmp_path, folder, typed):
    def fill(wb):
        value_cell(wb, "env", "S01.07|").value = typed
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 0, res.output
    assert evidence(folder).entries["S01.07"].data.incidents == []


# ---------------------------------------------------------------------------------------------
# 7. items left empty on the form keep their placeholders and init's notes


def test_rows_left_empty_keep_their_placeholders_and_notes(runner, tmp_path):
    from openpyxl import load_workbook
    from test_forms_clerks import MINI

    from nsc_check.cli import main

    folder = tmp_path / "ev"
    assert runner.invoke(main, ["init", str(folder), *MINI]).exit_code == 0
    city = folder / "city.yaml"
    city.write_text("name: {zh: 样例市, en: Sample}\nassessment_date: 2025-12-01\n",
                    encoding="utf-8")
    before = (folder / "env.yaml").read_text(encoding="utf-8")
    book = tmp_path / "env.xlsx"
    export(runner, book, str(folder), "--department", "env")
    wb = load_workbook(book)
    value_cell(wb, "env", "S01.04|").value = 65
    wb.save(book)
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    after = (folder / "env.yaml").read_text(encoding="utf-8")
    assert "evidence: {}" not in after
    comments = [line for line in before.splitlines() if line.strip().startswith("#")]
    assert comments and all(line in after.splitlines() for line in comments)
    assert "S01.04: 65" in after
    for item in ("S01.05", "S01.06", "S01.07"):
        assert f"  {item}:" in after
    res = runner.invoke(main, ["validate", str(folder), *MINI])
    assert "S01.06" in res.output and "not yet filled" in res.output, res.output
    entries = evidence(folder)
    assert "S01.04" in entries.entries and "S01.06" not in entries.entries


# ---------------------------------------------------------------------------------------------
# 8. a department's workbook whose city sheet was edited


@pytest.mark.zh
@pytest.mark.parametrize("edit", [True, False])
def test_an_edited_city_sheet_of_a_department_workbook_is_named_as_ignored(
        runner, tmp_path, folder, edit):
    from openpyxl import load_workbook

    city_before = (folder / "city.yaml").read_bytes()
    book = tmp_path / "env.xlsx"
    export(runner, book, str(folder), "--department", "env")
    wb = load_workbook(book)
    value_cell(wb, "env", "S01.04|").value = 65
    if edit:
        city = sheet(wb, "city")
        city.cell(find_row(city, "population"), 4).value = 1234567
    wb.save(book)
    res = form_import(runner, book, folder)
    assert res.exit_code == 0, res.output
    notice = [line for line in res.output.splitlines() if "“城市基本情况”表不导入" in line]
    assert len(notice) == (1 if edit else 0), res.output
    if edit:
        assert "修改已被忽略" in notice[0]
    assert (folder / "city.yaml").read_bytes() == city_before
    assert evidence(folder).entries["S01.04"].data.value == 65


# ---------------------------------------------------------------------------------------------
# 9. 86.2 in a %-formatted cell shows 8620%


@pytest.mark.zh
def test_a_number_in_a_percent_cell_shown_hundredfold_suggests_what_was_meant(
        runner, tmp_path, folder):
    def fill(wb):
        cell = value_cell(wb, "sanitation", "S01.01|")
        assert "%" in cell.number_format
        cell.value = 86.2  # typed without Excel turning it into 0.862: shows 8620%
    res = form_import(runner, filled(runner, tmp_path, folder, fill), folder)
    assert res.exit_code == 2, res.output
    lines = errors(res)
    assert len(lines) == 1, res.output
    assert "市环境卫生管理处!F5: 错误: 此格显示为 8620%" in lines[0], res.output
    assert "是否应为 86.2%？" in lines[0] and "请输入“86.2%”" in lines[0]
