"""The Markdown report (report/markdown.py): the HTML report's content as escaped tables."""

from __future__ import annotations

import re

import pytest
from conftest import REPO
from helpers import assess_mini, assess_sample, gap_ids, markdown_gap_ids

from nsc_check.cli import main
from nsc_check.report.markdown import cell


@pytest.mark.zh
def test_markdown_escapes_table_cells(runner, city, mini_pack):
    res = assess_mini(runner, city, "--format", "markdown")
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


@pytest.mark.zh
def test_markdown_shows_the_points_at_stake_and_the_near_miss(runner):
    out = assess_sample(runner, "--format", "markdown", "--lang", "zh").output
    assert "**距总分底线 90% 还差 67.5 分**" in out and "满分 1000 分" in out
    assert re.search(r"^\| S10 \|.*\| 差 4 分 \|", out, flags=re.M)
    b05 = next(line for line in out.splitlines() if line.startswith("| B05 "))
    assert "临界" in b05 and "3/4" in b05 and "1.73" in b05
    s0804 = next(line for line in out.splitlines() if line.startswith("| S08.04 "))
    assert "| 20 |" in s0804
    assert "## 创建计划" in out


@pytest.mark.zh
def test_the_reports_speak_one_language(runner):
    zh = runner.invoke(main, ["assess", str(REPO / "evidence"), "--format", "markdown"]).stdout
    en = runner.invoke(main, ["assess", str(REPO / "evidence"), "--format", "markdown",
                              "--lang", "en"]).stdout
    assert "备注：" in zh and "备注: " not in zh
    assert "Note: " in en and "：" not in en.split("\n| S01", 1)[0]


def test_markdown_links_only_to_web_addresses_and_no_images():
    text = cell("[x](javascript:alert(1)) ![i](https://evil.example/x.png) [ok](https://a.cn/b)")
    assert "\\[x\\](javascript" in text
    assert "!\\[i\\]" in text
    assert "[ok](https://a.cn/b)" in text
