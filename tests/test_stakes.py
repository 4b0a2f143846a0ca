"""Points at stake, in every format, for the sample city: 67.5 points short of its 90% floor,
S10 4 points short of its 80%, each gap's points lost, why the total is 990 and not 1,000; the
requirement machine-readable; the plan in the HTML report and the XLSX task list; the phone and
print layouts; B05's near miss in every report."""

from __future__ import annotations

import datetime as dt
import json
import re

import openpyxl
import pytest
from conftest import REPO
from openpyxl.worksheet.datavalidation import DataValidation

from nsc_check.cli import main

SAMPLE = REPO / "evidence"


def assess(runner, *args):
    res = runner.invoke(main, ["assess", str(SAMPLE), *args],
                        env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert res.exit_code == 1, res.output  # eligible, not ready
    return res


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("html") / "report.html"
    CliRunner().invoke(main, ["assess", str(SAMPLE), "--format", "html", "-o", str(out),
                              "--lang", "en"])
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page_zh(tmp_path_factory):
    import os

    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("html") / "report.html"
    env = {k: v for k, v in os.environ.items() if k != "NSC_LANG"}
    CliRunner(env=env).invoke(main, ["assess", str(SAMPLE), "--format", "html", "-o", str(out),
                                     "--lang", "zh"])
    return out.read_text(encoding="utf-8")


def test_json_carries_the_points_at_stake(runner):
    data = json.loads(assess(runner, "--format", "json").output)
    s = data["summary"]
    assert s["points_short"] == 67.5 and s["min_score_percent"] == 90
    assert s["points_full"] == 1000 and s["points_possible"] == 990
    assert [(n["id"], n["points"]) for n in s["not_applicable"]] == [("S10.03", 10)]
    short = {sec["id"]: sec["points_short"] for sec in data["sections"]}
    assert short["S10"] == 4 and all(v == 0 for k, v in short.items() if k != "S10")
    by_id = {i["id"]: i for i in data["indicators"]}
    assert by_id["S08.04"]["points_lost"] == 20 and by_id["S03.01"]["points_lost"] == 8
    assert all(i["points_lost"] == 0 for i in data["indicators"] if i["status"] == "pass")
    lost = sum(i["points_lost"] for i in data["indicators"])
    assert lost == s["points_possible"] - s["points_awarded"]


def test_json_requirement_is_machine_readable(runner):
    data = json.loads(assess(runner, "--format", "json").output)
    by_id = {i["id"]: i for i in data["indicators"]}
    noise = by_id["S04.05"]
    assert noise["requirement"] == {"operator": "<=", "figure": 70, "unit": "dB(A)", "scale": None}
    assert noise["measured"] == 71.4
    water = by_id["S04.03"]["requirement"]
    assert water["operator"] == ">=" and water["figure"] == "III" and water["unit"] == "grade"
    assert water["scale"][0] == "I"
    assert by_id["S08.04"]["requirement"]["unit"] == "limit_multiple"
    assert by_id["S01.06"]["requirement"] == {"operator": ">=", "figure": 30, "unit": "%",
                                              "scale": None}
    assert all(i["requirement"] is not None for i in data["indicators"])


def test_schema_documents_measured_per_kind(runner):
    res = runner.invoke(main, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.output)
    fields = schema["$defs"]["IndicatorResult"]["properties"]
    doc = fields["measured"]["description"]
    for kind in ("threshold", "ratio", "series", "grade", "metrics", "no_events", "document",
                 "inspection"):
        assert f"{kind}:" in doc, kind
    assert "operator" in schema["$defs"]["Requirement"]["properties"]
    assert "points_short" in schema["$defs"]["Summary"]["properties"]


@pytest.mark.zh
def test_terminal_shows_the_points_at_stake(runner):
    out = assess(runner).output
    assert "距总分底线 90% 还差 67.5 分" in out
    assert "满分 1000 分" in out and "S10.03 卫生厕所普及率（10 分）" in out
    s10 = next(line for line in out.splitlines() if line.lstrip().startswith("S10 "))
    assert "差 4 分" in s10
    assert re.search(r"S08\.04 蟑螂密度控制  \[不达标\]  失 20 分", out)
    b05 = out.split(" B05 ")[1].split(" B06 ")[0]
    assert "临界" in b05 and "1.73" in b05


def test_terminal_in_english(runner):
    out = assess(runner, "--lang", "en").output
    assert "67.5 points short of the 90% floor" in out and "S10.03" in out


@pytest.mark.zh
def test_html_shows_the_points_at_stake_and_the_near_miss(page_zh):
    head = page_zh.split('id="conditions"')[0]
    assert "距总分底线 90% 还差 67.5 分" in head and "满分 1000 分" in head
    s10 = page_zh.split('<tr class="below" data-id="S10"')[1].split("</tr>")[0]
    assert "差 4 分" in s10
    row = page_zh.split('<tr class="gap fail" data-id="S08.04"')[1].split("</tr>")[0]
    assert 'data-label="失分" data-sort="20.0">20<' in row
    b05 = page_zh.split('data-id="B05"')[1].split("</tr>")[0]
    assert "临界" in b05 and "3/4" in b05 and "1.73" in b05


@pytest.mark.zh
def test_markdown_shows_the_points_at_stake_and_the_near_miss(runner):
    out = assess(runner, "--format", "markdown", "--lang", "zh").output
    assert "**距总分底线 90% 还差 67.5 分**" in out and "满分 1000 分" in out
    assert re.search(r"^\| S10 \|.*\| 差 4 分 \|", out, flags=re.M)
    b05 = next(line for line in out.splitlines() if line.startswith("| B05 "))
    assert "临界" in b05 and "3/4" in b05 and "1.73" in b05
    s0804 = next(line for line in out.splitlines() if line.startswith("| S08.04 "))
    assert "| 20 |" in s0804
    assert "## 创建计划" in out


def test_html_has_the_plan_when_not_ready(page):
    plan = page.split('<section id="plan">')[1].split("</section>")[0]
    ids = re.findall(r'data-plan-id="([^"]+)"', plan)
    assert ids and "S08.04" in ids and "S10.05" in ids  # S10's floor needs S10.05


def test_html_card_layout_on_phones_and_print_css(page):
    style = page.split("<style>")[1].split("</style>")[0]
    phone = style.split("@media (max-width: 600px)")[1].split("\n}\n")[0]
    assert "table.gaps thead { display: none; }" in phone
    assert "table.gaps tr.gap { display: grid;" in phone
    assert "content: attr(data-label)" in phone
    printed = style.split("@media print")[1]
    assert "@page { size: A4" in style and "break-before: page" in printed
    assert "table.gaps tr.gap { display: grid;" in printed
    assert "word-break: break-all" not in style  # paths never one character a line
    row = page.split('data-id="S04.05"')[1].split("</tr>")[0]
    for label in ("Measured", "Required", "Gap", "Lead", "Evidence"):
        assert f'data-label="{label}"' in row


@pytest.mark.zh
def test_xlsx_task_list_follows_the_plan(runner, tmp_path):
    out = tmp_path / "tasks.xlsx"
    assess(runner, "--format", "xlsx", "-o", str(out), "--lang", "zh")
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
    assess(runner, "--format", "xlsx", "-o", str(out))
    book = openpyxl.load_workbook(out)
    sheet = book.worksheets[1]
    sheet["M2"] = dt.date(2026, 6, 30)
    book.save(out)
    assert openpyxl.load_workbook(out).worksheets[1]["M2"].value == dt.datetime(2026, 6, 30)
