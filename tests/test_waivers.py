"""Declarations in evidence: not applicable, and waivers that expire."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import WAIVED_NOISE, make_city, run

from nsc_check.assess import assess
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence


def by_id(assessment):
    return {r.id: r for r in assessment.indicators}


def test_an_active_waiver_sets_the_indicator_aside(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": WAIVED_NOISE})
    a = run(mini_pack, folder)
    noise = by_id(a)["S01.04"]
    assert noise.status == "fail" and noise.waiver.active
    assert noise.points_possible == 10 and noise.points_awarded == 0  # judged on the evidence
    assert any("waived until 2026-06-30" in m.en for m in noise.messages)
    assert a.summary.waivers_active == 1
    assert a.summary.points_possible == 100
    # the 10 waived points are out of the score shown with waivers only
    assert a.summary.with_waivers.points_possible == 90
    assert a.summary.with_waivers.set_aside == ["S01.04"]


def test_an_expired_waiver_no_longer_applies(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": WAIVED_NOISE})
    a = run(mini_pack, folder, as_of=dt.date(2026, 7, 1))
    noise = by_id(a)["S01.04"]
    assert noise.waiver is not None and not noise.waiver.active
    assert noise.points_possible == 10
    assert any("expired on 2026-06-30" in m.en for m in noise.messages)
    assert a.summary.waivers_active == 0


@pytest.mark.parametrize("body, message", [
    ("  S01.07: {not_applicable: 本市无此类设施}\n", "a veto indicator cannot be declared not_applicable"),
    ("  S01.07:\n    incidents: []\n    waiver: {justification: x, approved_by: y, expires: 2026-01-01}\n",
     "a veto indicator cannot be declared waiver"),
    ("  S01.04:\n    value: 60\n    waiver: {justification: x, expires: 2026-01-01}\n",
     "approved_by: required field is missing"),
    ("  S01.04:\n    value: 60\n    waiver: {justification: x, approved_by: y, expires: 2026-02-30}\n",
     "not a valid date"),
])
def test_declarations_are_checked(mini_pack, tmp_path, body, message):
    folder = make_city(tmp_path, {"env": body})
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    assert any(message in p.message_text("en") for p in err.value.problems), err.value.problems


def test_a_waiver_without_data(mini_pack, tmp_path):
    body = "  S01.04:\n    waiver: {justification: 监测站搬迁, approved_by: 市爱卫会, expires: 2026-03-31}\n"
    noise = by_id(run(mini_pack, make_city(tmp_path, {"env": body})))["S01.04"]
    assert noise.status == "missing" and noise.waiver.applied and noise.points_possible == 10


def test_a_waiver_on_a_passing_indicator_sets_nothing_aside(mini_pack, tmp_path):
    body = WAIVED_NOISE.replace("71.4 dB(A)", "65 dB(A)")
    a = run(mini_pack, make_city(tmp_path, {"env": body}))
    noise = by_id(a)["S01.04"]
    assert noise.status == "pass" and noise.points_possible == 10 and noise.points_awarded == 10
    assert noise.waiver.active and not noise.waiver.applied
    assert a.summary.waivers_active == 0
    assert any("the indicator passes" in m.en for m in noise.messages)
    assert not any("left out of the score" in m.en for m in noise.messages)


def test_an_indicator_a_basic_condition_rests_on_cannot_be_not_applicable(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"sanitation": "  S01.01: {not_applicable: 未统计}\n"})
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    assert "an indicator basic condition B01 rests on cannot be declared not_applicable" \
        in err.value.problems[0].message_text("en")



@pytest.mark.parametrize("reason", ["' '", "无", "/", "—", "不适用", "N/A", "'  无 '"])
def test_not_applicable_without_a_reason_is_refused(mini_pack, tmp_path, reason):
    """Setting an item aside takes a reason someone can check: `无`, `不适用` or a dash say none,
    and would take the item out of the score (as the form refuses them in its column K)."""
    folder = make_city(tmp_path, {"env": f"  S01.04: {{not_applicable: {reason}}}\n"})
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    [problem] = err.value.problems
    assert "is not a reason" in problem.message_text("en")
    assert problem.line is not None and problem.field == "evidence.S01.04.not_applicable"


@pytest.mark.zh
def test_not_applicable_without_a_reason_is_said_in_chinese(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": "  S01.04: {not_applicable: 不适用}\n"})
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    text = err.value.problems[0].render("zh")
    assert "“不适用”不是不适用的理由" in text and "写明原因" in text
    assert "S01.04" in text


def test_a_refused_waiver_of_a_veto_sets_nothing_aside(mini_pack, tmp_path):
    """A waiver refused (a veto item is judged on its evidence) is not kept: the item is not
    shown waived, and the score with waivers does not count it."""
    body = ("  S01.07:\n    incidents: []\n"
            "    waiver: {justification: x, approved_by: y, expires: 2026-12-31}\n")
    folder = make_city(tmp_path, {"env": body})
    a = assess(mini_pack, load_evidence(folder, mini_pack, strict=False))
    veto = by_id(a)["S01.07"]
    assert veto.status == "invalid" and veto.waiver is None
    assert a.summary.waivers_active == 0 and a.summary.with_waivers is None
