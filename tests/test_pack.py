"""The pack loader: structure, cross-references and positions of every problem."""

from __future__ import annotations

import shutil

import pytest
from conftest import MINI_PACK

from nsc_check.errors import InputError
from nsc_check.pack import load_pack


@pytest.fixture
def pack_dir(tmp_path):
    target = tmp_path / "pack"
    shutil.copytree(MINI_PACK, target)
    return target


def problems(pack_dir):
    with pytest.raises(InputError) as err:
        load_pack(str(pack_dir))
    return err.value.problems


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_mini_pack_loads(mini_pack):
    assert mini_pack.id == "mini"
    assert len(mini_pack.indicators()) == 12 and len(mini_pack.conditions) == 4
    assert mini_pack.indicator("S01.07").veto


def test_unknown_kind_is_located(pack_dir):
    edit(pack_dir / "S01-sanitation.yaml", "kind: grade", "kind: grading")
    [p] = problems(pack_dir)
    assert p.file.endswith("S01-sanitation.yaml") and p.line == 49
    assert "unknown kind 'grading'" in p.message_text("en") and "threshold" in p.hint.text("en")


def test_rule_is_typed_to_its_kind(pack_dir):
    edit(pack_dir / "S01-sanitation.yaml", "rule: {op: \"<=\", figure: 70, unit: dB(A)}",
         "rule: {op: \"=<\", figure: 70, unit: dB(A)}")
    [p] = problems(pack_dir)
    assert "indicators[3].rule.op" in p.message_text("en") and p.line == 36


def test_every_problem_is_reported_at_once(pack_dir):
    edit(pack_dir / "S01-sanitation.yaml", "lead: env\n    basis: standard", "lead: environment\n    basis: standard")
    edit(pack_dir / "basic-conditions.yaml", "requires: [S01.01]", "requires: [S01.99]")
    edit(pack_dir / "S02-vectors.yaml", "    points: 15", "    points: 20")
    found = problems(pack_dir)
    messages = " | ".join(p.message_text("en") for p in found)
    assert "unknown department 'environment'" in messages
    assert "unknown indicator 'S01.99'" in messages
    assert "add up to 105, not the declared 100" in messages
    assert all(p.file for p in found)


def test_duplicate_ids(pack_dir):
    edit(pack_dir / "S02-vectors.yaml", "id: S02.05", "id: S02.04")
    assert any("S02.04 is defined twice" in p.message_text("en") for p in problems(pack_dir))


def test_indicator_in_the_wrong_section(pack_dir):
    edit(pack_dir / "S02-vectors.yaml", "id: S02.05", "id: S03.05")
    assert any("is in section S02" in p.message_text("en") for p in problems(pack_dir))


def test_condition_needs_one_form(pack_dir):
    edit(pack_dir / "basic-conditions.yaml", "    requires: [S01.01]",
         "    requires: [S01.01]\n    kind: document")
    assert any("exactly one of" in p.message_text("en") for p in problems(pack_dir))


def test_unknown_pack_id():
    with pytest.raises(InputError, match="no criteria pack 'nsc-1999'"):
        load_pack("nsc-1999")


@pytest.mark.parametrize("file, old, new, message", [
    ("basic-conditions.yaml", "requires: [S01.01]", "requires: []", "at least 1 item"),
    ("basic-conditions.yaml", "of: [S02.01, S02.02, S02.03, S02.04]",
     "of: [S02.01, S02.02, S02.02, S02.04]", "S02.02 is listed twice"),
    ("S02-vectors.yaml", "{id: summary,", "{id: plan,", "document ids must be unique: plan"),
])
def test_a_rule_cannot_be_empty_or_name_an_item_twice(pack_dir, file, old, new, message):
    edit(pack_dir / file, old, new)
    found = [p for p in problems(pack_dir) if message in p.message_text("en")]
    assert found and found[0].file.endswith(file) and found[0].line
