"""Browsing a pack (report/browse.py): `nsc-check criteria list` and `criteria show`, the pack explained
to its users."""

from __future__ import annotations

import pytest
from conftest import MINI_PACK

from nsc_check.cli import main

ENV = {"NO_COLOR": "1", "COLUMNS": "120"}


def invoke(runner, *args):
    return runner.invoke(main, ["criteria", *args], env=ENV)


@pytest.mark.zh
def test_list_shows_conditions_then_indicators(runner):
    res = invoke(runner, "list")
    assert res.exit_code == 0
    out = res.output
    assert out.index("基本条件") < out.index("考核指标")
    for expected in ("B05", "S01.01", "S10.05", "≤ 70 dB(A)", "S04.09 ⚑"):
        assert expected in out
    assert "S03.01、S03.02" not in out  # B01 names exactly its two indicators
    assert "S03.04、S03.05" in out


def test_list_filters_by_section_and_department(runner):
    out = invoke(runner, "list", "--section", "S08", "--lang", "en").output
    assert "S08.04" in out and "S07.01" not in out and "Basic conditions" not in out
    out = invoke(runner, "list", "--department", "garden").output
    assert "S03.10" in out and "S03.09" not in out and "B03" in out and "B01" not in out
    assert invoke(runner, "list", "--section", "S11").exit_code == 2


@pytest.mark.zh
def test_show_an_indicator_in_both_languages(runner):
    zh = invoke(runner, "show", "S03.07").output
    for expected in ("水冲式公厕普及率", "北纬35°以北", "standard（标准原文规定）", "sanitation.yaml",
                     "S03.07: {numerator:", "整改建议"):
        assert expected in zh
    en = invoke(runner, "show", "s03.07", "--lang", "en").output
    assert "Flush public toilets" in en and "north of 35°N" in en and "Remediation" in en


@pytest.mark.zh
def test_show_names_the_conditions_resting_on_an_indicator(runner):
    out = invoke(runner, "show", "S08.04").output
    assert "B05" in out and "卵鞘" in out


def test_show_a_practice_figure_says_to_check_it(runner):
    out = invoke(runner, "show", "S04.03", "--lang", "en").output
    assert "practice (a common self-assessment target" in out and "GB 3838" in out


@pytest.mark.zh
def test_show_a_basic_condition(runner):
    out = invoke(runner, "show", "B05", "--lang", "en").output
    assert "at least 3 of S08.01, S08.02, S08.03, S08.04" in out and "within 3×" in out
    out = invoke(runner, "show", "B08").output
    assert "no_events" in out and "近 2 年内无" in out and "market.yaml" in out


@pytest.mark.zh
def test_show_an_inspection_lists_its_checklist(runner):
    out = invoke(runner, "show", "S03.01").output
    # numbered, as a finding names the point it breaks (point: 2)
    assert "检查要点" in out and "（2）无乱堆乱放、占道经营和流动摊点" in out


@pytest.mark.parametrize("args", [["show", "S99.99"], ["show", "B11"]])
def test_show_unknown_id(runner, args):
    res = invoke(runner, *args)
    assert res.exit_code == 2 and "no indicator or basic condition" in res.output


@pytest.mark.zh
def test_list_with_overlay_and_other_pack(runner):
    out = invoke(runner, "list", "--overlay", "criteria/overlays/example-province.yaml",
                 "--section", "S03").output
    assert "S03.15" in out and "已按调整文件裁剪" in out
    out = invoke(runner, "list", "--criteria", str(MINI_PACK)).output
    assert "S02.05" in out and "S10.05" not in out
