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


@pytest.mark.parametrize("cell", [
    "1.北关转运站：密闭设施破损 2.西环路：垃圾桶未加盖",
    "1、北关转运站：密闭设施破损，2、西环路：垃圾桶未加盖",
    "（1）北关转运站：密闭设施破损（2）西环路：垃圾桶未加盖",
    "①北关转运站：密闭设施破损 ②西环路：垃圾桶未加盖",
    "1. 北关转运站：密闭设施破损\n2. 西环路：垃圾桶未加盖",
])
def test_findings_numbered_in_one_form_cell_are_each_a_finding_without_their_numbers(cell):
    """A clerk numbers the findings of one cell: each is a finding, its place without `1.`."""
    from nsc_check import kinds

    module = kinds.get("inspection")
    data = module.form_evidence(None, {"": {"value": "不达标", "second": "2025-10-20",
                                            "sample": "抽查 20 处", "findings": cell}})
    assert data["findings"] == [{"place": "北关转运站", "problem": "密闭设施破损"},
                                {"place": "西环路", "problem": "垃圾桶未加盖"}]


def test_numbers_inside_a_finding_are_its_own():
    from nsc_check import kinds

    data = kinds.get("inspection").form_evidence(None, {"": {
        "value": "不达标", "findings": "北关：1.5 吨垃圾未清运；2025年新增违建 3 处"}})
    assert data["findings"] == [{"place": "北关", "problem": "1.5 吨垃圾未清运"},
                                {"problem": "2025年新增违建 3 处"}]
