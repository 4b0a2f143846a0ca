"""Basic conditions, scores and the three-level verdict."""

from __future__ import annotations

import pytest
from helpers import make_city, run

GOOD = {
    "sanitation": ("  S01.01: 92%\n  S01.02: {numerator: 150, denominator: 300}\n"
                   "  S01.03: {result: 达标, date: 2025-10-01, sample: 抽查街道 20 条}\n"),
    "env": "  S01.04: 65\n  S01.05: {2025: 300}\n  S01.06: II\n  S01.07: []\n",
    "aiwei": ("  S02.01: {powder: 1%, rooms: 1%}\n  S02.02: {containers: 1%}\n"
              "  S02.03: {rooms: 1%}\n  S02.04: {adults: 1%, oothecae: 1%}\n"
              "  S02.05: {plan: attachments/a.txt, summary: attachments/b.txt}\n"
              "  B04: {regulation: attachments/a.txt}\n"),
    "market": "  B03: {incidents: [], as_of: 2025-12-01}\n",
}


def city(tmp_path, **changes):
    folder = make_city(tmp_path / "c", {**GOOD, **changes})
    (folder / "attachments").mkdir(exist_ok=True)
    (folder / "attachments" / "a.txt").write_text("x", encoding="utf-8")
    (folder / "attachments" / "b.txt").write_text("y", encoding="utf-8")
    return folder


def test_a_city_that_meets_everything_is_ready(mini_pack, tmp_path):
    a = run(mini_pack, city(tmp_path))
    assert a.summary.verdict == "ready" and a.summary.ready and a.summary.percent == 100
    assert all(c.status == "met" for c in a.conditions)


def test_basic_condition_not_met_makes_the_city_not_eligible(mini_pack, tmp_path):
    body = GOOD["sanitation"].replace("92%", "75%")
    a = run(mini_pack, city(tmp_path, sanitation=body))
    assert a.summary.verdict == "not_eligible" and not a.summary.eligible
    b01 = a.conditions[0]
    assert b01.status == "not_met" and "S01.01" in b01.messages[0].zh
    assert "B01" in a.summary.reasons[0].zh


def test_missing_evidence_leaves_a_condition_undetermined(mini_pack, tmp_path):
    body = GOOD["sanitation"].replace("  S01.01: 92%\n", "")
    a = run(mini_pack, city(tmp_path, sanitation=body))
    assert a.conditions[0].status == "undetermined" and a.summary.verdict == "not_eligible"


def test_at_least_three_of_four_with_the_fourth_within_three_times(mini_pack, tmp_path):
    within = GOOD["aiwei"].replace("{adults: 1%, oothecae: 1%}", "{adults: 8.9, oothecae: 1%}")
    a = run(mini_pack, city(tmp_path / "a", aiwei=within))
    assert a.conditions[1].status == "met"
    beyond = GOOD["aiwei"].replace("{adults: 1%, oothecae: 1%}", "{adults: 9.3, oothecae: 1%}")
    b = run(mini_pack, city(tmp_path / "b", aiwei=beyond))
    assert b.conditions[1].status == "not_met"
    assert "3.1×" in b.conditions[1].messages[1].en
    two_fail = GOOD["aiwei"].replace("{rooms: 1%}\n  S02.04", "{rooms: 4}\n  S02.04").replace(
        "{adults: 1%, oothecae: 1%}", "{adults: 4, oothecae: 1%}")
    assert run(mini_pack, city(tmp_path / "c", aiwei=two_fail)).conditions[1].status == "not_met"


def test_own_evidence_condition(mini_pack, tmp_path):
    market = "  B03:\n    - {date: 2025-03-02, description: 学校食堂食物中毒}\n"
    a = run(mini_pack, city(tmp_path, market=market))
    b03 = a.conditions[2]
    assert b03.status == "not_met" and "食物中毒" in b03.findings[0].zh


def test_a_failed_veto_blocks_readiness(mini_pack, tmp_path):
    env = GOOD["env"].replace("S01.07: []", "S01.07: [{date: 2025-05-01, description: 泄漏}]")
    a = run(mini_pack, city(tmp_path, env=env))
    assert a.summary.verdict == "eligible_not_ready" and a.summary.percent == 95
    assert any("veto" in r.en and "S01.07" in r.en for r in a.summary.reasons)


def test_a_section_under_its_floor_blocks_readiness(mini_pack, tmp_path):
    aiwei = GOOD["aiwei"].replace("  S02.05: {plan: attachments/a.txt, summary: attachments/b.txt}\n", "")
    a = run(mini_pack, city(tmp_path, aiwei=aiwei))
    assert a.summary.percent == 85
    s02 = a.sections[1]
    assert s02.below_floor and s02.percent == pytest.approx(400 / 7, rel=1e-12)
    assert any("S02" in r.en for r in a.summary.reasons)


def test_scores_add_up(mini_pack, evidence_dir):
    a = run(mini_pack, evidence_dir)
    assert sum(s.points_awarded for s in a.sections) == a.summary.points_awarded == 62.5
    assert sum(a.summary.counts.values()) == len(a.indicators) == 12
