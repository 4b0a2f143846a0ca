"""Issue 12: readiness judged on the evidence (waivers), the what-if (`--assume-pass`) and the
plan (`nsc-check plan`): the cheapest set of gaps whose closing makes the city ready."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import REPO
from ruamel.yaml import YAML

from nsc_check.assess import assess
from nsc_check.cli import main
from nsc_check.evidence import Waiver, load_evidence
from nsc_check.pack import load_pack

SAMPLE = REPO / "evidence"


@pytest.fixture(scope="module")
def nsc():
    return load_pack("nsc-2010")


@pytest.fixture(scope="module")
def sample(nsc):
    return load_evidence(SAMPLE, nsc)


def _waive_failures_in_yaml(folder: Path, ids: set[str]) -> None:
    yaml = YAML()
    for path in folder.glob("*.yaml"):
        if path.name == "city.yaml":
            continue
        data = yaml.load(path.read_text(encoding="utf-8"))
        evidence = data.get("evidence") or {}
        changed = False
        for key in list(evidence):
            if key in ids:
                value = evidence[key]
                waiver = {"justification": "临时豁免", "approved_by": "市爱卫会",
                          "expires": "2026-12-31"}
                if isinstance(value, dict):
                    value["waiver"] = waiver
                else:
                    evidence[key] = {"value": value, "waiver": waiver}
                changed = True
        if changed:
            with path.open("w", encoding="utf-8") as out:
                yaml.dump(data, out)


# --- item 2: waivers do not make a city ready --------------------------------------------------


def test_waiving_every_failure_does_not_make_the_sample_ready(nsc, sample):
    before = assess(nsc, sample)
    failing = [r.id for r in before.indicators if r.status == "fail"]
    assert len(failing) == 8
    for item in failing:
        sample.entries[item].waiver = Waiver(justification="x", approved_by="y",
                                             expires="2026-12-31")
    try:
        after = assess(nsc, sample)
    finally:
        for item in failing:
            sample.entries[item].waiver = None
    s = after.summary
    assert not s.ready and s.verdict == "eligible_not_ready"
    assert s.percent == before.summary.percent  # the score the verdict reads is the evidence's
    assert s.with_waivers is not None and s.with_waivers.set_aside == failing
    assert s.with_waivers.verdict == "ready" and s.with_waivers.changes_verdict
    assert s.with_waivers.percent == 92.22


def test_the_headline_says_waivers_would_change_the_verdict(runner, tmp_path, nsc):
    folder = tmp_path / "evidence"
    shutil.copytree(SAMPLE, folder)
    failing = {r.id for r in assess(nsc, load_evidence(folder, nsc)).indicators
               if r.status == "fail"}
    _waive_failures_in_yaml(folder, failing)
    en = runner.invoke(main, ["assess", str(folder), "--lang", "en"], env={"NO_COLOR": "1"})
    assert en.exit_code == 1, en.output
    assert "eligible, not yet ready" in en.output
    assert "national assessors do not" in en.output and "92.22%" in en.output
    data = json.loads(runner.invoke(main, ["assess", str(folder), "--format", "json"]).output)
    assert data["summary"]["ready"] is False
    assert data["summary"]["with_waivers"]["changes_verdict"] is True


@pytest.mark.zh
def test_the_waiver_headline_in_chinese(runner, tmp_path, nsc):
    folder = tmp_path / "evidence"
    shutil.copytree(SAMPLE, folder)
    _waive_failures_in_yaml(folder, {"S10.05"})
    out = runner.invoke(main, ["assess", str(folder)], env={"NO_COLOR": "1"}).output
    assert "计入豁免" in out and "豁免 1 项：S10.05" in out
    # S10.05 alone would not make the city ready: the verdict is not said to change
    assert "国家评审不认可" not in out
