"""The series kind: yearly values, days become a share of the year."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import check_examples, make_city, result_of, run

from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence


def test_its_documented_examples_load_and_the_passing_one_passes(tmp_path):
    """The rule, passing and failing entries its docstring documents (`criteria kinds`), read by
    the real loaders."""
    statuses = check_examples("series", tmp_path)
    assert statuses["passing"] == "pass" and statuses["failing"] in ("fail", "partial")


def test_series_days_become_a_share_of_the_year(mini_pack, tmp_path):
    ok = result_of(mini_pack, tmp_path / "a", "env", "  S01.05: {2024: 200, 2025: 256}\n",
                   "S01.05")
    assert ok.status == "pass"            # 256/365 = 70.14%
    leap = result_of(mini_pack, tmp_path / "b", "env", "  S01.05: {2024: 256}\n", "S01.05",
                     as_of=dt.date(2025, 6, 30))
    assert leap.status == "fail"          # 256/366 = 69.95%
    assert leap.gap.text.zh == "还差 0.05 个百分点"


def test_series_goes_stale_when_the_latest_year_is_old(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "env", "  S01.05: {2023: 300}\n", "S01.05")
    assert r.status == "stale" and r.points_awarded == 0
    # the year it must reach is named (see test_collect_evidence for the rest)
    assert any("2025" in m.en and "2023" in m.en for m in r.messages)


def test_series_year_not_over_is_shown_beside_the_year_judged(mini_pack, tmp_path):
    # 30 November 2025 is day 334: 240 good days so far are 71.86%, shown for information; the
    # year judged is 2024, the latest one over, and 250 of its 366 days fail
    folder = make_city(tmp_path, {"env": "  S01.05: {2024: 250, 2025: 240}\n"}, as_of=None)
    (folder / "city.yaml").write_text((folder / "city.yaml").read_text(encoding="utf-8")
                                      .replace("2025-12-31", "2025-11-30"), encoding="utf-8")
    r = next(r for r in run(mini_pack, folder).indicators if r.id == "S01.05")
    assert r.status == "fail" and r.measured == pytest.approx(250 / 366 * 100)
    assert r.as_of == dt.date(2024, 12, 31)
    assert [m.code for m in r.messages] == ["kinds.series.year_in_progress_share"]
    assert "334 天中 240 天（71.86%）" in r.messages[0].zh


def test_series_cannot_count_more_days_than_have_passed(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": "  S01.05: {2025: 340}\n"})
    (folder / "city.yaml").write_text((folder / "city.yaml").read_text(encoding="utf-8")
                                      .replace("2025-12-31", "2025-11-30"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    assert "2025 has 334 days up to the assessment date 2025-11-30, not 340" in str(err.value)


def test_series_year_after_the_assessment_date_is_refused(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": "  S01.05: {2025: 300, 2030: 300}\n"})
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    [p] = err.value.problems
    assert "the year 2030 is after the assessment date 2025-12-31" in p.message_text("en") and p.line == 3
    assert "evidence can only describe the past" in p.hint.text("en")
