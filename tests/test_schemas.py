"""Every `--format json` output validates against the schema `nsc-check schema --of` prints."""

from __future__ import annotations

import json

import jsonschema
from conftest import MINI_PACK

from nsc_check.cli import main


def schema_of(runner, command):
    res = runner.invoke(main, ["schema", "--of", command])
    assert res.exit_code == 0
    return json.loads(res.output)


def test_validate_json(runner, evidence_dir):
    (evidence_dir / "attachments" / "plan.txt").unlink()
    out = runner.invoke(main, ["validate", str(evidence_dir), "--criteria", str(MINI_PACK),
                               "--format", "json"]).output
    data = json.loads(out)
    jsonschema.validate(data, schema_of(runner, "validate"))
    assert data["warnings"] >= 1 and data["problems"][0]["severity"] == "warning"


def test_batch_json_with_a_broken_city(runner, evidence_dir, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "city.yaml").write_text("name: x\n", encoding="utf-8")
    out = runner.invoke(main, ["batch", str(evidence_dir), str(broken), "--criteria",
                               str(MINI_PACK), "--format", "json", "--jobs", "1"]).stdout
    data = json.loads(out)
    jsonschema.validate(data, schema_of(runner, "batch"))
    assert data["assessed"] == 1 and data["broken"] == 1


def test_diff_json(runner, evidence_dir, tmp_path):
    saved = tmp_path / "a.json"
    runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK), "--format",
                         "json", "-o", str(saved)])
    out = runner.invoke(main, ["diff", str(saved), str(saved), "--format", "json"]).output
    jsonschema.validate(json.loads(out), schema_of(runner, "diff"))
