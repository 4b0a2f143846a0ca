"""The registry kind: what every kind shares: the registry, the plugin interface, missing and not applicable evidence."""

from __future__ import annotations

import pytest
from helpers import result_of

from nsc_check import kinds


def test_missing_evidence(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "sanitation", "  S01.01: 90%\n", "S01.03")
    assert r.status == "missing" and r.evidence is None and r.points_awarded == 0


def test_not_applicable_leaves_the_points_out(mini_pack, tmp_path):
    body = "  S01.03: {not_applicable: 本市无城中村}\n"
    r = result_of(mini_pack, tmp_path, "sanitation", body, "S01.03")
    assert r.status == "not_applicable" and r.points_possible == 0
    assert r.not_applicable_reason == "本市无城中村"


@pytest.mark.parametrize("name", list(kinds.KINDS))
def test_every_kind_has_the_plugin_interface(name):
    module = kinds.KINDS[name]
    for attr in ("NAME", "Rule", "Evidence", "SHORTHAND", "evaluate", "describe", "guide",
                 "placeholder", "form_rows", "form_evidence", "FORM_FIELDS"):
        assert hasattr(module, attr), f"{name} lacks {attr}"


@pytest.mark.parametrize("name", list(kinds.KINDS))
def test_every_kind_documents_a_passing_and_a_failing_example(name):
    from nsc_check.messages import CATALOGUE

    examples = kinds.KINDS[name].EXAMPLES
    assert examples.rule and examples.passing and examples.failing
    assert f"kinds.doc.{name}" in CATALOGUE


def test_every_kind_module_is_a_typed_kind():
    """The registry's protocol: the eleven members and more, each kind answering to its name."""
    for name, module in kinds.KINDS.items():
        assert isinstance(module, kinds.Kind) and module.NAME == name
