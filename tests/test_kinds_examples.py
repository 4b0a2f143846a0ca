"""`nsc-check criteria kinds`: every kind described in both languages, and every example it
prints loaded through the real loaders: the rule as part of a pack, the passing and the failing
entry as part of a department's file; the passing one passes and the failing one does not."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
from conftest import MINI_PACK

from nsc_check import kinds
from nsc_check.assess import assess
from nsc_check.cli import main
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack

CITY = "name: {zh: 测试市, en: Test City}\nassessment_date: 2025-12-31\nlatitude: 36.5\n"
ITEM = "S01.01"


def _pack_with(folder: Path, rule_example: str) -> Path:
    """A pack of one section holding one indicator whose `kind:` and `rule:` are the example's
    lines, as written on the page."""
    folder.mkdir(parents=True)
    header = (MINI_PACK / "pack.yaml").read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(header.replace("points_total: 100", "points_total: 10"),
                                      encoding="utf-8")
    (folder / "basic-conditions.yaml").write_text("conditions: []\n", encoding="utf-8")
    (folder / "S01-test.yaml").write_text(
        "id: S01\ntitle: {zh: 测试, en: Test}\nindicators:\n"
        f"  - id: {ITEM}\n    title: {{zh: 示例, en: Example}}\n    points: 10\n"
        "    lead: aiwei\n" + textwrap.indent(rule_example, "    "), encoding="utf-8")
    return folder


def _evidence_with(folder: Path, entry: str) -> Path:
    """An evidence folder whose department file holds the example entry, its item id changed
    to the test pack's."""
    folder.mkdir(parents=True)
    (folder / "city.yaml").write_text(CITY, encoding="utf-8")
    entry = re.sub(r"^[A-Z]\d+(\.\d+)?:", f"{ITEM}:", entry, count=1)
    (folder / "aiwei.yaml").write_text("department: aiwei\nevidence:\n"
                                       + textwrap.indent(entry, "  "), encoding="utf-8")
    # the document kind's passing example names an attachment that exists
    attachment = folder / "attachments" / "aiwei" / "爱国卫生管理办法.pdf"
    attachment.parent.mkdir(parents=True)
    attachment.write_bytes(b"%PDF-1.4\n")
    return folder


@pytest.mark.parametrize("name", list(kinds.KINDS))
def test_every_example_loads_and_the_passing_one_passes(name, tmp_path):
    examples = kinds.get(name).EXAMPLES
    pack = load_pack(str(_pack_with(tmp_path / "pack", examples.rule)))
    [indicator] = pack.indicators()
    assert indicator.kind == name and isinstance(indicator.rule, kinds.get(name).Rule)
    statuses = {}
    for part in ("passing", "failing"):
        folder = _evidence_with(tmp_path / part, getattr(examples, part))
        evidence = load_evidence(folder, pack)  # strict: any refusal fails the test
        [result] = assess(pack, evidence).indicators
        statuses[part] = result.status
    assert statuses["passing"] == "pass"
    assert statuses["failing"] in ("fail", "partial")


def test_the_inspection_rule_as_documented_keeps_its_checklist_item_whole(tmp_path):
    pack = load_pack(str(_pack_with(tmp_path / "pack", kinds.get("inspection").EXAMPLES.rule)))
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
