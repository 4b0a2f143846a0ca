"""The metrics kind: several measures each within its limit."""

from __future__ import annotations

from helpers import check_examples, result_of


def test_its_documented_examples_load_and_the_passing_one_passes(tmp_path):
    """The rule, passing and failing entries its docstring documents (`criteria kinds`), read by
    the real loaders."""
    statuses = check_examples("metrics", tmp_path)
    assert statuses["passing"] == "pass" and statuses["failing"] in ("fail", "partial")


def test_metrics_reports_the_worst_multiple(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "aiwei", "  S02.04: {adults: 4.5%, oothecae: 5%}\n",
                  "S02.04")
    assert r.status == "fail" and r.limit_multiple == 2.5
    assert "卵鞘查获率" in r.gap.text.zh and len(r.findings) == 2


def test_metrics_exactly_at_the_limits_pass(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "aiwei", "  S02.04: {adults: 3, oothecae: 2}\n", "S02.04")
    assert r.status == "pass" and r.limit_multiple == 1


def test_metrics_missing_measure(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "aiwei", "  S02.04: {adults: 1%}\n", "S02.04")
    assert r.status == "missing" and "卵鞘查获率" in r.messages[0].zh
