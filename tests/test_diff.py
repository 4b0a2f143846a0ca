"""`nsc-check diff`: progress between two saved results of the mini city (as drawn on the terminal:
tests/report/test_diff.py)."""

from __future__ import annotations

import json
import re

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK
from helpers import edit_file as edit
from helpers import (
    results,  # noqa: F401  (the fixture of two saved results)
    statuses,
)
from helpers import run_diff as diff
from helpers import save_result as save

from nsc_check.cli import main


def test_json_names_every_change(runner, results):
    before, after, _ = results
    res = diff(runner, before, after, "--format", "json")
    assert res.exit_code == 0, res.output
    d = json.loads(res.output)
    old, new = statuses(before), statuses(after)
    changed = {i for i in old if old[i] != new[i]}
    assert changed and {c["id"] for c in d["status_changes"]} == changed
    by_id = {c["id"]: c for c in d["status_changes"]}
    assert by_id["S01.04"]["before"] == "fail" and by_id["S01.04"]["after"] == "pass"
    assert sorted(d["gaps_closed"]) == ["S01.04", "S01.06"]
    assert d["regressions"] == ["S01.03"] and by_id["S01.03"]["change"] == "worse"
    assert d["new_gaps"] == []
    figures = {f["id"]: f for f in d["figures"]}
    assert figures["S01.01"]["delta"] == -7.5 and figures["S01.04"]["before"] == 71.4
    assert "S02.01" not in figures  # unchanged figures are not listed
    assert d["score"]["delta_percent"] == round(d["score"]["after_percent"]
                                                - d["score"]["before_percent"], 2) > 0
    sections = {s["id"]: s for s in d["sections"]}
    assert sections["S01"]["delta_percent"] > 0 and sections["S02"]["delta_percent"] == 0
    assert d["verdict"]["changed"] is False and d["conditions"] == []


@pytest.mark.zh
def test_verdict_and_conditions_that_changed(runner, results, tmp_path):
    before, _, later = results
    edit(later, "sanitation.yaml", "85%", "70%")   # below B01's 80%: not eligible any more
    worse = save(runner, later, tmp_path / "worse.json")
    d = json.loads(diff(runner, before, worse, "--format", "json").output)
    assert d["verdict"] | {"reasons": None} == {"before": "eligible_not_ready",
                                                "after": "not_eligible", "changed": True,
                                                "reasons": None}
    assert [(c["id"], c["before"], c["after"]) for c in d["conditions"]] == [
        ("B01", "met", "not_met")]
    assert "S01.01" in d["new_gaps"] and "S01.01" in d["regressions"]
    table = diff(runner, before, worse).output
    assert "不具备申报条件" in table and "B01" in table


def test_same_result_has_no_changes(runner, results):
    before, _, _ = results
    d = json.loads(diff(runner, before, before, "--format", "json").output)
    assert d["status_changes"] == [] and d["figures"] == [] and d["score"]["delta_percent"] == 0


@pytest.mark.parametrize("content, expected", [
    ('{"schema_version": "1.0"}', "required field is missing"),
    ('{"indicators": [', "invalid JSON"),
    ("", "empty"),
    ("INF", "expected a finite number"),
])
def test_bad_files_exit_2_naming_the_file(runner, results, tmp_path, content, expected):
    before, _, _ = results
    bad = tmp_path / "bad.json"
    if content == "INF":  # a saved result with a number too large to be a score
        content = re.sub(r'"points_awarded": [0-9.]+', '"points_awarded": 1e400',
                         before.read_text(encoding="utf-8"), count=1)
    bad.write_text(content, encoding="utf-8")
    res = diff(runner, before, bad)
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert f"{bad}" in res.output and expected in res.output


def test_missing_and_filtered_files_are_refused(runner, results, tmp_path):
    before, _, _ = results
    res = diff(runner, before, tmp_path / "nowhere.json")
    assert res.exit_code == 2 and "nowhere.json" in res.output and "not found" in res.output
    filtered = tmp_path / "filtered.json"
    runner.invoke(main, ["assess", str(MINI_EVIDENCE), "--criteria", str(MINI_PACK), "--format",
                         "json", "--status", "fail", "-o", str(filtered)])
    res = diff(runner, before, filtered)
    assert res.exit_code == 2 and "filtered" in res.output


def test_results_of_different_packs_are_not_compared(runner, results, tmp_path):
    before, _, _ = results
    sample = tmp_path / "sample.json"
    res = runner.invoke(main, ["assess", "--format", "json", "--output", str(sample)])
    assert res.exit_code in (0, 1), res.output
    res = diff(runner, before, sample)
    assert res.exit_code == 2 and "different criteria packs (mini and nsc-2010)" in res.output


def test_results_of_different_cities_are_compared_with_a_warning(runner, results, tmp_path):
    before, _, later = results
    edit(later, "city.yaml", "测试市", "另一市")
    other = save(runner, later, tmp_path / "other.json")
    res = diff(runner, before, other, "--format", "json")
    assert res.exit_code == 0
    assert "warning: the results are of different cities (测试市 and 另一市)" in res.stderr
    assert json.loads(res.stdout)["status_changes"]


def test_figures_know_their_direction(runner, results):
    """Noise down is better, the waste share down is worse, water up a grade is better."""
    before, after, _ = results
    d = json.loads(diff(runner, before, after, "--format", "json").output)
    figures = {f["id"]: f for f in d["figures"]}
    noise, waste = figures["S01.04"], figures["S01.01"]
    assert (noise["sense"], noise["direction"]) == ("lower", "better") and noise["delta"] < 0
    assert (waste["sense"], waste["direction"]) == ("higher", "worse") and waste["delta"] < 0
    grades = [f for f in d["figures"] if f["sense"] == "scale" and f["before"] == "IV"]
    assert grades and all(f["direction"] == "better" for f in grades)


def test_diff_draws_only_in_report():
    """diff.py computes; its drawing lives in report/diff.py (no rich in the core)."""
    import nsc_check.diff as core

    source = open(core.__file__, encoding="utf-8").read()
    assert "rich" not in source and "def render" not in source



@pytest.mark.zh
def test_a_what_if_is_never_compared_as_progress(runner, results, tmp_path):
    before, _, _ = results
    whatif = tmp_path / "whatif.json"
    res = runner.invoke(main, ["assess", str(MINI_EVIDENCE), "--criteria", str(MINI_PACK),
                               "--format", "json", "--assume-pass", "S01.04", "-o", str(whatif)])
    assert res.exit_code == 1, res.output  # the city as it stands is not ready: never 0
    assert json.loads(whatif.read_text(encoding="utf-8"))["summary"]["assumed_pass"]
    res = diff(runner, before, whatif)
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "该结果是假设推演（--assume-pass S01.04），不是实际评估结果" in res.output
    assert "请用不加 --assume-pass 保存的评估结果比较" in res.output


@pytest.mark.zh
def test_results_assessed_with_other_overlays_are_compared_with_a_warning(runner, results,
                                                                         tmp_path):
    before, _, later = results
    overlay = tmp_path / "looser.yaml"
    overlay.write_text("overlay:\n  id: looser\n  title: {zh: 放宽, en: looser}\n"
                       "  applies_to: mini\nchange:\n  S01.04:\n    rule: {figure: 75}\n",
                       encoding="utf-8")
    looser = tmp_path / "looser.json"
    res = runner.invoke(main, ["assess", str(MINI_EVIDENCE), "--criteria", str(MINI_PACK),
                               "--overlay", str(overlay), "--format", "json", "-o", str(looser)])
    assert res.exit_code in (0, 1), res.output
    res = diff(runner, before, looser)
    assert res.exit_code == 0, res.output
    assert "两个结果依据的地方调整不同（之前：—；之后：放宽" in res.stderr
    assert "变化可能来自标准的调整，而不是城市的进展" in res.stderr
