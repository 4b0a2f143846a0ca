"""The bundled sample city (evidence/): complete, and its result pinned so changes are deliberate.

示例市 is a year from evaluation: eligible, but not ready. If a change to the engine, the pack or
the sample moves any figure below, update the sample's design here on purpose.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from conftest import REPO

from nsc_check.assess import assess
from nsc_check.cli import main
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack

SAMPLE = REPO / "evidence"

# Departments that have not reported yet: the indicator is left out of the lead department's
# file with a comment saying it is pending.
MISSING = {"S02.06": "health", "S07.08": "cdc", "S09.06": "construction"}
# Every indicator that does not pass, by status, as the sample was designed.
NOT_PASSING = {
    "partial": ["S03.01", "S03.06", "S03.13", "S06.06", "S07.01", "S09.04"],
    "fail": ["S01.06", "S02.08", "S03.02", "S04.03", "S04.05", "S06.02", "S08.04", "S10.05"],
    "missing": sorted(MISSING),
    "stale": ["S05.05"],
    "not_applicable": ["S10.03"],
    "invalid": [],
}


@pytest.fixture(scope="module")
def pack():
    return load_pack()


@pytest.fixture(scope="module")
def evidence(pack):
    return load_evidence(SAMPLE, pack)  # strict: any unusable entry would raise


@pytest.fixture(scope="module")
def result(pack, evidence):
    return assess(pack, evidence)


def test_every_indicator_has_evidence_or_is_a_deliberate_gap(pack, evidence):
    reported = set(evidence.entries)
    unreported = {i.id for i in pack.indicators()} - reported
    assert unreported == set(MISSING)
    for item, department in MISSING.items():
        text = (SAMPLE / f"{department}.yaml").read_text(encoding="utf-8")
        assert f"# {item} 待" in text, f"{department}.yaml should say {item} is pending"
    assert {"B06", "B08", "B09"} <= reported


def test_each_department_reports_in_its_own_file(pack, evidence):
    for entry in evidence.entries.values():
        owner = pack.indicator(entry.id) or pack.condition(entry.id)
        assert Path(entry.file).name == f"{owner.lead}.yaml", (entry.id, entry.file)
        assert entry.department == owner.lead


def test_summary_is_pinned(result):
    s = result.summary
    assert (s.verdict, s.eligible, s.ready) == ("eligible_not_ready", True, False)
    # the exact score (JSON keeps full precision); 83.18 is only how it is displayed
    assert (s.points_awarded, s.points_possible, s.percent) == (823.5, 990.0, 823.5 / 990 * 100)
    assert s.counts == {"pass": 66, **{k: len(v) for k, v in NOT_PASSING.items()}}
    assert [r.en for r in s.reasons] == [
        "overall score 83.18%, below 90%",
        "S10 Urban villages and the urban–rural fringe at 70%, below 80%",
    ]


def test_statuses_are_where_the_sample_puts_them(result):
    by_status = {status: sorted(r.id for r in result.indicators if r.status == status)
                 for status in NOT_PASSING}
    assert by_status == NOT_PASSING
    veto = next(r for r in result.indicators if r.veto)
    assert (veto.id, veto.status) == ("S04.09", "pass")


def test_all_basic_conditions_met_b05_narrowly(result):
    assert [c.id for c in result.conditions if c.status == "met"] == [
        f"B{n:02d}" for n in range(1, 11)]
    b05 = next(c for c in result.conditions if c.id == "B05")
    text = " ".join(m.zh for m in b05.messages)
    assert "3/4 项达标" in text and "S08.04 蟑螂密度控制" in text and "1.73 倍" in text


def test_headline_gaps_read_as_designed(result):
    by_id = {r.id: r for r in result.indicators}
    assert by_id["S03.02"].gap.text.zh == "还差 1.9 个百分点"
    assert by_id["S04.05"].gap.text.zh == "超出 1.4 dB(A)"
    assert by_id["S04.03"].measured == "IV"
    assert by_id["S08.04"].limit_multiple == pytest.approx(5.2 / 3, abs=1e-4)
    assert by_id["S05.05"].as_of.year == 2009  # the sample is assessed at the end of 2010
    assert "农村户厕" in by_id["S10.03"].not_applicable_reason
    assert any("西关农贸市场" in f.zh for f in by_id["S03.13"].findings)


def test_assess_command_on_the_sample(runner):
    res = runner.invoke(main, ["assess", str(SAMPLE), "--format", "json"])
    assert res.exit_code == 1, res.output
    data = json.loads(res.output)
    jsonschema.validate(data, json.loads(runner.invoke(main, ["schema"]).output))
    assert data["city"]["name"]["zh"] == "示例市"
    assert [c["status"] for c in data["conditions"]] == ["met"] * 10
    statuses = {i["status"] for i in data["indicators"]}
    assert statuses == {"pass", "partial", "fail", "missing", "stale", "not_applicable"}


@pytest.mark.zh
def test_assess_table_shows_the_reasons(runner):
    res = runner.invoke(main, ["assess", str(SAMPLE)], env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert res.exit_code == 1
    for expected in ("示例市", "具备申报条件，尚未达到申报要求", "总得分率 83.18%，低于 90%",
                     "B10", "S10 城中村及城乡结合部卫生", "河西街道东王庄"):
        assert expected in res.output, expected
