"""Values a reviewer found that crashed or misled: each is now a message, or a right result."""

from __future__ import annotations

import shutil

import pytest
from conftest import MINI_PACK
from helpers import make_city, result_of

from nsc_check.cli import main


@pytest.mark.parametrize("body, message", [
    ("  S01.04: " + "1" + "0" * 400 + "\n", "far too large"),
    ("  S01.04: {value: 65, note: \"人民路\\x1b[2J超标\"}\n", "control character"),
    ("  S01.06: {grade: \"III\\x07\"}\n", "control character"),
])
def test_strange_values_are_refused_with_their_line(runner, tmp_path, body, message):
    folder = make_city(tmp_path, {"env": body})
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK)])
    assert res.exit_code == 2, res.output
    assert message in res.output and "env.yaml:3" in res.output and "Traceback" not in res.output


def test_a_percentage_above_100_is_refused(runner, tmp_path):
    folder = make_city(tmp_path, {"sanitation": "  S01.01: 150%\n"})
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK)])
    assert res.exit_code == 2 and "between 0 and 100" in res.output


@pytest.mark.parametrize("as_of", ["0001-01-01", "2025-11-30Tgarbage"])
def test_implausible_assessment_dates_are_usage_errors(runner, evidence_dir, as_of):
    res = runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK),
                               "--as-of", as_of])
    assert res.exit_code == 2 and "Traceback" not in res.output


def test_a_tiny_gap_is_never_shown_as_zero(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "env", "  S01.04: 70.004\n", "S01.04")
    assert r.status == "fail" and r.gap.text.zh == "超出 0.004 dB(A)"


def test_an_infinite_figure_is_refused_by_the_pack_check(runner, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    path = pack / "S01-sanitation.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("figure: 80", "figure: .inf"),
                    encoding="utf-8")
    res = runner.invoke(main, ["criteria", "check", str(pack)])
    assert res.exit_code == 2 and "S01-sanitation.yaml:7:30" in res.output and "finite" in res.output
