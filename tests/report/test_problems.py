"""What `nsc-check validate` shows (report/problems.py): problems grouped by department."""

from __future__ import annotations

import re

import pytest
from conftest import write
from helpers import validate_mini as validate


@pytest.mark.zh
def test_validate_groups_problems_by_department_with_counts(runner, evidence_dir):
    write(evidence_dir, "market.yaml", "department: market\nevidence:\n  B03:\n    incidents:\n")
    write(evidence_dir, "sanitation.yaml", "department: sanitation\nas_of: 2025-10-31\nevidence:\n"
          "  S01.01:\n  S01.02:\n    numerator: 120\n    denominator:\n")
    res = validate(runner, evidence_dir)
    assert res.exit_code == 2
    lines = res.output.splitlines()
    headings = [line for line in lines if line.startswith("== ")]
    assert headings == ["== 市爱卫办（aiwei）：0 个错误，1 个警告 ==",
                        "== 市环境卫生管理处（sanitation）：1 个错误，2 个警告 ==",
                        "== 市市场监管局（market）：0 个错误，1 个警告 =="]
    group = lines[lines.index(headings[1]) + 1:lines.index(headings[2])]
    problems = [line for line in group if line]
    assert ": 错误: " in problems[0]                          # errors first
    assert all(": 警告: " in line for line in problems[1:])
    located = [line for line in lines if ": 警告: " in line or ": 错误: " in line]
    assert len(located) == 5  # every problem on a line of its own, with its file (and line)
    assert all(re.match(rf"{re.escape(str(evidence_dir))}/\w+\.yaml(:\d+)*: ", line)
               for line in located)
    assert re.search(r"sanitation\.yaml:7:17: 错误: ", res.output)
    assert (f"{evidence_dir}/market.yaml:3: 警告: B03 近两年未发生重大食品安全事故：尚未填写"
            "（应由市市场监管局报送）（提示：请填写空白项，尚未报送的可删除该项）") in lines
    assert any("S01.03 街道整洁：未报送证据（应由市环境卫生管理处报送）" in line or
               ("S01.03 街道整洁：" in line and "（应由市环境卫生管理处报送）" in line)
               for line in lines)
    assert lines[-1] == f"{evidence_dir}：1 个错误，4 个警告，请先改正错误后再检查"


def test_validate_in_english_groups_too(runner, evidence_dir):
    out = validate(runner, evidence_dir, "--lang", "en").output
    assert out.splitlines()[0] == "== aiwei (Patriotic Health Office): 0 error(s), 1 warning(s) =="
