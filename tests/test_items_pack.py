"""A pack scored by items met, without points (issue 14, item 5): eight sections, ids numbered
`1.1`, `2.3`, section files not named S??-*.yaml. It loads, assesses and reports in every format
(tests/report/test_all_formats.py, test_terminal.py); the plan refuses it by name; a points
pack's rules (points, their total) are kept."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import MINI_PACK
from helpers import ITEMS_PACK
from helpers import items_city as city

from nsc_check.assess import assess
from nsc_check.cli import main
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack


def test_the_pack_loads_with_its_own_ids_and_sections():
    pack = load_pack(str(ITEMS_PACK))
    assert pack.header.scoring == "items" and pack.header.points_total is None
    assert [s.id for s in pack.sections] == [str(n) for n in range(1, 9)]
    assert pack.indicator("2.3").section_id == "2" and pack.indicator("2.3").points is None


def test_items_are_counted_met_or_not(tmp_path):
    pack = load_pack(str(ITEMS_PACK))
    result = assess(pack, load_evidence(city(tmp_path / "c", failing=("4.2", "5.2")), pack))
    s = result.summary
    assert result.pack.scoring == "items"
    assert (s.points_awarded, s.points_possible) == (22, 24)
    assert s.percent == pytest.approx(22 / 24 * 100) and s.verdict == "ready"
    assert next(sec for sec in result.sections if sec.id == "4").percent == pytest.approx(200 / 3)


def test_one_missing_item_too_many_and_the_verdict_says_so(tmp_path):
    pack = load_pack(str(ITEMS_PACK))
    result = assess(pack, load_evidence(city(tmp_path / "c", failing=("4.2", "5.2", "6.2")),
                                        pack))
    assert result.summary.verdict == "eligible_not_ready"  # 21 of 24: 87.5% < 90%
    assert [r.en for r in result.summary.reasons] == ["items met 87.5%, below 90%"]
    result = assess(pack, load_evidence(city(tmp_path / "d", failing=("1.1",)), pack))
    assert result.summary.verdict == "not_eligible"  # basic condition A rests on 1.1


def test_init_and_criteria_show_say_no_points(runner, tmp_path):
    res = runner.invoke(main, ["init", str(tmp_path / "new"), "--criteria", str(ITEMS_PACK)])
    assert res.exit_code == 0, res.output
    template = (tmp_path / "new" / "works.yaml").read_text(encoding="utf-8")
    assert "1.1 第1部分指标1" in template and "分）" not in template
    res = runner.invoke(main, ["criteria", "show", "2.3", "--criteria", str(ITEMS_PACK)])
    assert res.exit_code == 0 and "Section 2 item 3" in res.output


def test_the_plan_refuses_it_by_name(runner, tmp_path):
    res = runner.invoke(main, ["plan", str(city(tmp_path / "c")), "--criteria", str(ITEMS_PACK)])
    assert res.exit_code == 2 and "items-test scores items met, not points" in res.output


def test_batch_ranks_cities_of_an_items_pack(runner, tmp_path):
    city(tmp_path / "cities" / "a", failing=())
    city(tmp_path / "cities" / "b", failing=("4.2", "5.2", "6.2"))
    res = runner.invoke(main, ["batch", str(tmp_path / "cities"), "--criteria", str(ITEMS_PACK),
                               "--format", "json"])
    assert res.exit_code in (0, 1), res.output
    ranked = [c["folder"].rsplit("/", 1)[-1] for c in json.loads(res.stdout)["cities"]]
    assert ranked == ["a", "b"]


@pytest.fixture
def items_dir(tmp_path):
    target = tmp_path / "pack"
    shutil.copytree(ITEMS_PACK, target)
    return target


def refused(folder):
    with pytest.raises(InputError) as err:
        load_pack(str(folder))
    return [p.code for p in err.value.problems]


def test_points_in_a_pack_scoring_items_are_refused(items_dir):
    path = items_dir / "2-health-education.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    lead: office\n",
                                                             "    lead: office\n    points: 5\n", 1),
                    encoding="utf-8")
    assert refused(items_dir) == ["packs.points_in_items_pack"]


def test_a_points_pack_still_needs_every_points_and_its_total(tmp_path):
    target = tmp_path / "pack"
    shutil.copytree(MINI_PACK, target)
    path = target / "S01-sanitation.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    points: 10\n", "", 1),
                    encoding="utf-8")
    assert refused(target) == ["packs.points_missing"]
    header = target / "pack.yaml"
    header.write_text(header.read_text(encoding="utf-8").replace("points_total: 100\n", ""),
                      encoding="utf-8")
    assert "packs.total_missing" in refused(target)


def test_an_id_yaml_reads_as_a_fraction_is_refused_not_shortened(items_dir):
    path = items_dir / "1-sanitation.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace('id: "1.3"', "id: 1.30"),
                    encoding="utf-8")
    assert refused(items_dir) == ["structure.id_as_number"]


def test_evidence_keys_are_ids_as_written(tmp_path):
    """`1.10:` unquoted in a department file is the id 1.10, never the number 1.1."""
    from nsc_check.yamlio import parse_yaml

    assert list(parse_yaml("evidence:\n  1.10: 95%\n  2.3: 1\n", "x").data["evidence"]) == \
        ["1.10", "2.3"]


def test_a_pack_without_basic_conditions_says_so(items_dir):
    (items_dir / "basic-conditions.yaml").unlink()
    assert refused(items_dir) == ["packs.file_missing"]  # never read as a pack with none
    header = items_dir / "pack.yaml"
    header.write_text(header.read_text(encoding="utf-8") + "basic_conditions: false\n",
                      encoding="utf-8")
    assert load_pack(str(items_dir)).conditions == []

