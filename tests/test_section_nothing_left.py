"""A section with nothing left to score (every indicator declared not applicable) is not
applicable: no score, never 100% with a full bar, never below its floor; JSON gives its percent
as null, and every reader of a section's percent (reports, plan, diff, batch) says so (attacker
finding 7)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from helpers import SAMPLE

from nsc_check.cli import main

REASON = "本市已无城中村和城乡结合部，2008 年全部撤村建居"
S10 = {"construction.yaml": "S10.04", "sanitation.yaml": "S10.02", "streets.yaml": "S10.05",
       "urban.yaml": "S10.01"}  # S10.03 is declared not applicable in the sample already


def all_na(tmp_path: Path) -> Path:
    """The sample city with every S10 indicator declared not applicable."""
    folder = tmp_path / "na"
    shutil.copytree(SAMPLE, folder)
    for name, item in S10.items():
        path = folder / name
        text = path.read_text(encoding="utf-8")
        text, count = re.subn(rf"^  {re.escape(item)}:.*\n(?:    .*\n)*",
                              f"  {item}: {{not_applicable: {REASON}}}\n", text, flags=re.M)
        assert count == 1
        path.write_text(text, encoding="utf-8")
    return folder


def invoke(runner, *args: str):
    return runner.invoke(main, [*args], env={"NO_COLOR": "1", "COLUMNS": "100"})


def section(data: dict, sec: str) -> dict:
    return next(s for s in data["sections"] if s["id"] == sec)


def test_json_percent_is_null_and_the_section_never_below_its_floor(runner, tmp_path):
    out = invoke(runner, "assess", str(all_na(tmp_path)), "--format", "json")
    data = json.loads(out.output)
    s10 = section(data, "S10")
    assert s10["points_possible"] == 0 and s10["percent"] is None
    assert s10["below_floor"] is False and s10["points_short"] == 0
    assert s10["counts"]["not_applicable"] == 5
    assert data["summary"]["verdict"] == "eligible_not_ready"  # as the rest of the city stands
    assert section(data, "S09")["percent"] == pytest.approx(58 / 70 * 100)  # others as they were


def test_the_schema_says_a_section_percent_may_be_null(runner):
    schema = json.loads(invoke(runner, "schema").output)
    text = json.dumps(schema)
    assert "nothing left to score" in text


@pytest.mark.zh
def test_reports_show_not_applicable_never_100_percent(runner, tmp_path):
    folder = str(all_na(tmp_path))
    table = invoke(runner, "assess", folder).output
    row = next(line for line in table.splitlines() if line.strip().startswith("S10 "))
    assert "不适用" in row and "100%" not in row and "0/0" not in row and "━" not in row
    md = invoke(runner, "assess", folder, "--format", "markdown").output
    assert "| S10 | 城中村及城乡结合部卫生 | — | 不适用 | — | — |  |" in md
    html = invoke(runner, "assess", folder, "--format", "html").output
    row = html[html.index('data-id="S10"'):]
    row = row[:row.index("</tr>")]
    assert "不适用" in row and "100%" not in row and "<svg" not in row


@pytest.mark.zh
def test_plan_batch_and_diff_read_it_as_not_applicable(runner, tmp_path):
    folder = all_na(tmp_path)
    plan = json.loads(invoke(runner, "plan", str(folder), "--format", "json").output)
    assert "S10" not in [f["id"] for f in plan["floors"]]  # no floor to reach
    cities = tmp_path / "cities"
    cities.mkdir()
    shutil.copytree(folder, cities / "na")
    league = invoke(runner, "batch", str(cities), "--lang", "en").output
    assert "S10" not in league and "S06 80.45%" in league  # the weakest is a section scored
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(invoke(runner, "assess", str(SAMPLE), "--format", "json").output,
                      encoding="utf-8")
    after.write_text(invoke(runner, "assess", str(folder), "--format", "json").output,
                     encoding="utf-8")
    diff = json.loads(invoke(runner, "diff", str(before), str(after), "--format",
                             "json").output)
    s10 = section(diff, "S10")
    assert s10["before_percent"] == 70.0 and s10["after_percent"] is None
    assert s10["delta_percent"] is None
    shown = invoke(runner, "diff", str(before), str(after)).output
    assert re.search(r"S10 .*70%\s+—\s+—", shown)
