"""What every report format shows alike: the same gaps, filters, notes and declarations."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import openpyxl
import pytest
from conftest import MINI_PACK
from helpers import (
    ITEMS_PACK,
    SAMPLE,
    WAIVED_NOISE,
    assess_mini,
    gap_ids,
    half_filled,
    html_gap_ids,
    items_city,
    make_city,
    markdown_gap_ids,
    run,
    workbook_gap_ids,
)
from openpyxl import load_workbook

from nsc_check.cli import main
from nsc_check.report import html, markdown
from nsc_check.result import OverlayInfo, WaiverInfo
from nsc_check.text import LocalText


@pytest.mark.zh
def test_every_format_names_the_same_gaps(runner, city, tmp_path, mini_pack):
    expected = gap_ids(mini_pack, city)
    assert "S01.07" in expected and len(expected) == 6
    data = json.loads(assess_mini(runner, city, "--format", "json").output)
    assert [i["id"] for i in data["indicators"] if i["status"] not in ("pass", "not_applicable")] \
        == expected
    assess_mini(runner, city, "--format", "html", "-o", str(tmp_path / "r.html"))
    assert html_gap_ids((tmp_path / "r.html").read_text(encoding="utf-8"), "section") == expected
    assert markdown_gap_ids(assess_mini(runner, city, "--format", "markdown").output) == expected
    assess_mini(runner, city, "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"))
    assert sorted(workbook_gap_ids(tmp_path / "t.xlsx")) == sorted(expected)


@pytest.mark.zh
def test_a_status_filter_lists_the_same_indicators_in_every_format(runner, city, tmp_path):
    data = json.loads(assess_mini(runner, city, "--format", "json", "--status", "pass").output)
    expected = [i["id"] for i in data["indicators"]]
    assert expected and all(i["status"] == "pass" for i in data["indicators"])
    assess_mini(runner, city, "--format", "html", "-o", str(tmp_path / "r.html"), "--status", "pass")
    assert html_gap_ids((tmp_path / "r.html").read_text(encoding="utf-8"), "section") == expected
    assert markdown_gap_ids(assess_mini(runner, city, "--format", "markdown", "--status", "pass").output) \
        == expected
    assess_mini(runner, city, "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"), "--status", "pass")
    assert sorted(workbook_gap_ids(tmp_path / "t.xlsx")) == sorted(expected)


def test_tailoring_and_waivers_are_shown(mini_pack, evidence_dir):
    result = run(mini_pack, evidence_dir)
    waived = [dataclasses.replace(r, waiver=WaiverInfo(
        justification="河道整治工程施工中", approved_by="市政府", expires=dt.date(2025, 6, 30),
        active=False)) if r.id == "S01.06" else r for r in result.indicators]
    result = result.model_copy(update={"indicators": waived, "tailoring": [OverlayInfo(
        file="overlays/north.yaml", title=LocalText.of("北方城市调整", "Northern cities"),
        changes=[LocalText.of("S01.04 限值改为 72 dB(A)", "S01.04 limit set to 72 dB(A)")])]})
    for text in (html.render(result, "zh"), markdown.render(result, "zh")):
        assert "标准裁剪" in text and "overlays/north.yaml" in text and "S01.04 限值改为 72 dB(A)" in text
        assert "豁免" in text and "河道整治工程施工中" in text and "已过期" in text and "2025-06-30" in text
    assert "标准裁剪" not in html.render(run(mini_pack, evidence_dir), "zh")


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


@pytest.mark.parametrize("fmt", ["table", "json", "markdown", "html", "xlsx"])
def test_it_reports_in_every_format(runner, tmp_path, fmt):
    folder = items_city(tmp_path / "c")
    out = tmp_path / f"report.{fmt}"
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(ITEMS_PACK), "--format",
                               fmt, "--output", str(out)])
    assert res.exit_code == 0, res.output
    if fmt == "xlsx":
        cells = [str(c.value) for ws in load_workbook(out) for row in ws.iter_rows()
                 for c in row if c.value is not None]
        assert any("Items met" in c for c in cells)
        return
    report = out.read_text(encoding="utf-8")
    if fmt == "json":
        data = json.loads(report)
        assert data["pack"]["scoring"] == "items" and data["summary"]["points_possible"] == 24
        return
    assert "Items met" in report and "23 / 24" in report
    assert "Points" not in report


@pytest.mark.zh
def test_the_head_of_every_report_says_the_city_is_collecting(runner, tmp_path):
    folder = half_filled(runner, tmp_path)
    base = ["assess", str(folder), "--keep-going", "--fail-on", "never"]
    table = runner.invoke(main, base)
    assert table.exit_code == 0, table.output
    head = table.output.split("基本条件\n")[0]
    verdict_line = next(line for line in head.splitlines() if "结论" in line)
    assert "收集中：" in verdict_line and "项尚未报送" in verdict_line
    html = tmp_path / "r.html"
    assert runner.invoke(main, [*base, "--format", "html", "-o", str(html)]).exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert '<span class="collecting">收集中：' in page
    assert "S04.66" in page  # the entry left out is named at the head too
    data = json.loads(runner.invoke(main, [*base, "--format", "json"]).output)
    assert data["collection"]["notice"]["zh"].startswith("收集中：")
    assert data["collection"]["notice"]["zh"] == \
        f"收集中：{data['collection']['not_reported']} 项尚未报送"


def test_the_head_line_in_english(runner):
    out = runner.invoke(main, ["assess", str(SAMPLE), "--lang", "en"]).output
    verdict_line = next(line for line in out.splitlines() if "Verdict" in line)
    assert "collecting: 3 items not yet" in verdict_line  # wrapped at 80 columns
    md = runner.invoke(main, ["assess", str(SAMPLE), "--lang", "en", "--format", "markdown"]).output
    assert "## Verdict: eligible, not yet ready (collecting: 3 items not yet reported)" in md


@pytest.mark.zh
def test_waivers_show_in_table_and_json(runner, tmp_path):
    folder = make_city(tmp_path, {"env": WAIVED_NOISE})
    table = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK)],
                          env={"NO_COLOR": "1"}).output
    assert "[已豁免]" in table and "市爱卫会第 3 次全体会议" in table
    data = json.loads(runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK),
                                           "--format", "json", "--as-of", "2026-07-01"]).output)
    waiver = {i["id"]: i for i in data["indicators"]}["S01.04"]["waiver"]
    assert waiver == {"justification": "快速路改造施工期间，交通噪声暂时超标",
                      "approved_by": "市爱卫会第 3 次全体会议", "expires": "2026-06-30",
                      "active": False, "applied": False}


@pytest.mark.zh
def test_every_format_shows_the_waiver(runner, tmp_path):
    folder = make_city(tmp_path, {"env": WAIVED_NOISE})
    base = ["assess", str(folder), "--criteria", str(MINI_PACK)]
    html = runner.invoke(main, [*base, "--format", "html"]).output
    markdown = runner.invoke(main, [*base, "--format", "markdown"]).output
    for text in (html, markdown):
        assert "快速路改造施工期间" in text and "已豁免" in text
