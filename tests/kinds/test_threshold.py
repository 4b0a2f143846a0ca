"""The threshold kind: a figure compared with one value (`S03.02: 96%`)."""

from __future__ import annotations

import pytest
from helpers import check_examples, result_of


def test_its_documented_examples_load_and_the_passing_one_passes(tmp_path):
    """The rule, passing and failing entries its docstring documents (`criteria kinds`), read by
    the real loaders."""
    statuses = check_examples("threshold", tmp_path)
    assert statuses["passing"] == "pass" and statuses["failing"] in ("fail", "partial")


@pytest.mark.parametrize("value, status, gap", [
    ("92.5%", "pass", None),
    ("80%", "pass", None),          # exactly at the figure
    ("79.99", "fail", "还差 0.01 个百分点"),
    ("７５．８％", "fail", "还差 4.2 个百分点"),
])
def test_threshold_at_least(mini_pack, tmp_path, value, status, gap):
    r = result_of(mini_pack, tmp_path, "sanitation", f"  S01.01: {value}\n", "S01.01")
    assert r.status == status
    assert (r.gap.text.zh if r.gap else None) == gap
    assert r.points_awarded == (10 if status == "pass" else 0)


@pytest.mark.parametrize("value, status, gap", [
    ("68.9 dB(A)", "pass", None), ("70", "pass", None), ("73 dB(A)", "fail", "超出 3 dB(A)")])
def test_threshold_lower_is_better(mini_pack, tmp_path, value, status, gap):
    r = result_of(mini_pack, tmp_path, "env", f"  S01.04: {value}\n", "S01.04")
    assert r.status == status and (r.gap.text.zh if r.gap else None) == gap
    if gap:
        assert r.gap.direction == "above" and r.gap.text.en == "3 dB(A) over"
