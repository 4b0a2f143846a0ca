"""User text reaches the terminal as written: brackets are not rich markup, colons not emoji."""

from __future__ import annotations

import pytest
from conftest import MINI_PACK
from helpers import make_city

from nsc_check.cli import main

FINDING = "  S01.03:\n    result: 不达标\n    date: 2025-10-01\n    sample: 20 条\n    findings:\n      - {place: \"[/bold]建设路\", problem: \"[red]乱堆:bus:乱放\"}\n"


@pytest.mark.zh
def test_brackets_and_colons_in_findings_are_printed_as_written(runner, tmp_path):
    folder = make_city(tmp_path, {"sanitation": FINDING})
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK)],
                        env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert res.exit_code == 1, res.output
    assert "[/bold]建设路：[red]乱堆:bus:乱放" in res.output


@pytest.mark.zh
def test_pack_id_in_brackets_is_shown(runner, evidence_dir):
    res = runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK)],
                        env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert "[mini, test 版]" in res.output
