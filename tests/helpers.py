"""Building small evidence folders for the mini pack inside a test."""

from __future__ import annotations

import datetime as dt
import re
import textwrap
from pathlib import Path

from conftest import MINI_PACK

from nsc_check.assess import assess
from nsc_check.evidence import load_evidence
from nsc_check.pack import Pack
from nsc_check.result import Assessment

CITY = """name: {zh: 测试市, en: Test City}
assessment_date: 2025-12-31
latitude: %s
"""


def make_city(folder: Path, departments: dict[str, str], latitude: float = 36.5) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "city.yaml").write_text(CITY % latitude, encoding="utf-8")
    for name, body in departments.items():
        (folder / f"{name}.yaml").write_text(f"department: {name}\nevidence:\n{body}",
                                             encoding="utf-8")
    return folder


def run(pack: Pack, folder: Path, as_of: dt.date | None = None) -> Assessment:
    return assess(pack, load_evidence(folder, pack), as_of)


def result_of(pack: Pack, tmp_path: Path, department: str, body: str, item: str,
              latitude: float = 36.5, as_of: dt.date | None = None):
    folder = make_city(tmp_path / "city", {department: body}, latitude)
    assessment = run(pack, folder, as_of)
    for r in assessment.indicators:
        if r.id == item:
            return r
    return next(c for c in assessment.conditions if c.id == item)


# The examples a kind documents (`criteria kinds`), loaded by the real loaders

EXAMPLE_CITY = "name: {zh: 测试市, en: Test City}\nassessment_date: 2025-12-31\nlatitude: 36.5\n"
EXAMPLE_ITEM = "S01.01"


def pack_with_example(folder: Path, rule_example: str) -> Path:
    """A pack of one section holding one indicator whose `kind:` and `rule:` are the example's
    lines, as written on the page."""
    folder.mkdir(parents=True)
    header = (MINI_PACK / "pack.yaml").read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(header.replace("points_total: 100", "points_total: 10"),
                                      encoding="utf-8")
    (folder / "basic-conditions.yaml").write_text("conditions: []\n", encoding="utf-8")
    (folder / "S01-test.yaml").write_text(
        "id: S01\ntitle: {zh: 测试, en: Test}\nindicators:\n"
        f"  - id: {EXAMPLE_ITEM}\n    title: {{zh: 示例, en: Example}}\n    points: 10\n"
        "    lead: aiwei\n" + textwrap.indent(rule_example, "    "), encoding="utf-8")
    return folder


def evidence_with_example(folder: Path, entry: str) -> Path:
    """An evidence folder whose department file holds the example entry, its item id changed
    to the test pack's."""
    folder.mkdir(parents=True)
    (folder / "city.yaml").write_text(EXAMPLE_CITY, encoding="utf-8")
    entry = re.sub(r"^[A-Z]\d+(\.\d+)?:", f"{EXAMPLE_ITEM}:", entry, count=1)
    (folder / "aiwei.yaml").write_text("department: aiwei\nevidence:\n"
                                       + textwrap.indent(entry, "  "), encoding="utf-8")
    # the document kind's passing example names an attachment that exists
    attachment = folder / "attachments" / "aiwei" / "爱国卫生管理办法.pdf"
    attachment.parent.mkdir(parents=True)
    attachment.write_bytes(b"%PDF-1.4\n")
    return folder


def check_examples(name: str, tmp_path: Path) -> dict[str, str]:
    """The statuses of a kind's documented passing and failing examples, its rule loaded as part
    of a pack and each entry as part of a department's file (strict: any refusal raises)."""
    from nsc_check import kinds
    from nsc_check.pack import load_pack

    examples = kinds.get(name).EXAMPLES
    pack = load_pack(str(pack_with_example(tmp_path / "pack", examples.rule)))
    [indicator] = pack.indicators()
    assert indicator.kind == name and isinstance(indicator.rule, kinds.get(name).Rule)
    statuses = {}
    for part in ("passing", "failing"):
        folder = evidence_with_example(tmp_path / part, getattr(examples, part))
        [result] = assess(pack, load_evidence(folder, pack)).indicators
        statuses[part] = result.status
    return statuses
