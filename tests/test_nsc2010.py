"""The shipped nsc-2010 pack: it loads, and its shape matches the standard it encodes."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from nsc_check.cli import main
from nsc_check.pack import load_pack

SECTION_SIZES = {"S01": 8, "S02": 9, "S03": 14, "S04": 10, "S05": 8,
                 "S06": 8, "S07": 9, "S08": 7, "S09": 7, "S10": 5}


@pytest.fixture(scope="module")
def pack():
    return load_pack()  # the default pack, as installed


def test_criteria_check_accepts_the_shipped_pack(runner):
    res = runner.invoke(main, ["criteria", "check"])
    assert res.exit_code == 0, res.output
    assert "ok: nsc-2010" in res.output
    assert "10 basic conditions, 10 sections, 85 indicators, 1000 points" in res.output


def test_shape_of_the_standard(pack):
    assert pack.id == "nsc-2010"
    assert [c.id for c in pack.conditions] == [f"B{n:02d}" for n in range(1, 11)]
    assert {s.id: len(s.indicators) for s in pack.sections} == SECTION_SIZES
    ids = [i.id for i in pack.indicators()]
    assert len(ids) == len(set(ids)) == 85
    assert sum(i.points for i in pack.indicators()) == pack.header.points_total == 1000
    for section in pack.sections:
        assert all(i.id.startswith(section.id + ".") for i in section.indicators), section.id


def test_the_only_veto_is_s04_09(pack):
    assert [i.id for i in pack.indicators() if i.veto] == ["S04.09"]


def test_conditions_rest_on_existing_indicators(pack):
    own_evidence = {c.id for c in pack.conditions if c.kind}
    assert own_evidence == {"B06", "B08", "B09"}
    for cond in pack.conditions:
        for item in cond.rests_on:
            assert pack.indicator(item) is not None, f"{cond.id} names unknown {item}"
    b05 = pack.condition("B05")
    assert b05.at_least.of == ["S08.01", "S08.02", "S08.03", "S08.04"]
    assert b05.at_least.count == 3 and b05.at_least.others_within == 3


def test_every_lead_department_is_declared(pack):
    departments = set(pack.header.departments)
    leads = Counter(i.lead for i in pack.indicators()) + Counter(c.lead for c in pack.conditions)
    assert set(leads) <= departments, set(leads) - departments


def test_every_indicator_is_documented(pack):
    for ind in pack.indicators():
        for field in ("source", "remediation"):
            text = getattr(ind, field)
            assert text and text.zh.strip() and text.en.strip(), f"{ind.id}.{field} lacks zh or en"


def test_every_figure_states_its_basis(pack):
    # `basis` has a default in the model, so read the files: every indicator must say it.
    yaml = YAML(typ="safe")
    written = {}
    for path in sorted(Path(pack.folder).glob("S*.yaml")):
        for item in yaml.load(path.read_text(encoding="utf-8"))["indicators"]:
            written[item["id"]] = item.get("basis")
    assert set(written) == {i.id for i in pack.indicators()}
    assert {k: v for k, v in written.items() if v not in ("standard", "practice")} == {}


def test_every_inspection_has_a_checklist(pack):
    inspections = [i for i in pack.indicators() if i.kind == "inspection"]
    assert inspections
    for ind in inspections:
        assert ind.rule.checklist, f"{ind.id} has an empty checklist"
        assert all(item.zh and item.en for item in ind.rule.checklist), ind.id
