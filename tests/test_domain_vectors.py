"""The vector criteria in full (S08.01–S08.04 and B05): every measure of the 2001 national
除四害 criteria, the snap-trap method as the rodent alternative, and "no flies where ready-to-eat
food is made or sold" as a limit of 0."""

from __future__ import annotations

import shutil

import pytest
from conftest import REPO
from helpers import run

from nsc_check.pack import load_pack

SAMPLE = REPO / "evidence"

# Every measure the published 2001 criteria set, with its limit (see the pack's sources).
LIMITS = {
    "S08.01": {"powder_patches": 3, "snap_traps": 1, "rooms_signs": 2, "outdoor_signs": 5},
    "S08.02": {"containers": 3, "large_water_dips": 3, "larvae_per_dip": 5, "human_bait": 1},
    "S08.03": {"rooms_key": 1, "rooms_other": 3, "flies_per_room": 3, "ready_food_rooms": 0,
               "breeding_sites": 3},
    "S08.04": {"rooms_adults": 3, "large_per_room": 5, "small_per_room": 10,
               "rooms_oothecae": 2, "oothecae_per_room": 4, "rooms_traces": 5},
}
PASSING = {
    "S08.01": "{powder_patches: 1.8%, rooms_signs: 1.1%, outdoor_signs: 2}",
    "S08.02": "{containers: 2.4%, large_water_dips: 1.9%, larvae_per_dip: 2.6, human_bait: 0.6}",
    "S08.03": ("{rooms_key: 0.8%, rooms_other: 2.1%, flies_per_room: 1.6, ready_food_rooms: 0, "
               "breeding_sites: 1.2%}"),
    "S08.04": ("{rooms_adults: 2%, large_per_room: 2, small_per_room: 5, rooms_oothecae: 1%, "
               "oothecae_per_room: 1, rooms_traces: 3%}"),
}


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def _city(tmp_path, **entries):
    """The sample city with its four vector surveys replaced."""
    folder = tmp_path / "city"
    shutil.copytree(SAMPLE, folder)
    aiwei = (folder / "aiwei.yaml").read_text(encoding="utf-8")
    head, rest = aiwei.split("  S08.01:", 1)
    tail = rest[rest.index("  S08.05:"):]
    surveys = {**PASSING, **entries}
    body = "".join(f"  {k}: {v}\n" for k, v in surveys.items())
    (folder / "aiwei.yaml").write_text(head + body + tail, encoding="utf-8")
    return folder


def _results(pack, folder):
    assessment = run(pack, folder)
    by_id = {r.id: r for r in assessment.indicators}
    b05 = next(c for c in assessment.conditions if c.id == "B05")
    return by_id, b05


def test_every_measure_of_the_2001_criteria_is_in_the_pack(pack):
    for ind_id, limits in LIMITS.items():
        rule = pack.indicator(ind_id).rule
        assert {m.id: m.limit for m in rule.measures} == limits, ind_id
        assert "2001" in pack.indicator(ind_id).source.zh


def test_all_four_surveys_pass(pack, tmp_path):
    by_id, b05 = _results(pack, _city(tmp_path))
    assert [by_id[i].status for i in LIMITS] == ["pass"] * 4
    assert b05.status == "met"


def test_larvae_per_positive_dip_over_five_fails_the_mosquito_survey(pack, tmp_path):
    folder = _city(tmp_path, **{"S08.02": "{containers: 1%, large_water_dips: 1%, "
                                          "larvae_per_dip: 8, human_bait: 0.5}"})
    by_id, b05 = _results(pack, folder)
    r = by_id["S08.02"]
    assert r.status == "fail" and r.limit_multiple == pytest.approx(1.6)
    assert b05.status == "met"  # three pass, the fourth within 3×


def test_snap_traps_stand_instead_of_powder_patches(pack, tmp_path):
    folder = _city(tmp_path, **{"S08.01": "{powder_patches: , snap_traps: 0.6%, "
                                          "rooms_signs: 1%, outdoor_signs: 1}"})
    by_id, _ = _results(pack, folder)
    assert by_id["S08.01"].status == "pass"
    folder = _city(tmp_path / "b", **{"S08.01": "{snap_traps: 1.5%, rooms_signs: 1%, "
                                                "outdoor_signs: 1}"})
    by_id, _ = _results(pack, folder)
    assert by_id["S08.01"].status == "fail" and by_id["S08.01"].limit_multiple == 1.5


def test_both_rodent_methods_reported_are_both_judged(pack, tmp_path):
    # the stricter reading: a good powder rate does not hide a bad snap-trap rate
    folder = _city(tmp_path, **{"S08.01": "{powder_patches: 1%, snap_traps: 2%, "
                                          "rooms_signs: 1%, outdoor_signs: 1}"})
    by_id, _ = _results(pack, folder)
    assert by_id["S08.01"].status == "fail" and by_id["S08.01"].limit_multiple == 2


def test_neither_rodent_method_reported_is_missing(pack, tmp_path):
    folder = _city(tmp_path, **{"S08.01": "{rooms_signs: 1%, outdoor_signs: 1}"})
    by_id, b05 = _results(pack, folder)
    assert by_id["S08.01"].status == "missing"
    assert "powder" in by_id["S08.01"].messages[0].en


def test_flies_where_ready_to_eat_food_is_sold_fail_beyond_any_multiple(pack, tmp_path):
    # the fly survey is otherwise fine, but one such room has flies: it fails, and B05 cannot
    # count it as "within 3×" (3 × 0 is 0), so with the cockroaches also failing B05 is not met
    folder = _city(tmp_path, **{
        "S08.03": "{rooms_key: 0.5%, rooms_other: 1%, flies_per_room: 1, ready_food_rooms: 1, "
                  "breeding_sites: 1%}",
        "S08.04": "{rooms_adults: 3.3%, large_per_room: 1, small_per_room: 2, "
                  "rooms_oothecae: 1%, oothecae_per_room: 1, rooms_traces: 1%}"})
    by_id, b05 = _results(pack, folder)
    flies = by_id["S08.03"]
    assert flies.status == "fail" and flies.limit_multiple is None
    assert "none" in flies.gap.text.en and "不得有" in flies.findings[0].zh
    assert by_id["S08.04"].status == "fail"
    assert b05.status == "not_met"


def test_flies_where_ready_to_eat_food_is_sold_leave_b05_not_met_with_the_other_three_passing(
        pack, tmp_path):
    folder = _city(tmp_path, **{
        "S08.03": "{rooms_key: 0.5%, rooms_other: 1%, flies_per_room: 1, ready_food_rooms: 2, "
                  "breeding_sites: 1%}"})
    by_id, b05 = _results(pack, folder)
    assert by_id["S08.03"].status == "fail"
    assert b05.status == "not_met"  # the other three pass, but the fourth is beyond any multiple


def test_cockroaches_per_room_by_species(pack, tmp_path):
    folder = _city(tmp_path, **{"S08.04": "{rooms_adults: 2%, large_per_room: 4, "
                                          "small_per_room: 12, rooms_oothecae: 1%, "
                                          "oothecae_per_room: 5, rooms_traces: 3%}"})
    by_id, _ = _results(pack, folder)
    r = by_id["S08.04"]
    assert r.status == "fail" and r.limit_multiple == pytest.approx(1.25)
    assert len(r.findings) == 2
    assert any("小蠊" in f.zh for f in r.findings) and any("活卵鞘" in f.zh for f in r.findings)


@pytest.mark.zh
def test_gap_text_reads_without_stray_spaces(pack, tmp_path):
    by_id, _ = _results(pack, SAMPLE)
    r = by_id["S08.04"]
    assert r.gap.text.zh == "1 项超标，最差的成若虫侵害率为限值的 1.73 倍"
    assert r.measured_text.zh == "最差：成若虫侵害率 5.2%"
    assert r.required_text.zh == "6 项均不超过限值"


def test_instead_of_must_name_another_measure(tmp_path):
    from nsc_check.kinds import metrics

    with pytest.raises(ValueError) as err:
        metrics.Rule.model_validate({"measures": [
            {"id": "a", "title": "a", "limit": 1},
            {"id": "b", "title": "b", "limit": 1, "instead_of": "c"}]})
    assert "instead_of" in str(err.value)


def test_the_template_says_how_to_report_either_method(pack):
    from nsc_check import template

    g = template.guide(pack.indicator("S08.01"), 2025)
    assert "snap_traps" in g.required and "或" in g.required
    assert "snap_traps" not in g.example  # the example uses the first method


@pytest.mark.zh
def test_b05_hint_speaks_of_vector_species(pack):
    b05 = pack.condition("B05")
    assert "病媒生物种类" in b05.remediation.zh and "病种" not in b05.remediation.zh
    assert b05.title.zh.endswith("另一项不超过标准的 3 倍")


def test_the_collection_form_asks_every_measure(pack, tmp_path, runner):
    from nsc_check.cli import main

    out = tmp_path / "form.xlsx"
    res = runner.invoke(main, ["form", "export", str(SAMPLE), "--output", str(out),
                               "--department", "aiwei"])
    assert res.exit_code == 0, res.output
    from openpyxl import load_workbook

    from tests.test_forms import sheet

    cells = [str(c.value) for row in sheet(load_workbook(out), "aiwei").iter_rows() for c in row
             if c.value is not None]
    text = " ".join(cells)
    for measure in ("snap_traps", "larvae_per_dip", "ready_food_rooms", "small_per_room"):
        assert measure in text, measure
    assert "不得有" in text


@pytest.mark.zh
def test_b05_says_why_flies_where_food_is_sold_are_beyond_any_multiple(pack, tmp_path):
    folder = _city(tmp_path, **{
        "S08.03": "{rooms_key: 0.5%, rooms_other: 1%, flies_per_room: 1, ready_food_rooms: 1, "
                  "breeding_sites: 1%}"})
    _, b05 = _results(pack, folder)
    text = " ".join(m.zh for m in b05.messages)
    assert "S08.03 蝇密度控制：未达标，有按标准不得有的监测项超标" in text and "?" not in text
