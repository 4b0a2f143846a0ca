"""The JSON report (report/json.py): the Assessment as its documented schema."""

from __future__ import annotations

import json

import jsonschema
from conftest import REPO
from helpers import INSPECTION_BODY as BODY
from helpers import NSC, assess_mini, assess_sample, make_city

from nsc_check.cli import main


def test_json_validates_against_the_schema(runner, evidence_dir):
    res = assess_mini(runner, evidence_dir, "--format", "json")
    assert res.exit_code == 1
    data = json.loads(res.output)
    schema = json.loads(runner.invoke(main, ["schema"]).output)
    jsonschema.validate(data, schema)
    assert data["schema_version"] == "2.1" and data["pack"]["id"] == "mini"
    assert data["summary"]["eligible"] is True and data["summary"]["ready"] is False
    by_id = {i["id"]: i for i in data["indicators"]}
    assert by_id["S01.04"]["status"] == "fail" and by_id["S01.04"]["gap"]["amount"] == 1.4
    assert {c["id"]: c["status"] for c in data["conditions"]}["B02"] == "met"


def test_json_carries_the_points_at_stake(runner):
    data = json.loads(assess_sample(runner, "--format", "json").output)
    s = data["summary"]
    assert s["points_short"] == 67.5 and s["min_score_percent"] == 90
    assert s["points_full"] == 1000 and s["points_possible"] == 990
    assert [(n["id"], n["points"]) for n in s["not_applicable"]] == [("S10.03", 10)]
    short = {sec["id"]: sec["points_short"] for sec in data["sections"]}
    assert short["S10"] == 4 and all(v == 0 for k, v in short.items() if k != "S10")
    by_id = {i["id"]: i for i in data["indicators"]}
    assert by_id["S08.04"]["points_lost"] == 20 and by_id["S03.01"]["points_lost"] == 8
    assert all(i["points_lost"] == 0 for i in data["indicators"] if i["status"] == "pass")
    lost = sum(i["points_lost"] for i in data["indicators"])
    assert lost == s["points_possible"] - s["points_awarded"]


def test_json_requirement_is_machine_readable(runner):
    data = json.loads(assess_sample(runner, "--format", "json").output)
    by_id = {i["id"]: i for i in data["indicators"]}
    noise = by_id["S04.05"]
    assert noise["requirement"] == {"operator": "<=", "figure": 70, "unit": "dB(A)", "scale": None}
    assert noise["measured"] == 71.4
    water = by_id["S04.03"]["requirement"]
    assert water["operator"] == ">=" and water["figure"] == "III" and water["unit"] == "grade"
    assert water["scale"][0] == "I"
    assert by_id["S08.04"]["requirement"]["unit"] == "limit_multiple"
    assert by_id["S01.06"]["requirement"] == {"operator": ">=", "figure": 30, "unit": "%",
                                              "scale": None}
    assert all(i["requirement"] is not None for i in data["indicators"])


def test_schema_documents_measured_per_kind(runner):
    res = runner.invoke(main, ["schema"])
    assert res.exit_code == 0
    schema = json.loads(res.output)
    fields = schema["$defs"]["IndicatorResult"]["properties"]
    doc = fields["measured"]["description"]
    for kind in ("threshold", "ratio", "series", "grade", "metrics", "no_events", "document",
                 "inspection"):
        assert f"{kind}:" in doc, kind
    assert "operator" in schema["$defs"]["Requirement"]["properties"]
    assert "points_short" in schema["$defs"]["Summary"]["properties"]


def test_json_keeps_full_precision(runner):
    res = runner.invoke(main, ["assess", str(REPO / "evidence"), "--format", "json"])
    data = json.loads(res.output)
    assert data["summary"]["percent"] == 823.5 / 990 * 100
    assert any(s["percent"] != round(s["percent"], 2) for s in data["sections"])


def test_the_json_report_keeps_the_point_of_each_finding(runner, tmp_path):
    folder = make_city(tmp_path / "c", {"urban": BODY})
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(NSC), "--format", "json"])
    data = json.loads(res.output)
    [item] = [i for i in data["indicators"] if i["id"] == "S03.01"]
    assert item["findings"][0]["code"] == "kinds.inspection.finding_point"
    assert item["findings"][0]["args"]["point"] == 2
