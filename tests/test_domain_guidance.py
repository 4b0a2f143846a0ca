"""Fill-in guidance agrees with each kind: every example `nsc-check init` writes loads as valid
evidence of its kind, and no hint asks for counts where the kind takes one figure."""

from __future__ import annotations

import re

import pytest

from nsc_check import template
from nsc_check.assess import assess
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack

YEAR = 2025
CITY = """name: {zh: 测试市, en: Test City}
assessment_date: 2026-03-31
latitude: 36.5
"""
OVERLAYS = [[], ["criteria/overlays/later-edition-figures.yaml"],
            ["criteria/overlays/example-province.yaml"]]


def _examples(owner) -> list[str]:
    """The examples the template writes after 填写示例: (no_events gives two: none, or one)."""
    example = template.guide(owner, YEAR).example
    return [part.removesuffix("（无事件）") for part in example.split("（无事件）或 ")]


def _write(folder, pack, choice: int) -> dict[str, str]:
    folder.mkdir(parents=True)
    (folder / "city.yaml").write_text(CITY, encoding="utf-8")
    written = {}
    for dept in template.departments_with_items(pack):
        lines = [f"department: {dept}", "as_of: 2025-12-31", "evidence:"]
        for owner in template.evidence_items(pack, dept):
            examples = _examples(owner)
            example = examples[min(choice, len(examples) - 1)]
            written[owner.id] = example
            lines.append(f"  {owner.id}: {example}")
        (folder / f"{dept}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return written


@pytest.mark.parametrize("overlays", OVERLAYS, ids=["pack", "later-edition", "province"])
@pytest.mark.parametrize("choice", [0, 1], ids=["first-example", "second-example"])
def test_every_example_init_writes_is_valid_evidence_of_its_kind(tmp_path, overlays, choice):
    pack = load_pack(None, overlays)
    written = _write(tmp_path / "city", pack, choice)
    evidence = load_evidence(tmp_path / "city", pack)  # strict: any error raises, naming the entry
    assert set(evidence.entries) == set(written) == pack.evidence_ids()
    errors = {e.id: [p.message.text("en") for p in e.problems if p.severity == "error"]
              for e in evidence.entries.values()}
    assert {k: v for k, v in errors.items() if v} == {}
    result = assess(pack, evidence)
    unusable = {r.id: r.status for r in result.indicators if r.status in ("invalid", "missing")}
    assert unusable == {}, {k: written[k] for k in unusable}


def test_the_example_is_what_the_template_comment_shows():
    pack = load_pack()
    owner = pack.indicator("S08.01")
    lines = template.comment_lines(owner, YEAR)
    assert f"填写示例：S08.01: {template.guide(owner, YEAR).example}" in lines


_COUNTS = re.compile(r"(总数|总户数|总长度|总人数)")


def test_no_hint_asks_for_counts_where_the_kind_takes_one_figure():
    pack = load_pack()
    asking = []
    for ind in pack.indicators():
        if ind.kind not in ("threshold", "series", "grade"):
            continue
        text = ind.evidence.zh
        if _COUNTS.search(text) and "留存备查" not in text:
            asking.append(ind.id)
    assert asking == []


@pytest.mark.parametrize("ind_id", ["S07.04", "S07.08", "S09.06", "S10.03", "S10.04"])
def test_hints_named_in_the_issue_ask_for_the_rate(ind_id):
    ind = load_pack().indicator(ind_id)
    assert ind.kind == "threshold"
    assert "（%）" in ind.evidence.zh and "(%)" in ind.evidence.en
