"""The grade kind: a class or grade (`II类`) against the one required."""

from __future__ import annotations

import pytest
from helpers import check_examples, result_of


def test_its_documented_examples_load_and_the_passing_one_passes(tmp_path):
    """The rule, passing and failing entries its docstring documents (`criteria kinds`), read by
    the real loaders."""
    statuses = check_examples("grade", tmp_path)
    assert statuses["passing"] == "pass" and statuses["failing"] in ("fail", "partial")


@pytest.mark.parametrize("grade, status", [("II类", "pass"), ("III", "pass"), ("Ⅳ", "fail"),
                                           ("劣V", "fail")])
def test_grade(mini_pack, tmp_path, grade, status):
    r = result_of(mini_pack, tmp_path, "env", f"  S01.06: {grade}\n", "S01.06")
    assert r.status == status


def test_grade_gap_counts_levels(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "env", "  S01.06: 劣V\n", "S01.06")
    assert r.gap.text.zh == "差 3 个等级"
