"""Overlays tailor a pack: figures, points, policy, indicators added and removed."""

from __future__ import annotations

import json

import pytest
from conftest import DATA, MINI_PACK

from nsc_check.cli import main
from nsc_check.errors import InputError
from nsc_check.pack import load_pack

OVERLAY = DATA / "overlays" / "mini-province.yaml"


def test_overlay_changes_the_pack_and_says_what_it_changed():
    pack = load_pack(str(MINI_PACK), [OVERLAY])
    assert pack.indicator("S01.04").rule.figure == 72
    assert pack.indicator("S01.08") is not None and pack.indicator("S02.05") is None
    assert pack.header.policy.min_score_pct == 60 and pack.header.points_total == 95
    changes = [c.en for c in pack.tailoring[0].changes]
    assert "S01.04 figure: ≤ 70 dB(A) → ≤ 72 dB(A)" in changes
    assert "indicator removed: S02.05" in changes
    assert any(c.startswith("indicator added: S01.08") for c in changes)
    # the pack itself is untouched
    assert load_pack(str(MINI_PACK)).indicator("S01.04").rule.figure == 70


@pytest.mark.zh
def test_assessment_with_overlay_reports_the_tailoring(runner, evidence_dir):
    res = runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK),
                               "--overlay", str(OVERLAY), "--format", "json"])
    data = json.loads(res.output)
    by_id = {i["id"]: i for i in data["indicators"]}
    assert by_id["S01.04"]["status"] == "pass"          # 71.4 ≤ 72 now
    assert by_id["S01.08"]["status"] == "missing"
    assert "S02.05" not in by_id
    assert data["tailoring"][0]["file"].endswith("mini-province.yaml")
    table = runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK),
                                 "--overlay", str(OVERLAY)], env={"NO_COLOR": "1"}).output
    assert "测试省细则" in table and "S01.04 标准值：≤ 70 dB(A) → ≤ 72 dB(A)" in table


@pytest.mark.parametrize("text, message, line", [
    ("overlay: {id: x, title: x, applies_to: other}\n", "written for pack 'other'", 1),
    ("overlay: {id: x, title: x}\nchange:\n  S09.01: {points: 3}\n", "no indicator S09.01", 3),
    ("overlay: {id: x, title: x}\nremove: [S01.01]\n", "basic condition B01 rests on it", 2),
    ("overlay: {id: x, title: x}\nchange:\n  S01.01: {points: 20}\n", "add up to 110", 1),
    ("overlay: {id: x, title: x}\nchange:\n  S01.01: {rule: {op: '=>'}}\n", "rule.op", 3),
    ("overlay: {id: x, title: x}\nchange:\n  S01.01: {lead: police}\n", "unknown department", 3),
    ("overlay: {id: x, title: x}\nfigures: 1\n", "unknown field", 2),
    ("overlay: {id: x, title: x}\nremove:\n  - S02.05\n  - S02.05\n", "S02.05 is listed twice", 4),
])
def test_bad_overlays_are_located(tmp_path, text, message, line):
    path = tmp_path / "overlay.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_pack(str(MINI_PACK), [path])
    found = [p for p in err.value.problems if message in p.message_text("en")]
    assert found, err.value.problems
    if line is not None:
        assert found[0].line == line and found[0].file == str(path)


def test_shipped_overlays_apply_to_the_national_pack(runner):
    for name in ("example-province.yaml", "later-edition-figures.yaml"):
        res = runner.invoke(main, ["criteria", "check", "--overlay", f"criteria/overlays/{name}"])
        assert res.exit_code == 0, res.output
    pack = load_pack(None, ["criteria/overlays/later-edition-figures.yaml"])
    assert pack.indicator("S03.04").rule.figure == 100


def test_changing_a_metrics_limit_is_recorded(tmp_path):
    path = tmp_path / "overlay.yaml"
    path.write_text("overlay: {id: x, title: x}\nchange:\n  S02.04:\n    rule:\n      measures:\n"
                    "        - {id: adults, title: {zh: 成若虫侵害率, en: adults}, limit: 9, unit: '%'}\n"
                    "        - {id: oothecae, title: {zh: 卵鞘查获率, en: oothecae}, limit: 9, unit: '%'}\n",
                    encoding="utf-8")
    pack = load_pack(str(MINI_PACK), [path])
    [change] = pack.tailoring[0].changes
    assert "S02.04" in change.zh and "≤ 3%" in change.zh and "≤ 9%" in change.zh
