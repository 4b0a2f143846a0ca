"""The comparison of two saved results on the terminal (report/diff.py): `nsc-check diff`."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import MINI_EVIDENCE
from helpers import edit_file as edit
from helpers import (
    results,  # noqa: F401  (the fixture of two saved results)
    statuses,
)
from helpers import run_diff as diff
from helpers import save_result as save


@pytest.mark.zh
def test_table_names_every_change(runner, results):
    before, after, _ = results
    res = diff(runner, before, after)
    assert res.exit_code == 0, res.output
    changes = res.output.split("状态变化的指标")[1].split("数值变化")[0]
    old, new = statuses(before), statuses(after)
    for ind in (i for i in old if old[i] != new[i]):
        assert ind in changes
    assert "S02.04" not in changes
    assert "差距已消除 2" in res.output and "变差 1" in res.output
    english = diff(runner, before, after, "--lang", "en").output
    assert "Gaps closed 2" in english and "Regressions 1" in english


@pytest.mark.zh
def test_louder_noise_reads_worse_in_words_and_colour(runner, tmp_path):
    """The issue's case: noise from 71.4 to 72.4 dB(A) is +1, and worse."""
    before = save(runner, MINI_EVIDENCE, tmp_path / "before.json")
    later = tmp_path / "later"
    shutil.copytree(MINI_EVIDENCE, later)
    edit(later, "env.yaml", "71.4 dB(A)", "72.4 dB(A)")
    after = save(runner, later, tmp_path / "after.json")
    d = json.loads(diff(runner, before, after, "--format", "json").output)
    noise = next(f for f in d["figures"] if f["id"] == "S01.04")
    assert noise["delta"] == 1 and noise["direction"] == "worse"
    row = next(line for line in diff(runner, before, after).output.splitlines()
               if "S01.04" in line)
    assert "+1" in row and "变差（越低越好）" in row
    assert "数值变差 1" in diff(runner, before, after).output
    english = diff(runner, before, after, "--lang", "en").output
    assert "worse (lower is better)" in " ".join(english.split())

    from rich.console import Console

    from nsc_check.diff import compare, load_saved
    from nsc_check.report.diff import report

    console = Console(record=True, width=120, force_terminal=True, color_system="truecolor")
    for part in report(compare(load_saved(before), load_saved(after)), "zh"):
        console.print(part)
    styled = console.export_text(styles=True)
    assert re.search(r"\x1b\[[0-9;]*31m[^\x1b]*变差（越低越好）", styled)  # in red
