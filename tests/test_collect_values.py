"""Values read as their writers meant them, in YAML evidence: a fraction where a percentage is
asked is refused naming the likely meaning; quantities that are not counts take decimals."""

from __future__ import annotations

import pytest
from helpers import make_city

from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def load(pack, tmp_path, department: str, body: str):
    folder = make_city(tmp_path / "c", {department: body})
    return load_evidence(folder, pack)


def refusal(pack, tmp_path, department: str, body: str, lang: str = "en") -> str:
    with pytest.raises(InputError) as caught:
        load(pack, tmp_path, department, body)
    return caught.value.render(lang)


@pytest.mark.zh
def test_a_fraction_for_a_percentage_is_refused_naming_what_it_likely_means(pack, tmp_path):
    out = refusal(pack, tmp_path, "sanitation", "  S03.02: 0.961\n", "zh")
    assert "sanitation.yaml:3" in out
    assert "0.961 是否应为 96.1%？" in out
    assert "写作 96.1%" in out and "0.961%" in out  # how to say either meaning


@pytest.mark.parametrize("written", ["1", "0.5", "'0.961'", "0.9999"])
def test_any_bare_number_up_to_1_is_refused_for_a_percentage(pack, tmp_path, written):
    out = refusal(pack, tmp_path, "sanitation", f"  S03.02: {written}\n")
    assert "did you mean" in out and "%" in out


@pytest.mark.parametrize("written,value", [("96.1%", 96.1), ("96.1", 96.1), ("0.961%", 0.961),
                                           ("0", 0.0), ("0%", 0.0), ("1.5", 1.5), ("１％", 1.0)])
def test_a_percentage_as_written_is_kept(pack, tmp_path, written, value):
    ev = load(pack, tmp_path, "sanitation", f"  S03.02: {written}\n")
    assert ev.entries["S03.02"].data.value == value


def test_a_bare_percentage_of_a_ratio_and_a_density_follow_the_same_rule(pack, tmp_path):
    assert "did you mean 50%" in refusal(pack, tmp_path / "a", "hsi", "  S05.01: 0.5\n")
    out = refusal(pack, tmp_path / "b", "aiwei",
                  "  S08.03: {rooms_key: 0.8, rooms_other: 2.1%, flies_per_room: 1.6, "
                  "breeding_sites: 1.2%}\n")
    assert "0.8: did you mean 80%" in out and "0.8%" in out
    ev = load(pack, tmp_path / "c", "aiwei",
              "  S08.03: {rooms_key: 0.8%, rooms_other: 2.1%, flies_per_room: 0.6, "
              "breeding_sites: 1.2%}\n")
    # 0.8% is deliberate; a measure that is not a percentage (flies per room) is any number
    assert ev.entries["S08.03"].data.values["rooms_key"] == 0.8
    assert ev.entries["S08.03"].data.values["flies_per_room"] == 0.6


def test_quantities_take_decimals_counts_stay_whole(pack, tmp_path):
    ev = load(pack, tmp_path / "a", "sanitation",
              "  S03.03: {numerator: 412.5, denominator: 1186.25}\n")
    data = ev.entries["S03.03"].data
    assert (data.numerator, data.denominator) == (412.5, 1186.25)
    out = refusal(pack, tmp_path / "b", "hsi", "  S05.01: {numerator: 1267.5, denominator: 1268}\n")
    assert "evidence.S05.01.numerator: must be a whole number, not 1267.5" in out
    ev = load(pack, tmp_path / "c", "hsi", "  S05.01: {numerator: 1268, denominator: 1268}\n")
    assert ev.entries["S05.01"].data.numerator == 1268
    assert isinstance(ev.entries["S05.01"].data.numerator, int)


def test_a_quantity_is_shown_as_written_in_the_report(pack, tmp_path):
    from nsc_check.assess import assess

    ev = load(pack, tmp_path, "sanitation", "  S03.03: {numerator: 412.5, denominator: 1186.25}\n")
    r = next(i for i in assess(pack, ev).indicators if i.id == "S03.03")
    assert r.measured_text.zh == "34.77%（412.5/1186.25）"


def test_the_pack_says_which_ratios_are_quantities(pack):
    decimals = sorted(i.id for i in pack.indicators() if i.kind == "ratio" and i.rule.decimals)
    assert decimals == ["S03.03"]
