"""The command line, through click's CliRunner: filters, exit codes, errors (the reports themselves:
tests/report/)."""

from __future__ import annotations

import json

import pytest
from conftest import MINI_PACK, REPO

from nsc_check.cli import main
from nsc_check.errors import InputError


def assess(runner, evidence_dir, *args):
    return runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK), *args],
                         env={"NO_COLOR": "1", "COLUMNS": "80"})


@pytest.mark.zh
def test_filters(runner, evidence_dir):
    data = json.loads(assess(runner, evidence_dir, "--format", "json", "--status", "fail",
                             "--section", "S01").output)
    assert [i["id"] for i in data["indicators"]] == ["S01.04", "S01.06"]
    assert data["filters"]["statuses"] == ["fail"]
    assert data["summary"]["percent"] == 62.5  # filters narrow the list, not the score
    data = json.loads(assess(runner, evidence_dir, "--format", "json", "--department",
                             "aiwei").output)
    assert {i["lead"]["id"] for i in data["indicators"]} == {"aiwei"}
    table = assess(runner, evidence_dir, "--department", "env").output
    assert "S01.04" in table and "S02.04" not in table.split("差距清单")[1]


@pytest.mark.parametrize("args", [["--status", "bad"], ["--section", "S09"],
                                  ["--department", "police"], ["--as-of", "2025-02-30"],
                                  ["--format", "pdf"]])
def test_bad_usage_exits_2(runner, evidence_dir, args):
    res = assess(runner, evidence_dir, *args)
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_exit_codes(runner, evidence_dir):
    assert assess(runner, evidence_dir, "--fail-on", "never").exit_code == 0
    assert assess(runner, evidence_dir, "--fail-on", "not-eligible").exit_code == 0
    (evidence_dir / "sanitation.yaml").write_text(
        (evidence_dir / "sanitation.yaml").read_text(encoding="utf-8").replace("92.5%", "70%"),
        encoding="utf-8")
    assert assess(runner, evidence_dir, "--fail-on", "not-eligible").exit_code == 1
    assert assess(runner, evidence_dir, "--fail-on", "never").exit_code == 0


def test_broken_evidence_file_exits_2_naming_file_and_line(runner, evidence_dir):
    (evidence_dir / "env.yaml").write_text("department: env\nevidence:\n  S01.04: [71.4\n",
                                           encoding="utf-8")
    res = assess(runner, evidence_dir)
    assert res.exit_code == 2
    assert "env.yaml:3:11" in res.output and "bracket [ opened here is never closed" in res.output
    assert "Traceback" not in res.output


def test_wrong_value_exits_2_unless_keep_going(runner, evidence_dir):
    path = evidence_dir / "env.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("71.4 dB(A)", "71.4%"),
                    encoding="utf-8")
    res = assess(runner, evidence_dir)
    assert res.exit_code == 2 and "env.yaml:4" in res.output and "wrong unit" in res.output
    data = json.loads(assess(runner, evidence_dir, "--keep-going", "--format", "json").output)
    assert {i["id"]: i["status"] for i in data["indicators"]}["S01.04"] == "invalid"


def test_as_of_moves_the_assessment_date(runner, evidence_dir):
    data = json.loads(assess(runner, evidence_dir, "--format", "json", "--as-of",
                             "2027年3月1日").output)
    assert data["as_of"] == "2027-03-01"
    assert data["summary"]["counts"]["stale"] > 0


@pytest.mark.zh
def test_output_file(runner, evidence_dir, tmp_path):
    target = tmp_path / "report.json"
    res = assess(runner, evidence_dir, "--format", "json", "--output", str(target))
    assert res.exit_code == 1 and res.output == ""
    assert json.loads(target.read_text(encoding="utf-8"))["pack"]["id"] == "mini"
    text = tmp_path / "report.txt"
    assess(runner, evidence_dir, "--output", str(text))
    assert "差距清单" in text.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_missing_evidence_folder(runner, tmp_path):
    res = assess(runner, tmp_path / "nope")
    assert res.exit_code == 2 and "evidence folder not found" in res.output


def test_criteria_check(runner, tmp_path):
    res = runner.invoke(main, ["criteria", "check", str(MINI_PACK)])
    assert res.exit_code == 0 and "12 indicators, 100 points" in res.output
    bad = tmp_path / "pack.yaml"
    bad.write_text("id: x\n", encoding="utf-8")
    res = runner.invoke(main, ["criteria", "check", str(tmp_path)])
    assert res.exit_code == 2 and "pack.yaml" in res.output


def test_criteria_kinds_documents_every_kind(runner):
    out = runner.invoke(main, ["criteria", "kinds"]).output
    for kind in ("threshold", "ratio", "series", "no_events", "grade", "metrics", "document",
                 "inspection"):
        assert f"== {kind} ==" in out


def test_as_of_before_the_evidence_is_refused(runner, evidence_dir):
    res = assess(runner, evidence_dir, "--as-of", "2020-01-01")
    assert res.exit_code == 2
    assert "is after the assessment date 2020-01-01" in res.output and "Traceback" not in res.output


def test_help_does_not_import_the_heavy_libraries():
    """Start-up stays close to Python's own: `--help` imports click only (benchmarks/run.py
    measures the time; this guards the cause)."""
    import subprocess
    import sys

    code = ("import sys; from nsc_check.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pydantic', 'rich', 'ruamel.yaml', 'openpyxl', 'jinja2')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize("command", [["schema"], ["assess", str(REPO / "evidence")]])
def test_output_that_cannot_be_written_is_a_message(runner, tmp_path, command):
    for target in (tmp_path, tmp_path / "missing-folder" / "out.json"):  # a folder; no folder
        res = runner.invoke(main, [*command, "--output", str(target)])
        assert res.exit_code == 2 and "cannot write the file" in res.output, res.output
        assert not isinstance(res.exception, InputError)

