"""The inspection kind: an on-site inspection's result."""

from __future__ import annotations

import pytest
from helpers import check_examples, result_of


def test_its_documented_examples_load_and_the_passing_one_passes(tmp_path):
    """The rule, passing and failing entries its docstring documents (`criteria kinds`), read by
    the real loaders."""
    statuses = check_examples("inspection", tmp_path)
    assert statuses["passing"] == "pass" and statuses["failing"] in ("fail", "partial")


@pytest.mark.parametrize("result, status, points", [("达标", "pass", 10), ("基本达标", "partial", 5),
                                                     ("不达标", "fail", 0)])
def test_inspection(mini_pack, tmp_path, result, status, points):
    findings = "" if result == "达标" else "    findings: [{place: 建设路, problem: 乱堆乱放}]\n"
    body = (f"  S01.03:\n    result: {result}\n    date: 2025-10-01\n    sample: 抽查街道 20 条\n"
            + findings)
    r = result_of(mini_pack, tmp_path, "sanitation", body, "S01.03")
    assert r.status == status and r.points_awarded == points


def test_old_inspection_is_stale(mini_pack, tmp_path):
    body = "  S01.03: {result: 达标, date: 2024-10-01, sample: 抽查街道 20 条}\n"
    assert result_of(mini_pack, tmp_path, "sanitation", body, "S01.03").status == "stale"
