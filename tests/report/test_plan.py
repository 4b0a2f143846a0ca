"""The plan on the terminal (report/plan.py): `nsc-check plan`, by stage or department."""

from __future__ import annotations

import pytest
from helpers import SAMPLE

from nsc_check.cli import main


def test_by_department_and_deadline(runner):
    out = runner.invoke(main, ["plan", str(SAMPLE), "--by", "department", "--deadline",
                               "2011-09-30", "--lang", "en"], env={"NO_COLOR": "1",
                                                                   "COLUMNS": "100"})
    assert out.exit_code == 0, out.output
    assert "Street offices: 1 gaps, 17 weeks of work" in out.output
    assert "Back-planned from the application date 2011-09-30" in out.output
    assert "2011-06-03" in out.output  # 17 weeks before the deadline
    late = runner.invoke(main, ["plan", str(SAMPLE), "--deadline", "2011-01-20", "--lang",
                                "en"], env={"COLUMNS": "100"})
    assert "before the assessment date: start now" in late.output
    past = runner.invoke(main, ["plan", str(SAMPLE), "--deadline", "2010-06-01"])
    assert past.exit_code == 2 and "must be after the assessment date" in past.output


@pytest.mark.zh
def test_the_plan_reads_in_chinese(runner):
    out = runner.invoke(main, ["plan", str(SAMPLE)], env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert out.exit_code == 0, out.output
    for words in ("创卫整改方案", "否决项和得分底线（6 项）", "总得分率底线 90%", "整改建议",
                  "发现问题", "同样工作量的其他方案", "67.5 分"):
        assert words in out.output, words
    assert "第二步" not in out.output  # every basic condition met: one step, not a second


@pytest.mark.zh
def test_a_city_not_eligible_is_given_two_numbered_steps(runner, tmp_path):
    import shutil

    city = tmp_path / "city"
    shutil.copytree(SAMPLE, city)
    aiwei = city / "aiwei.yaml"  # flies where ready food is made: B05 is not met
    aiwei.write_text(aiwei.read_text(encoding="utf-8").replace(
        "ready_food_rooms: 0,", "ready_food_rooms: 2,"), encoding="utf-8")
    out = runner.invoke(main, ["plan", str(city)], env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert out.exit_code == 0, out.output
    assert "第一步：满足基本条件" in out.output and "第二步：否决项和得分底线" in out.output
