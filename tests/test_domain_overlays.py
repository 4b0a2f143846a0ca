"""Basic conditions follow the figures they rest on; the shipped overlays say what they change,
with sources; the veto window of the pack's own era."""

from __future__ import annotations

import re
import shutil

import pytest
from conftest import REPO
from helpers import run

from nsc_check.cli import main
from nsc_check.evidence import load_evidence
from nsc_check.pack import bundled_packs_dir, load_pack

LATER = "criteria/overlays/later-edition-figures.yaml"
PROVINCE = "criteria/overlays/example-province.yaml"


def test_condition_titles_quote_the_figures_of_the_pack():
    pack = load_pack()
    b01 = pack.condition("B01")
    assert b01.title.zh == "城市生活垃圾无害化处理率 ≥ 80%，粪便无害化处理率 ≥ 80%"
    assert "{" not in b01.title.en and "{" not in (b01.remediation.zh + b01.remediation.en)
    assert pack.condition("B03").title.zh == (
        "建成区绿化覆盖率 ≥ 36%，绿地率 ≥ 31%，人均公共绿地面积 ≥ 7.5 m²")
    assert pack.condition("B10").title.zh == "居民对卫生状况满意率 ≥ 90%"


def test_condition_titles_follow_an_overlay_that_raises_the_figures():
    pack = load_pack(None, [LATER])
    assert pack.condition("B01").title.zh == (
        "城市生活垃圾无害化处理率 ≥ 100%，粪便无害化处理率 ≥ 80%")
    assert "≥ 8.5 m²" in pack.condition("B03").title.zh
    assert "≥ 300 天" in pack.condition("B04").title.zh
    assert "≥ 100%" in pack.condition("B01").remediation.zh
    # the pack itself is untouched
    assert load_pack().condition("B01").title.zh.startswith("城市生活垃圾无害化处理率 ≥ 80%")


def test_a_condition_not_met_under_the_overlay_says_the_raised_figure():
    pack = load_pack(None, [LATER])
    result = run(pack, REPO / "evidence")
    b01 = next(c for c in result.conditions if c.id == "B01")
    s0304 = next(r for r in result.indicators if r.id == "S03.04")
    assert s0304.status == "fail" and b01.status == "not_met"
    assert "≥ 100%" in b01.title.zh and "80%" not in b01.title.zh.split("，")[0]


def test_later_edition_asks_300_days_of_good_air_and_cites_2014():
    pack = load_pack(None, [LATER])
    s0401 = pack.indicator("S04.01")
    assert (s0401.rule.figure, s0401.rule.days_to_share, s0401.rule.unit.zh) == (300, False, "天")
    assert "2014" in s0401.source.zh and "300" in s0401.source.zh
    assert pack.indicator("S04.09").rule.window_years == 3
    for ind_id in ("S03.04", "S03.12", "S04.01", "S04.09"):
        assert "2014" in pack.indicator(ind_id).source.zh, ind_id


def test_the_veto_window_is_that_of_the_standard_of_its_time():
    s0409 = load_pack().indicator("S04.09")
    assert s0409.rule.window_years == 2 and s0409.veto
    assert "近两年" in s0409.title.zh and "近两年" in s0409.source.zh


def test_the_example_province_changes_what_it_says_with_its_source():
    pack = load_pack(None, [PROVINCE])
    changes = [c.zh for c in pack.tailoring[0].changes]
    # no change that leaves a figure as it was (20 → 20)
    for change in changes:
        if "→" in change:
            before, after = change.split("：", 1)[1].split(" → ")
            assert before != after, change
    assert pack.indicator("S09.06").title.zh == "路灯亮化率"
    assert "路灯亮化率" in pack.indicator("S09.06").source.zh
    for ind_id in ("S03.15", "S03.16", "S03.17"):
        assert "示例省" in pack.indicator(ind_id).source.zh


def _pack_copy(tmp_path):
    folder = tmp_path / "pack"
    shutil.copytree(bundled_packs_dir() / "nsc-2010", folder)
    return folder


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_check_refuses_a_condition_title_that_does_not_quote_its_figure(runner, tmp_path):
    folder = _pack_copy(tmp_path)
    _edit(folder / "basic-conditions.yaml",
          'title: {zh: "城市生活污水集中处理率 {S03.09}", en: "Urban sewage treatment {S03.09}"}',
          'title: {zh: 城市生活污水集中处理率 ≥ 50%, en: Urban sewage treatment (≥ 50%)}')
    res = runner.invoke(main, ["criteria", "check", str(folder)])
    assert res.exit_code == 2
    assert "basic-conditions.yaml" in res.output and "B02" in res.output
    assert "{S03.09}" in res.output


@pytest.mark.zh
def test_check_says_in_chinese_how_to_quote_the_figure(runner, tmp_path):
    folder = _pack_copy(tmp_path)
    _edit(folder / "basic-conditions.yaml",
          'title: {zh: "居民对卫生状况满意率 {S01.08}", en: "Residents\' satisfaction with sanitation {S01.08}"}',
          'title: {zh: 居民对卫生状况满意率 ≥ 90%, en: "Residents\' satisfaction with sanitation"}')
    res = runner.invoke(main, ["criteria", "check", str(folder)])
    assert res.exit_code == 2
    assert "基本条件 B10 依据 S01.08 的标准值" in res.output and "{S01.08}" in res.output


def test_check_refuses_quoting_an_indicator_the_condition_does_not_rest_on(runner, tmp_path):
    folder = _pack_copy(tmp_path)
    _edit(folder / "basic-conditions.yaml",
          'zh: "加快污水处理厂及配套管网建设，使生活污水集中处理率 {S03.09}。"',
          'zh: "加快污水处理厂及配套管网建设，使生活污水集中处理率 {S03.09}，垃圾处理率 {S03.04}。"')
    res = runner.invoke(main, ["criteria", "check", str(folder)])
    assert res.exit_code == 2 and "B02" in res.output and "S03.04" in res.output


def test_evidence_still_loads_against_the_tailored_packs():
    for overlay in (LATER, PROVINCE):
        load_evidence(REPO / "evidence", load_pack(None, [overlay]))


_PART = "第[一二三四五六七八九十]+大项（[^）]+）"
_CITATION = re.compile(rf"国家卫生城市标准(?: (?:基本条件|{_PART})|（2014 版）|后续版本)")
_NATIONAL_STANDARD = re.compile(r"\b(?:GB(?:/T)?|CJJ) \d+(?:-\d{4})?")


def _texts(pack):
    for item in [*pack.indicators(), *pack.conditions]:
        for field in ("source", "evidence", "remediation"):
            text = getattr(item, field)
            if text is not None:
                yield item.id, text


@pytest.mark.parametrize("overlays", [[], [LATER], [PROVINCE]])
def test_one_citation_style_and_national_standards_with_their_year(overlays):
    pack = load_pack(None, overlays)
    for item_id, text in _texts(pack):
        for mention in re.findall(r"国家卫生城市标准.{0,20}", text.zh):
            assert _CITATION.match(mention), (item_id, mention)
        for code in _NATIONAL_STANDARD.findall(text.zh + " " + text.en):
            assert re.search(r"-\d{4}$", code), (item_id, code)


def test_practice_figures_say_where_they_come_from():
    pack = load_pack()
    for ind in pack.indicators():
        if ind.basis == "practice":
            assert "核实" in ind.source.zh or "2014" in ind.source.zh, ind.id
            assert "official text" in ind.source.en or "2014" in ind.source.en, ind.id
