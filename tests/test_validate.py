"""`nsc-check validate`: every error with its place and a hint, and warnings for weak evidence."""

from __future__ import annotations

import json

import pytest
from conftest import MINI_PACK, write

from nsc_check.cli import main


def validate(runner, folder, *args):
    return runner.invoke(main, ["validate", str(folder), "--criteria", str(MINI_PACK),
                                "--lang", "en", *args])


def test_the_mini_city_has_warnings_only(runner, evidence_dir):
    res = validate(runner, evidence_dir)
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    # the one weak point of the sample: the annual summary of S02.05 is not given
    assert any(line.startswith(f"{evidence_dir}/aiwei.yaml:8: warning: S02.05")
               and "annual summary: not given" in line and "(hint:" in line for line in lines)
    assert lines[-1] == f"{evidence_dir}: 0 error(s), 1 warning(s): ready to assess"


def test_every_error_in_one_pass_with_position_and_hint(runner, evidence_dir):
    write(evidence_dir, "sanitation.yaml", "department: sanitation\nas_of: 2025-10-31\n"
          "evidence:\n  S01.01: 92.5 dB\n  S01.02: {numerator: 400, denominator: 300}\n")
    write(evidence_dir, "env.yaml", "department: env\nevidence:\n  S01.04: 68\n  S09.09: 1\n")
    res = validate(runner, evidence_dir)
    assert res.exit_code == 2
    errors = [line for line in res.output.splitlines() if ": error: " in line]
    assert len(errors) == 3
    assert errors[0].startswith(f"{evidence_dir}/env.yaml:4:")
    assert "unknown indicator id" in errors[0] and "(hint:" in errors[0]
    assert errors[1].startswith(f"{evidence_dir}/sanitation.yaml:4:11: error: evidence.S01.01")
    assert "wrong unit" in errors[1]
    assert errors[2].startswith(f"{evidence_dir}/sanitation.yaml:5:") and "larger than" in errors[2]
    assert "3 error(s)" in res.output.splitlines()[-1]


def test_weak_evidence_gives_warnings_and_exit_0(runner, evidence_dir):
    text = (evidence_dir / "sanitation.yaml").read_text(encoding="utf-8")
    text = text.replace("{numerator: 120, denominator: 300}", "40%").replace("2025-10-31", "2024-10-31")
    write(evidence_dir, "sanitation.yaml", text)
    text = (evidence_dir / "aiwei.yaml").read_text(encoding="utf-8")
    write(evidence_dir, "aiwei.yaml", text.replace("  S02.03: {rooms: 1.2%}\n", ""))
    (evidence_dir / "attachments" / "plan.txt").unlink()
    res = validate(runner, evidence_dir)
    assert res.exit_code == 0, res.output
    warnings = [line for line in res.output.splitlines() if ": warning: " in line]
    assert any("S01.02" in w and "bare percentage" in w for w in warnings)          # counts asked for
    assert any("S01.01" in w and "426 days old" in w for w in warnings)             # stale
    assert any("S02.05" in w and "attachments/plan.txt not found" in w for w in warnings)
    assert any(w.startswith(f"{evidence_dir}/aiwei.yaml: warning: S02.03") and
               "no evidence reported" in w for w in warnings)                       # nobody reported
    assert "0 error(s)" in res.output.splitlines()[-1]


def test_placeholders_warn_but_a_half_filled_entry_is_an_error(runner, evidence_dir):
    write(evidence_dir, "market.yaml", "department: market\nevidence:\n  B03:\n    incidents:\n")
    write(evidence_dir, "sanitation.yaml", "department: sanitation\nas_of: 2025-10-31\nevidence:\n"
          "  S01.01:\n  S01.02:\n    numerator: 120\n    denominator:\n")
    res = validate(runner, evidence_dir)
    assert res.exit_code == 2
    out = res.output
    assert f"{evidence_dir}/market.yaml:3: warning: B03 " in out
    assert "not yet filled (to be reported by Market Regulation Bureau)" in out
    assert f"{evidence_dir}/sanitation.yaml:4: warning: S01.01 " in out
    assert "error: evidence.S01.02" in out
    assert "S01.03" in out and "no evidence reported" in out


def test_a_placeholder_reported_twice_is_still_an_error(runner, evidence_dir):
    write(evidence_dir, "zz.yaml", "department: env\nevidence:\n  S01.04:\n")
    res = validate(runner, evidence_dir)
    assert res.exit_code == 2 and "already reported" in res.output


def test_json_output(runner, evidence_dir):
    (evidence_dir / "attachments" / "plan.txt").unlink()
    res = validate(runner, evidence_dir, "--format", "json")
    data = json.loads(res.output)
    assert res.exit_code == 0 and data["errors"] == 0 and data["warnings"] == 2
    assert {p["severity"] for p in data["problems"]} == {"warning"}
    assert all(p["file"].endswith("aiwei.yaml") and p["line"] == 8 for p in data["problems"])


@pytest.mark.zh
def test_chinese_by_default(runner, evidence_dir):
    res = runner.invoke(main, ["validate", str(evidence_dir), "--criteria", str(MINI_PACK)])
    assert "年度工作总结：未提供" in res.output and "0 个错误，1 个警告" in res.output


def test_a_stale_waived_indicator_is_warned_about_as_stale(runner, evidence_dir):
    path = evidence_dir / "env.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "  S01.04: 71.4 dB(A)\n",
        "  S01.04:\n    value: 71.4\n    as_of: 2024-06-30\n"
        "    waiver: {justification: 施工, approved_by: 市爱卫会, expires: 2026-06-30}\n"),
        encoding="utf-8")
    res = validate(runner, evidence_dir)
    stale = [line for line in res.output.splitlines() if "S01.04" in line]
    assert len(stale) == 1 and "days old" in stale[0] and "waived until" not in stale[0]


@pytest.mark.zh
def test_evidence_of_an_item_an_overlay_removed_is_warned_about_not_dropped_silently(runner):
    from conftest import MINI_EVIDENCE, REPO

    res = runner.invoke(main, ["validate", str(MINI_EVIDENCE), "--criteria", str(MINI_PACK),
                               "--overlay", str(REPO / "tests/data/overlays/mini-province.yaml")])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.output.splitlines() if "evidence.S02.05" in x)
    assert "aiwei.yaml:9" in line and "警告" in line
    assert "这一项已被本次使用的地方调整删除，其证据不参与评估" in line
