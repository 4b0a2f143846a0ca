"""Evidence collection: `nsc-check status` and `assess --keep-going` past an entry that fits no
item (the status view and the collecting line at the head of every report: tests/report/)."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MINI_PACK, REPO
from helpers import half_filled

from nsc_check.cli import main
from nsc_check.result import StatusReport

SAMPLE = REPO / "evidence"


def status_json(runner, *args) -> dict:
    res = runner.invoke(main, ["status", *args, "--format", "json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.output)


def test_status_of_a_half_filled_folder(runner, tmp_path):
    import jsonschema

    folder = half_filled(runner, tmp_path)
    data = status_json(runner, str(folder))
    StatusReport.model_validate(data)  # the shape is the model's
    schema = json.loads(runner.invoke(main, ["schema", "--of", "status"]).output)
    jsonschema.validate(data, schema)
    c = data["collection"]
    env = next(d for d in c["departments"] if d["department"]["id"] == "env")
    assert env["contact"] == "市环境监测站 张三 0531-1234567"
    assert env["files"] == ["env.yaml"]
    assert env["reported"] == ["S04.02", "S04.03"]
    assert env["invalid"] == ["S04.04"]
    assert "S04.01" in env["not_reported"] and "S04.05" in env["not_reported"]
    assert c["reported"] == 2 and c["invalid"] == 1 and c["stale"] == 0
    assert c["not_reported"] == c["items"] - 3
    assert c["collecting"] is True
    assert c["notice"]["en"] == f"collecting: {c['not_reported']} items not yet reported"
    # the mistyped id is shown, not fatal, and counted nowhere
    assert [p["field"] or p["text"]["en"] for p in c["problems"]]
    assert "S04.66" in c["problems"][0]["text"]["en"]
    counted = sum(len(d[s]) for d in c["departments"]
                  for s in ("reported", "not_reported", "invalid", "stale"))
    assert counted == c["items"]


def test_status_of_the_sample(runner):
    c = status_json(runner, str(SAMPLE))["collection"]
    assert (c["items"], c["reported"], c["not_reported"], c["invalid"], c["stale"]) == \
        (88, 84, 3, 0, 1)
    pending = {i: d["department"]["id"] for d in c["departments"] for i in d["not_reported"]}
    assert pending == {"S02.06": "health", "S07.08": "cdc", "S09.06": "construction"}
    health = next(d for d in c["departments"] if d["department"]["id"] == "health")
    assert health["contact"] == "市卫生局疾控科" and health["department"]["name"]["zh"] == "市卫生局"


def test_a_complete_city_is_not_collecting(runner, evidence_dir):
    data = json.loads(runner.invoke(main, ["assess", str(evidence_dir), "--criteria",
                                           str(MINI_PACK), "--format", "json"]).output)
    c = data["collection"]
    assert (c["items"], c["reported"], c["not_reported"]) == (14, 14, 0)
    assert c["collecting"] is False and c["notice"] is None
    table = runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK),
                                 "--lang", "en"]).output
    assert "collecting" not in table


def test_keep_going_assesses_past_a_mistyped_id(runner, evidence_dir):
    env = evidence_dir / "env.yaml"
    env.write_text(env.read_text(encoding="utf-8") + "  S02.66: 12\n", encoding="utf-8")
    args = ["assess", str(evidence_dir), "--criteria", str(MINI_PACK), "--format", "json"]
    stopped = runner.invoke(main, args)
    assert stopped.exit_code == 2 and "S02.66" in stopped.output
    res = runner.invoke(main, [*args, "--keep-going"])
    assert res.exit_code in (0, 1), res.output
    data = json.loads(res.output)
    problems = data["collection"]["problems"]
    assert len(problems) == 1 and problems[0]["file"].endswith("env.yaml")
    assert "S02.66" in problems[0]["text"]["en"] and problems[0]["line"]
    assert any(r["status"] == "pass" for r in data["indicators"])  # the rest was assessed


def test_keep_going_with_an_id_reported_twice_uses_neither(runner, evidence_dir):
    from nsc_check.evidence import load_evidence
    from nsc_check.pack import load_pack

    pack = load_pack(str(MINI_PACK))
    first = load_evidence(evidence_dir, pack)
    item, entry = next(iter(first.entries.items()))
    other = next(f for f in ("aiwei", "env", "market", "sanitation")
                 if f != Path(entry.file).stem)
    path = evidence_dir / f"{other}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text + f"  {item}: 1\n" if "evidence:" in text else text, encoding="utf-8")
    res = runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK),
                               "--keep-going", "--format", "json"])
    data = json.loads(res.output)
    found = next(iter([r for r in data["indicators"] if r["id"] == item] or
                      [c for c in data["conditions"] if c["id"] == item]))
    assert found["status"] in ("invalid", "undetermined")
    assert data["collection"]["problems"]

