"""A series is judged by the years over by the assessment date, each counted up to the date its
figures are as of (attacker findings 1 and 6): a year not over is shown beside them, never judged
in their place; a count larger than the days passed by its own date is refused; a year counted
only part-way is not judged as a whole year, and its date ages it as other entries are aged."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import make_city

from nsc_check.assess import assess
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def judged(pack, tmp_path, body: str, on: dt.date | None = None, head: str = ""):
    folder = make_city(tmp_path / "c", {"env": body}, as_of=None)
    if head:
        path = folder / "env.yaml"
        path.write_text(head + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = assess(pack, load_evidence(folder, pack, as_of=on), on)
    s0401 = next(r for r in result.indicators if r.id == "S04.01")
    b04 = next(c for c in result.conditions if c.id == "B04")
    return s0401, b04, result


def refused(pack, tmp_path, body: str, on: dt.date | None = None, head: str = ""):
    folder = make_city(tmp_path / "c", {"env": body}, as_of=None)
    if head:
        path = folder / "env.yaml"
        path.write_text(head + path.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_evidence(folder, pack, as_of=on)
    return caught.value.problems


def test_ten_days_of_a_new_year_never_replace_a_failing_year_over(pack, tmp_path):
    body = "  S04.01: {2023: 272, 2024: 266, 2025: 200, 2026: 10}\n"
    r, b04, result = judged(pack, tmp_path, body, dt.date(2026, 1, 10))
    assert r.status == "fail" and "2025" in r.measured_text.en
    assert "54.79%" in r.measured_text.en
    assert b04.status != "met" and result.summary.verdict == "not_eligible"
    # the year not over is shown, for information
    assert [m.code for m in r.messages] == ["kinds.series.year_in_progress_share"]
    assert "10 of its 10 days up to 2026-01-10" in r.messages[0].en


def test_a_good_year_in_progress_never_hides_a_failing_year_over(pack, tmp_path):
    r, _, _ = judged(pack, tmp_path, "  S04.01: {2024: 250, 2025: 300}\n", dt.date(2025, 11, 30))
    assert r.status == "fail" and r.measured_text.en.startswith("2024: 250 days")


def test_on_the_last_day_of_the_year_the_year_itself_is_judged(pack, tmp_path):
    r, _, _ = judged(pack, tmp_path, "  S04.01: {2024: 250, 2025: 300}\n", dt.date(2025, 12, 31))
    assert r.status == "pass" and r.measured_text.en.startswith("2025: 300 days")
    assert r.messages == []


def test_every_year_the_rule_asks_is_a_year_over(pack, tmp_path):
    """A rule asking for several years judges the latest years over, not the year in progress."""
    from nsc_check.kinds import series
    from nsc_check.kinds.base import Context

    rule = series.Rule(op=">=", figure=70, unit="%", years=2, days_to_share=True)
    evidence = series.Evidence.model_validate({2023: 200, 2024: 300, 2025: 300})
    outcome = series.evaluate(rule, evidence, Context(assessment_date=dt.date(2025, 6, 1)))
    assert outcome.status == "fail"  # 2023 and 2024 are judged: 200 of 365 days fails
    evidence = series.Evidence.model_validate({2024: 300, 2025: 300})
    outcome = series.evaluate(rule, evidence, Context(assessment_date=dt.date(2025, 6, 1)))
    assert outcome.status == "missing"  # 2023 is needed, 2025 cannot stand in for it


@pytest.mark.zh
def test_the_year_in_progress_is_said_in_chinese(pack, tmp_path):
    body = "  S04.01: {2024: 266, 2025: 200, 2026: 10}\n"
    r, _, _ = judged(pack, tmp_path, body, dt.date(2026, 1, 10))
    assert r.messages[0].zh == ("2026 年尚未结束：截至 2026-01-10 的 10 天中 10 天（100%），"
                                "仅供参考，按已结束的 2025 年评定")


@pytest.mark.zh
def test_more_days_than_had_passed_by_the_entrys_date_are_refused(pack, tmp_path):
    body = "  S04.01:\n    2009: 289\n    2010: 276\n    as_of: 2010-03-01\n"
    problems = refused(pack, tmp_path, body, dt.date(2010, 12, 31))
    assert len(problems) == 1
    text = problems[0].render("zh")
    assert "c/env.yaml:5:" in text  # the line of the year
    assert "evidence.S04.01[2010]：" in text
    assert "2010 年截至数据日期 2010-03-01 只过了 60 天，不能是 276" in text
    assert "请核对数据截至日期（as_of）" in text


@pytest.mark.zh
def test_the_files_date_bounds_the_count_too(pack, tmp_path):
    body = "  S04.01: {2009: 289, 2010: 276}\n"
    problems = refused(pack, tmp_path, body, dt.date(2010, 12, 31), head="as_of: 2010-03-01\n")
    assert "2010 年截至数据日期 2010-03-01 只过了 60 天，不能是 276" in problems[0].render("zh")


@pytest.mark.zh
def test_a_year_after_the_figures_date_is_refused(pack, tmp_path):
    body = "  S04.01: {2008: 281, 2009: 289, 2010: 276}\n"
    problems = refused(pack, tmp_path, body, dt.date(2010, 12, 31), head="as_of: 2001-11-30\n")
    texts = [p.render("zh") for p in problems]
    assert any("evidence.S04.01[2008]：2008 年晚于这组数据的截止日期 2001-11-30，那时这一年还没有开始"
               in t for t in texts)


def test_a_count_within_the_days_passed_is_accepted(pack, tmp_path):
    body = "  S04.01:\n    2009: 289\n    2010: 60\n    as_of: 2010-03-01\n"
    r, _, _ = judged(pack, tmp_path, body, dt.date(2010, 3, 1))
    assert r.status == "pass" and r.measured_text.en.startswith("2009: 289 days")
    assert "60 of its 60 days up to 2010-03-01" in r.messages[0].en


@pytest.mark.zh
def test_a_year_counted_part_way_is_not_judged_as_a_whole_year(pack, tmp_path):
    # the sample city's case, failing: 200 days to 30 November could still become 256 by the end
    body = "  S04.01:\n    2009: 289\n    2010: 200\n    as_of: 2010-11-30\n"
    r, b04, _ = judged(pack, tmp_path, body, dt.date(2010, 12, 31))
    assert r.status == "stale" and r.points_awarded == 0 and r.gap is None
    assert r.messages[0].code == "kinds.series.year_not_counted"
    assert r.messages[0].zh.startswith("2010 年的数值只统计到 2010-11-30，还不是全年的数")
    assert b04.status != "met"


def test_a_count_part_way_already_meeting_the_whole_year_passes(pack, tmp_path):
    # 276 days to 30 November: the year has at least 276 good days of 365, 75.6%, whatever December
    body = "  S04.01:\n    2009: 289\n    2010: 276\n    as_of: 2010-11-30\n"
    r, _, _ = judged(pack, tmp_path, body, dt.date(2010, 12, 31))
    assert r.status == "pass" and r.measured_text.en.startswith("2010: 276 days (75.62%)")
    assert r.as_of == dt.date(2010, 11, 30)  # the date the figures are as of, not the year's end


@pytest.mark.zh
def test_an_old_date_makes_the_series_stale_as_it_does_other_entries(pack, tmp_path):
    # the file is dated more than a year before the assessment: its other entries are stale
    body = "  S04.01: {2009: 289, 2010: 276}\n  S04.02: 100%\n"
    r, _, result = judged(pack, tmp_path, body, dt.date(2011, 12, 30), head="as_of: 2010-11-30\n")
    other = next(x for x in result.indicators if x.id == "S04.02")
    assert other.status == "stale" and r.status == "stale"
    assert r.as_of == dt.date(2010, 11, 30)
    assert any(m.code == "kinds.stale" and "2010-11-30" in m.zh for m in r.messages)
