"""The ratio kind: a share computed from a numerator and a denominator, the figure maybe by latitude."""

from __future__ import annotations

import pytest
from helpers import check_examples, make_city, result_of

from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence


def test_its_documented_examples_load_and_the_passing_one_passes(tmp_path):
    """The rule, passing and failing entries its docstring documents (`criteria kinds`), read by
    the real loaders."""
    statuses = check_examples("ratio", tmp_path)
    assert statuses["passing"] == "pass" and statuses["failing"] in ("fail", "partial")


def test_ratio_figure_depends_on_latitude(mini_pack, tmp_path):
    body = "  S01.02: {numerator: 120, denominator: 300}\n"   # 40%
    north = result_of(mini_pack, tmp_path / "n", "sanitation", body, "S01.02", latitude=36.5)
    south = result_of(mini_pack, tmp_path / "s", "sanitation", body, "S01.02", latitude=30.1)
    assert north.status == "pass" and "35°N" in north.figure_note.en
    assert south.status == "fail" and south.required_text.en == "≥ 70%"
    assert south.gap.text.zh == "还差 30 个百分点"


@pytest.mark.parametrize("body", ["{numerator: 120, denominator: 300}", "40%"])
def test_a_figure_needing_latitude_without_it_is_located_in_city_yaml(mini_pack, tmp_path, body):

    from nsc_check.assess import assess

    folder = make_city(tmp_path, {"sanitation": f"  S01.02: {body}\n"}, latitude="null")
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    [p] = err.value.problems
    assert p.file.endswith("city.yaml") and "latitude is missing" in p.message_text("en")
    lenient = load_evidence(folder, mini_pack, strict=False)
    result = {r.id: r for r in assess(mini_pack, lenient).indicators}
    assert result["S01.02"].status == "invalid"


def test_ratio_exactly_at_the_figure_and_bare_percentage(mini_pack, tmp_path):
    exact = result_of(mini_pack, tmp_path / "a", "sanitation",
                      "  S01.02: {numerator: 21, denominator: 30}\n", "S01.02", latitude=20)
    assert exact.status == "pass"  # 70% exactly
    bare = result_of(mini_pack, tmp_path / "b", "sanitation", "  S01.02: 75%\n", "S01.02",
                     latitude=20)
    assert bare.status == "pass"
    assert any("audited" in m.en for m in bare.messages)
