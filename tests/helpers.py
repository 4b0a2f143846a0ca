"""Building small evidence folders for the mini pack inside a test."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import textwrap
from pathlib import Path

import openpyxl
import pytest
from conftest import DATA, MINI_EVIDENCE, MINI_PACK, REPO

from nsc_check.assess import assess
from nsc_check.cli import main
from nsc_check.evidence import load_evidence
from nsc_check.pack import Pack
from nsc_check.result import Assessment

CITY = """name: {zh: 测试市, en: Test City}
assessment_date: 2025-12-31
latitude: %s
"""


def make_city(folder: Path, departments: dict[str, str], latitude: float = 36.5,
              as_of: str | None = "2025-12-31") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "city.yaml").write_text(CITY % latitude, encoding="utf-8")
    for name, body in departments.items():
        # dated, as a department's file is (undated data cannot be judged current); last, so
        # that the lines of the body are where the tests expect them
        dated = "" if as_of is None or re.search(r"^as_of:", body, re.M) else f"as_of: {as_of}\n"
        (folder / f"{name}.yaml").write_text(
            f"department: {name}\nevidence:\n{body}{dated}", encoding="utf-8")
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
    (folder / "aiwei.yaml").write_text("department: aiwei\nas_of: 2025-12-31\nevidence:\n"
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


# Reports of the mini city and of the sample city, and the gaps each format names
# (tests/report/)

SAMPLE = REPO / "evidence"
HOSTILE = "<script>alert('x')</script> a|b"


def assess_mini(runner, evidence_dir, *args):
    """`nsc-check assess` of a city against the mini pack, 80 columns, no colour."""
    return runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK), *args],
                         env={"NO_COLOR": "1", "COLUMNS": "80"})


def assess_sample(runner, *args):
    """`nsc-check assess` of the sample city (eligible, not ready), 100 columns, no colour."""
    res = runner.invoke(main, ["assess", str(SAMPLE), *args],
                        env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert res.exit_code == 1, res.output  # eligible, not ready
    return res


def gap_ids(mini_pack, folder) -> list[str]:
    return [r.id for r in run(mini_pack, folder).gaps()]


def html_gap_ids(page: str, view: str) -> list[str]:
    part = page.split(f'id="view-{view}"')[1].split("</table>")[0]
    return re.findall(r'<tr class="gap [a-z_]+" data-id="([^"]+)"', part)


def markdown_gap_ids(text: str) -> list[str]:
    gaps = re.split(r"\n## 差距清单(?:（已筛选）)? \(", text)[1].split("\n## ")[0]
    return re.findall(r"^\| (S\d\d\.\d\d)", gaps, flags=re.M)


def workbook_gap_ids(path) -> list[str]:
    book = openpyxl.load_workbook(path)
    return [row[0] for sheet in book.worksheets[1:]
            for row in sheet.iter_rows(min_row=2, values_only=True)]


# A pack scored by items met, without points (tests/test_items_pack.py)

ITEMS_PACK = DATA / "items-pack"
ITEMS_CITY = "name: {zh: 测试市, en: Test City}\nassessment_date: 2030-12-31\n"


def items_city(folder, failing=("3.2",), missing=()):
    """Every item reported at 95% (all met), but those `failing` at 10%."""
    from nsc_check.pack import load_pack

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "city.yaml").write_text(ITEMS_CITY, encoding="utf-8")
    pack = load_pack(str(ITEMS_PACK))
    for dept in ("office", "works"):
        lines = [f"department: {dept}", "as_of: 2030-10-31", "evidence:"]
        lines += [f"  {ind.id}: {'10' if ind.id in failing else '95'}%"
                  for ind in pack.indicators() if ind.lead == dept and ind.id not in missing]
        (folder / f"{dept}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


# Two saved results of the mini city, compared by `nsc-check diff` (tests/test_diff.py,
# tests/report/test_diff.py)

def save_result(runner, folder, out):
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK), "--format",
                               "json", "--output", str(out)])
    assert res.exit_code in (0, 1), res.output
    return out


def edit_file(folder, name, old, new):
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def results(runner, tmp_path):
    """Before: the mini city. After: noise and water fixed, streets worse, waste share down."""
    before = save_result(runner, MINI_EVIDENCE, tmp_path / "before.json")
    later = tmp_path / "later"
    shutil.copytree(MINI_EVIDENCE, later)
    edit_file(later, "env.yaml", "71.4 dB(A)", "69 dB(A)")
    edit_file(later, "env.yaml", "IV类", "III类")
    edit_file(later, "sanitation.yaml", "result: 基本达标", "result: 不达标")
    edit_file(later, "sanitation.yaml", "92.5%", "85%")
    return before, save_result(runner, later, tmp_path / "after.json"), later


def run_diff(runner, *args):
    return runner.invoke(main, ["diff", *map(str, args)], env={"NO_COLOR": "1", "COLUMNS": "100"})


def statuses(path):
    return {i["id"]: i["status"] for i in json.loads(path.read_text(encoding="utf-8"))["indicators"]}


# A city halfway through collecting its evidence (tests/test_collect.py,
# tests/report/test_collection.py)

def half_filled(runner, tmp_path: Path) -> Path:
    """A folder from `nsc-check init` with the city and a few of env's entries filled, one
    unusable and one under a mistyped id."""
    folder = tmp_path / "city"
    assert runner.invoke(main, ["init", str(folder)]).exit_code == 0
    (folder / "city.yaml").write_text("name: {zh: 半程市, en: Halfway}\n"
                                      "assessment_date: 2025-12-31\nlatitude: 36\n",
                                      encoding="utf-8")
    env = (folder / "env.yaml").read_text(encoding="utf-8")
    env = env.replace("as_of: #", "contact: 市环境监测站 张三 0531-1234567\nas_of: 2025-11-30 #", 1)
    env = env.replace("  S04.02:\n", "  S04.02: 100%\n", 1)
    env = env.replace("  S04.03:\n", "  S04.03: III\n", 1)
    env = env.replace("  S04.04:\n", "  S04.04: loud\n", 1)
    env += "  S04.66: 12\n"
    (folder / "env.yaml").write_text(env, encoding="utf-8")
    return folder


# `nsc-check validate` of a city against the mini pack (tests/test_cli_i18n.py,
# tests/report/test_problems.py)

def validate_mini(runner, folder, *args):
    return runner.invoke(main, ["validate", str(folder), "--criteria", str(MINI_PACK), *args],
                         env={"NO_COLOR": "1", "COLUMNS": "100"})


# Declarations and inspections written as a department would (tests/test_waivers.py,
# tests/test_inspection_substance.py, tests/report/)

WAIVED_NOISE = """  S01.04:
    value: 71.4 dB(A)
    waiver:
      justification: 快速路改造施工期间，交通噪声暂时超标
      approved_by: 市爱卫会第 3 次全体会议
      expires: 2026-06-30
"""

NSC = REPO / "criteria" / "nsc-2010"

# An inspection of S03.01 short of 达标, its findings naming the checklist points they break
INSPECTION_BODY = """\
  S03.01:
    result: 基本达标
    date: 2025-10-20
    sample: 抽查主次干道 24 条、街巷 60 条
    findings:
      - {place: 火车站广场, problem: 垃圾桶满溢}
      - {point: 4, place: 人民路, problem: 电线杆小广告}
      - {point: 2, place: 建设路口, problem: 占道经营}
      - {point: "无乱搭乱建的违章建筑", place: 东关街, problem: 私搭雨棚}
      - {point: 2, place: 解放街, problem: 流动摊点}
"""
