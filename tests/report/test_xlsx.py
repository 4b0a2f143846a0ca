"""The XLSX task list (report/xlsx.py): a summary sheet and one sheet per lead department."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from helpers import assess_mini, assess_sample, gap_ids, run, workbook_gap_ids
from openpyxl.worksheet.datavalidation import DataValidation

from nsc_check.values import format_number


@pytest.mark.zh
def test_xlsx_task_list(runner, city, tmp_path, mini_pack):
    city_file = city / "city.yaml"
    city_file.write_text(city_file.read_text(encoding="utf-8").replace(
        "{zh: 测试市, en: Test City}", '{zh: "=HYPERLINK(\\"http://x\\")", en: Test City}'),
        encoding="utf-8")
    out = tmp_path / "tasks.xlsx"
    res = assess_mini(runner, city, "--format", "xlsx", "--output", str(out))
    assert res.exit_code == 1, res.output
    book = openpyxl.load_workbook(out)
    summary = book["汇总"]
    values = [row for row in summary.iter_rows(values_only=True)]
    assert values[0][0] == "整改任务清单"
    facts = {row[0]: row[1] for row in values if row[0]}
    assert facts["城市"] == "'=HYPERLINK(\"http://x\")"  # formula guarded
    score = run(mini_pack, city).summary
    assert facts["结论"] == "具备申报条件，尚未达到申报要求" and f"({format_number(score.percent)}%)" in facts["总得分"]
    start = values.index(next(r for r in values if r[0] == "责任单位")) + 1
    end = next(i for i in range(start, len(values)) if not values[i][0])
    departments = {row[0]: row[1] for row in values[start:end]}
    assert departments == {"市环境卫生管理处": 1, "市环境保护局": 3, "市爱卫办": 2}
    assert sorted(book.sheetnames[1:]) == sorted(departments)  # in the plan's order
    sheet = book["市环境保护局"]
    header = [c.value for c in sheet[1]]
    assert header == ["指标编号", "顺序", "指标", "状态", "失分", "现状", "要求", "差距",
                      "发现问题", "整改建议", "责任单位", "进度", "完成时限", "责任人"]
    assert sheet.freeze_panes == "A2" and sheet[1][0].font.bold
    assert sheet.column_dimensions["J"].width >= 30
    noise = next(row for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "S01.04")
    assert noise[5:8] == ("71.4 dB(A)", "≤ 70 dB(A)", "超出 1.4 dB(A)")
    assert noise[11:] == ("未开始", None, None)
    assert sorted(workbook_gap_ids(out)) == sorted(gap_ids(mini_pack, city))


def test_xlsx_needs_an_output_file(runner, evidence_dir):
    res = assess_mini(runner, evidence_dir, "--format", "xlsx")
    assert res.exit_code == 2 and "--output" in res.output and "Traceback" not in res.output


@pytest.mark.zh
def test_xlsx_task_list_follows_the_plan(runner, tmp_path):
    out = tmp_path / "tasks.xlsx"
    assess_sample(runner, "--format", "xlsx", "-o", str(out), "--lang", "zh")
    book = openpyxl.load_workbook(out)
    summary = [row for row in book["汇总"].iter_rows(values_only=True)]
    cells = [str(c) for row in summary for c in row if c is not None]
    assert "距总分底线 90% 还差 67.5 分" in cells
    assert any("S10 城中村及城乡结合部卫生 距底线 80% 还差 4 分" == c for c in cells)
    assert any(c.startswith("满分 1000 分") for c in cells)
    plan_rows = [row for row in summary if isinstance(row[0], int)]
    plan_ids = [row[1] for row in plan_rows]
    assert plan_ids and "S08.04" in plan_ids
    sheet = book["市爱卫办"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["指标编号", "顺序", "指标", "状态", "失分"]
    assert header[-3:] == ["进度", "完成时限", "责任人"] and "发现问题" in header
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows[0][0] == "S08.04" and rows[0][1] == plan_ids.index("S08.04") + 1
    assert rows[0][4] == 20 and "5.2%" in rows[0][header.index("发现问题")]
    assert rows[-1][1] == "不在计划内"
    assert all(row[header.index("进度")] == "未开始" for row in rows)
    validations: list[DataValidation] = sheet.data_validations.dataValidation
    progress = next(v for v in validations if v.type == "list")
    assert progress.formula1 == '"未开始,进行中,已完成"' and "L2" in str(progress.sqref)
    dates = next(v for v in validations if v.type == "date")
    assert "M2" in str(dates.sqref) and dates.showErrorMessage and "日期" in dates.error
    assert sheet["M2"].number_format == "yyyy-mm-dd"


def test_xlsx_due_date_accepts_a_date(runner, tmp_path):
    """The office fills in a date and the workbook keeps it as a date."""
    out = tmp_path / "tasks.xlsx"
    assess_sample(runner, "--format", "xlsx", "-o", str(out))
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[1]
    sheet["M2"] = dt.date(2026, 6, 30)
    book.save(out)
    assert openpyxl.load_workbook(out).worksheets[1]["M2"].value == dt.datetime(2026, 6, 30)
