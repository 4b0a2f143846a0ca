"""Each evidence kind: pass, fail, exactly at the figure, lower-is-better, missing and stale."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import make_city, result_of, run

from nsc_check import kinds
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence


@pytest.mark.parametrize("value, status, gap", [
    ("92.5%", "pass", None),
    ("80%", "pass", None),          # exactly at the figure
    ("79.99", "fail", "还差 0.01 个百分点"),
    ("７５．８％", "fail", "还差 4.2 个百分点"),
])
def test_threshold_at_least(mini_pack, tmp_path, value, status, gap):
    r = result_of(mini_pack, tmp_path, "sanitation", f"  S01.01: {value}\n", "S01.01")
    assert r.status == status
    assert (r.gap.text.zh if r.gap else None) == gap
    assert r.points_awarded == (10 if status == "pass" else 0)


@pytest.mark.parametrize("value, status, gap", [
    ("68.9 dB(A)", "pass", None), ("70", "pass", None), ("73 dB(A)", "fail", "超出 3 dB(A)")])
def test_threshold_lower_is_better(mini_pack, tmp_path, value, status, gap):
    r = result_of(mini_pack, tmp_path, "env", f"  S01.04: {value}\n", "S01.04")
    assert r.status == status and (r.gap.text.zh if r.gap else None) == gap
    if gap:
        assert r.gap.direction == "above" and r.gap.text.en == "3 dB(A) over"


def test_ratio_figure_depends_on_latitude(mini_pack, tmp_path):
    body = "  S01.02: {numerator: 120, denominator: 300}\n"   # 40%
    north = result_of(mini_pack, tmp_path / "n", "sanitation", body, "S01.02", latitude=36.5)
    south = result_of(mini_pack, tmp_path / "s", "sanitation", body, "S01.02", latitude=30.1)
    assert north.status == "pass" and "35°N" in north.figure_note.en
    assert south.status == "fail" and south.required_text.en == "≥ 70%"
    assert south.gap.text.zh == "还差 30 个百分点"


@pytest.mark.parametrize("body", ["{numerator: 120, denominator: 300}", "40%"])
def test_a_figure_needing_latitude_without_it_is_located_in_city_yaml(mini_pack, tmp_path, body):
    from helpers import make_city

    from nsc_check.assess import assess
    from nsc_check.errors import InputError
    from nsc_check.evidence import load_evidence

    folder = make_city(tmp_path, {"sanitation": f"  S01.02: {body}\n"}, latitude="null")
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    [p] = err.value.problems
    assert p.file.endswith("city.yaml") and "latitude is missing" in p.message_text("en")
    lenient = load_evidence(folder, mini_pack, strict=False)
    result = {r.id: r for r in assess(mini_pack, lenient).indicators}
    assert result["S01.02"].status == "invalid"


def test_ratio_exactly_at_the_figure_and_bare_percentage(mini_pack, tmp_path):
    exact = result_of(mini_pack, tmp_path / "a", "sanitation",
                      "  S01.02: {numerator: 21, denominator: 30}\n", "S01.02", latitude=20)
    assert exact.status == "pass"  # 70% exactly
    bare = result_of(mini_pack, tmp_path / "b", "sanitation", "  S01.02: 75%\n", "S01.02",
                     latitude=20)
    assert bare.status == "pass"
    assert any("audited" in m.en for m in bare.messages)


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


@pytest.mark.parametrize("grade, status", [("II类", "pass"), ("III", "pass"), ("Ⅳ", "fail"),
                                           ("劣V", "fail")])
def test_grade(mini_pack, tmp_path, grade, status):
    r = result_of(mini_pack, tmp_path, "env", f"  S01.06: {grade}\n", "S01.06")
    assert r.status == status


def test_grade_gap_counts_levels(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "env", "  S01.06: 劣V\n", "S01.06")
    assert r.gap.text.zh == "差 3 个等级"


def test_no_events_inside_and_outside_the_window(mini_pack, tmp_path):
    body = ("  S01.07:\n    - {date: 2022-06-01, description: 旧事故}\n"
            "    - {date: 2023-01-01, description: 化工厂泄漏, place: 东郊}\n")
    r = result_of(mini_pack, tmp_path, "env", body, "S01.07")
    assert r.status == "fail" and r.gap.amount == 1
    assert "化工厂泄漏" in r.findings[0].zh
    assert any("outside" in m.en for m in r.messages)


def test_no_events_empty_list_passes(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "env", "  S01.07: []\n", "S01.07")
    assert r.status == "pass"


def test_metrics_reports_the_worst_multiple(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "aiwei", "  S02.04: {adults: 4.5%, oothecae: 5%}\n",
                  "S02.04")
    assert r.status == "fail" and r.limit_multiple == 2.5
    assert "卵鞘查获率" in r.gap.text.zh and len(r.findings) == 2


def test_metrics_exactly_at_the_limits_pass(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "aiwei", "  S02.04: {adults: 3, oothecae: 2}\n", "S02.04")
    assert r.status == "pass" and r.limit_multiple == 1


def test_metrics_missing_measure(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "aiwei", "  S02.04: {adults: 1%}\n", "S02.04")
    assert r.status == "missing" and "卵鞘查获率" in r.messages[0].zh


def test_document_needs_the_attachment_to_exist(mini_pack, tmp_path):
    body = "  S02.05:\n    plan: attachments/plan.pdf\n    summary: attachments/summary.pdf\n"
    folder = tmp_path / "city"
    (folder / "attachments").mkdir(parents=True)
    (folder / "attachments" / "plan.pdf").write_bytes(b"%PDF")
    r = result_of(mini_pack, tmp_path, "aiwei", body, "S02.05")
    assert r.status == "partial" and r.points_awarded == 7.5
    assert "attachments/summary.pdf" in r.findings[0].zh
    (folder / "attachments" / "summary.pdf").write_bytes(b"%PDF")
    assert result_of(mini_pack, tmp_path, "aiwei", body, "S02.05").status == "pass"


@pytest.mark.parametrize("result, status, points", [("达标", "pass", 10), ("基本达标", "partial", 5),
                                                     ("不达标", "fail", 0)])
def test_inspection(mini_pack, tmp_path, result, status, points):
    body = (f"  S01.03:\n    result: {result}\n    date: 2025-10-01\n    sample: 抽查街道 20 条\n"
            "    findings: [{place: 建设路, problem: 乱堆乱放}]\n")
    r = result_of(mini_pack, tmp_path, "sanitation", body, "S01.03")
    assert r.status == status and r.points_awarded == points


def test_old_inspection_is_stale(mini_pack, tmp_path):
    body = "  S01.03: {result: 达标, date: 2024-10-01, sample: 抽查街道 20 条}\n"
    assert result_of(mini_pack, tmp_path, "sanitation", body, "S01.03").status == "stale"


def test_missing_evidence(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "sanitation", "  S01.01: 90%\n", "S01.03")
    assert r.status == "missing" and r.evidence is None and r.points_awarded == 0


def test_not_applicable_leaves_the_points_out(mini_pack, tmp_path):
    body = "  S01.03: {not_applicable: 本市无城中村}\n"
    r = result_of(mini_pack, tmp_path, "sanitation", body, "S01.03")
    assert r.status == "not_applicable" and r.points_possible == 0
    assert r.not_applicable_reason == "本市无城中村"


@pytest.mark.parametrize("name", list(kinds.KINDS))
def test_every_kind_documents_a_passing_and_a_failing_example(name):
    from nsc_check.messages import CATALOGUE

    examples = kinds.KINDS[name].EXAMPLES
    assert examples.rule and examples.passing and examples.failing
    assert f"kinds.doc.{name}" in CATALOGUE


@pytest.mark.parametrize("name", list(kinds.KINDS))
def test_every_kind_has_the_plugin_interface(name):
    module = kinds.KINDS[name]
    for attr in ("NAME", "Rule", "Evidence", "SHORTHAND", "evaluate", "describe", "guide",
                 "placeholder", "form_rows", "form_evidence", "FORM_FIELDS"):
        assert hasattr(module, attr), f"{name} lacks {attr}"


def test_series_year_not_over_counts_its_days_so_far(mini_pack, tmp_path):
    # 30 November 2025 is day 334: 240 good days so far are 71.86%, though only 65.75% of 365
    folder = make_city(tmp_path, {"env": "  S01.05: {2024: 250, 2025: 240}\n"})
    (folder / "city.yaml").write_text((folder / "city.yaml").read_text(encoding="utf-8")
                                      .replace("2025-12-31", "2025-11-30"), encoding="utf-8")
    r = next(r for r in run(mini_pack, folder).indicators if r.id == "S01.05")
    assert r.status == "pass" and r.measured == pytest.approx(240 / 334 * 100)
    assert r.as_of == dt.date(2025, 11, 30)
    assert [m.code for m in r.messages] == ["kinds.year_not_over"]
    assert "334 天" in r.messages[0].zh


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
