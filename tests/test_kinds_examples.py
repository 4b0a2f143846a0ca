"""`nsc-check criteria kinds`: every kind described in both languages. Every example it prints
is loaded through the real loaders by the kind's own tests (tests/kinds/test_<kind>.py, with
helpers.check_examples)."""

from __future__ import annotations

import re

import pytest
from helpers import pack_with_example

from nsc_check import kinds
from nsc_check.cli import main
from nsc_check.pack import load_pack


def test_the_inspection_rule_as_documented_keeps_its_checklist_item_whole(tmp_path):
    pack = load_pack(str(pack_with_example(tmp_path / "pack", kinds.get("inspection").EXAMPLES.rule)))
    first, second = kinds.checklist(pack.indicators()[0].rule)
    assert first.en == "road surfaces even, no potholes"
    assert second.zh == "无乱堆乱放、占道经营"


def test_criteria_kinds_prints_every_kind_and_its_examples_in_english(runner):
    res = runner.invoke(main, ["criteria", "kinds", "--lang", "en"])
    assert res.exit_code == 0
    for name, module in kinds.KINDS.items():
        assert f"== {name} ==" in res.output
        for part in ("rule", "passing", "failing"):
            for line in getattr(module.EXAMPLES, part).splitlines():
                assert "    " + line in res.output
    assert "Rule (in the pack):" in res.output and "Failing evidence" in res.output
    assert "规则（写在标准包中）" not in res.output


@pytest.mark.zh
def test_criteria_kinds_reads_in_chinese_by_default(runner):
    res = runner.invoke(main, ["criteria", "kinds"])
    assert res.exit_code == 0
    assert "规则（写在标准包中）：" in res.output and "不达标的证据" in res.output
    assert "现场检查结果，分为达标、基本达标、不达标" in res.output
    # no English sentence outside the examples and the kinds' names
    prose = [line for line in res.output.splitlines()
             if line and not line.startswith("    ") and not line.startswith("== ")]
    for line in prose:
        assert not re.search(r"\b(the|is|a|of|and|with)\b", line), line
