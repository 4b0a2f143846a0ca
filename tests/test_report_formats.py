"""Reports to share: HTML, Markdown, the XLSX task list and `--by department`, on the mini pack."""

from __future__ import annotations

import datetime as dt
import json
import re

import openpyxl
import pytest
from conftest import MINI_PACK
from helpers import run

from nsc_check.cli import main
from nsc_check.report import html, markdown
from nsc_check.result import OverlayInfo, WaiverInfo
from nsc_check.text import LocalText
from nsc_check.values import format_number

HOSTILE = "<script>alert('x')</script> a|b"


def assess(runner, evidence_dir, *args):
    return runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK), *args],
                         env={"NO_COLOR": "1", "COLUMNS": "80"})


@pytest.fixture
def city(evidence_dir):
    """The mini city with a hostile finding, and S01.07 no longer reported (a `missing` gap)."""
    sanitation = evidence_dir / "sanitation.yaml"
    sanitation.write_text(sanitation.read_text(encoding="utf-8").replace(
        "problem: 乱堆乱放", f'problem: "{HOSTILE}"'), encoding="utf-8")
    env = evidence_dir / "env.yaml"
    env.write_text(env.read_text(encoding="utf-8").replace("  S01.07: []\n", ""), encoding="utf-8")
    return evidence_dir


def gap_ids(mini_pack, folder) -> list[str]:
    return [r.id for r in run(mini_pack, folder).gaps()]


def html_gap_ids(page: str, view: str) -> list[str]:
    part = page.split(f'id="view-{view}"')[1].split("</table>")[0]
    return re.findall(r'<tr class="gap [a-z_]+" data-id="([^"]+)"', part)


def markdown_gap_ids(text: str) -> list[str]:
    gaps = re.split(r"\n## 差距清单(?:（已筛选）)? \(", text)[1].split("\n## ")[0]
    return re.findall(r"^\| (S\d\d\.\d\d)", gaps, flags=re.M)


def workbook_gap_ids(path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [row[0] for sheet in book.worksheets[1:]
            for row in sheet.iter_rows(min_row=2, values_only=True)]


@pytest.mark.zh
def test_html_is_one_self_contained_page(runner, city, tmp_path, mini_pack):
    out = tmp_path / "report.html"
    res = assess(runner, city, "--format", "html", "--output", str(out))
    assert res.exit_code == 1, res.output
    page = out.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page and "具备申报条件，尚未达到申报要求" in page
    top = page.split('id="conditions"')[0]
    assert all(reason.zh in top for reason in run(mini_pack, city).summary.reasons)
    assert not re.search(r"<link|\bsrc=|https?://|@import", page)   # nothing fetched
    assert "<style>" in page and "@media print" in page and "<svg" in page
    for section in run(mini_pack, city).sections:
        row = page.split(f'data-id="{section.id}"')[1].split("</tr>")[0]
        assert f"{format_number(section.percent)}%" in row and f'x1="{section.floor_percent}"' in row
        assert section.below_floor and 'class="low"' in row  # the bar is red under its floor
    assert html_gap_ids(page, "section") == gap_ids(mini_pack, city)
    assert sorted(html_gap_ids(page, "department")) == sorted(gap_ids(mini_pack, city))
    noise = page.split('data-id="S01.04"')[1].split("</tr>")[0]
    for expected in ("71.4 dB(A)", "≤ 70 dB(A)", "超出 1.4 dB(A)", "市环境保护局", "env.yaml:4"):
        assert expected in noise
    missing = page.split('data-id="S01.07"')[1].split("</tr>")[0]
    assert "缺证据" in missing and "未报送" in missing


def test_html_escapes_evidence_text(runner, city, tmp_path):
    out = tmp_path / "report.html"
    assess(runner, city, "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert page.count("<script>") == 1  # only the report's own sorting script


def test_html_in_english(runner, evidence_dir, tmp_path):
    out = tmp_path / "report.html"
    assess(runner, evidence_dir, "--format", "html", "-o", str(out), "--lang", "en")
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "eligible, not yet ready" in page
    assert "1.4 dB(A) over" in page and "By department" in page and "具备" not in page


@pytest.mark.zh
def test_markdown_escapes_table_cells(runner, city, mini_pack):
    res = assess(runner, city, "--format", "markdown")
    assert res.exit_code == 1
    text = res.output
    assert text.startswith("# 国家卫生城市创建自评报告")
    assert "## 结论：具备申报条件，尚未达到申报要求" in text
    assert markdown_gap_ids(text) == gap_ids(mini_pack, city)
    row = next(line for line in text.splitlines() if line.startswith("| S01.03 "))
    assert "a\\|b" in row and "\\<script>" in row
    assert len(re.findall(r"(?<!\\)\|", row)) == 12  # 11 cells: the pipe in the finding is escaped
    header = next(line for line in text.splitlines() if line.startswith("| 编号 | 指标 |"))
    assert header.count("|") == 12


def test_tailoring_and_waivers_are_shown(mini_pack, evidence_dir):
    result = run(mini_pack, evidence_dir)
    waived = [r.model_copy(update={"waiver": WaiverInfo(
        justification="河道整治工程施工中", approved_by="市政府", expires=dt.date(2025, 6, 30),
        active=False)}) if r.id == "S01.06" else r for r in result.indicators]
    result = result.model_copy(update={"indicators": waived, "tailoring": [OverlayInfo(
        file="overlays/north.yaml", title=LocalText.of("北方城市调整", "Northern cities"),
        changes=[LocalText.of("S01.04 限值改为 72 dB(A)", "S01.04 limit set to 72 dB(A)")])]})
    for text in (html.render(result, "zh"), markdown.render(result, "zh")):
        assert "标准裁剪" in text and "overlays/north.yaml" in text and "S01.04 限值改为 72 dB(A)" in text
        assert "豁免" in text and "河道整治工程施工中" in text and "已过期" in text and "2025-06-30" in text
    assert "标准裁剪" not in html.render(run(mini_pack, evidence_dir), "zh")


@pytest.mark.zh
def test_xlsx_task_list(runner, city, tmp_path, mini_pack):
    city_file = city / "city.yaml"
    city_file.write_text(city_file.read_text(encoding="utf-8").replace(
        "{zh: 测试市, en: Test City}", '{zh: "=HYPERLINK(\\"http://x\\")", en: Test City}'),
        encoding="utf-8")
    out = tmp_path / "tasks.xlsx"
    res = assess(runner, city, "--format", "xlsx", "--output", str(out))
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
    res = assess(runner, evidence_dir, "--format", "xlsx")
    assert res.exit_code == 2 and "--output" in res.output and "Traceback" not in res.output


@pytest.mark.zh
def test_terminal_gaps_by_department(runner, city):
    out = assess(runner, city, "--by", "department").output
    gaps = out.split("差距清单")[1]
    headings = [line for line in gaps.splitlines() if line.startswith("市")]
    assert headings == ["市环境卫生管理处", "市环境保护局", "市爱卫办"]
    assert "\nS01 环境卫生" not in gaps
    env = gaps.split("市环境保护局\n")[1].split("市爱卫办\n")[0]
    assert "S01.04" in env and "S01.07" in env and "S02.04" not in env
    assert "\nS01 环境卫生" in assess(runner, city).output.split("差距清单")[1]


@pytest.mark.zh
def test_every_format_names_the_same_gaps(runner, city, tmp_path, mini_pack):
    expected = gap_ids(mini_pack, city)
    assert "S01.07" in expected and len(expected) == 6
    data = json.loads(assess(runner, city, "--format", "json").output)
    assert [i["id"] for i in data["indicators"] if i["status"] not in ("pass", "not_applicable")] \
        == expected
    assess(runner, city, "--format", "html", "-o", str(tmp_path / "r.html"))
    assert html_gap_ids((tmp_path / "r.html").read_text(encoding="utf-8"), "section") == expected
    assert markdown_gap_ids(assess(runner, city, "--format", "markdown").output) == expected
    assess(runner, city, "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"))
    assert sorted(workbook_gap_ids(tmp_path / "t.xlsx")) == sorted(expected)


@pytest.mark.zh
def test_a_status_filter_lists_the_same_indicators_in_every_format(runner, city, tmp_path):
    data = json.loads(assess(runner, city, "--format", "json", "--status", "pass").output)
    expected = [i["id"] for i in data["indicators"]]
    assert expected and all(i["status"] == "pass" for i in data["indicators"])
    assess(runner, city, "--format", "html", "-o", str(tmp_path / "r.html"), "--status", "pass")
    assert html_gap_ids((tmp_path / "r.html").read_text(encoding="utf-8"), "section") == expected
    assert markdown_gap_ids(assess(runner, city, "--format", "markdown", "--status", "pass").output) \
        == expected
    assess(runner, city, "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"), "--status", "pass")
    assert sorted(workbook_gap_ids(tmp_path / "t.xlsx")) == sorted(expected)


def test_department_notes_appear_in_html_and_markdown(runner, tmp_path):
    from helpers import make_city

    folder = make_city(tmp_path, {"env": "  S01.04: {value: 71.4, note: 人民路货车通行干线超标}\n"})
    for fmt in ("html", "markdown"):
        out = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK), "--format",
                                   fmt]).output
        assert "人民路货车通行干线超标" in out, fmt


def test_declarations_show_in_every_shared_format(runner, tmp_path):
    from helpers import make_city

    folder = make_city(tmp_path, {
        "sanitation": "  S01.03: {not_applicable: 本市已无城中村}\n",
        "env": ("  S01.04:\n    value: 71.4\n    waiver: {justification: 快速路施工, "
                "approved_by: 市爱卫会, expires: 2026-06-30}\n")})
    base = ["assess", str(folder), "--criteria", str(MINI_PACK)]
    for fmt in ("html", "markdown"):
        out = runner.invoke(main, [*base, "--format", fmt]).output
        assert "本市已无城中村" in out and "快速路施工" in out, fmt
    runner.invoke(main, [*base, "--format", "xlsx", "-o", str(tmp_path / "t.xlsx")])
    summary = openpyxl.load_workbook(tmp_path / "t.xlsx").worksheets[0]
    cells = [c for row in summary.iter_rows(values_only=True) for c in row if c]
    assert "本市已无城中村" in cells and any("快速路施工" in str(c) for c in cells)
