"""The no_events kind: no events of a kind inside a window of years."""

from __future__ import annotations

from helpers import check_examples, result_of


def test_its_documented_examples_load_and_the_passing_one_passes(tmp_path):
    """The rule, passing and failing entries its docstring documents (`criteria kinds`), read by
    the real loaders."""
    statuses = check_examples("no_events", tmp_path)
    assert statuses["passing"] == "pass" and statuses["failing"] in ("fail", "partial")


def test_no_events_inside_and_outside_the_window(mini_pack, tmp_path):
    body = ("  S01.07:\n    - {date: 2022-06-01, description: 旧事故}\n"
            "    - {date: 2023-01-01, description: 化工厂泄漏, place: 东郊}\n")
    r = result_of(mini_pack, tmp_path, "env", body, "S01.07")
    assert r.status == "fail" and r.gap.amount == 1
    assert "化工厂泄漏" in r.findings[0].zh
    assert any("outside" in m.en for m in r.messages)


def test_no_events_empty_list_passes(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "env", "  S01.07: []\n", "S01.07")
    assert r.status == "pass"
