"""The collection view (report/collection.py): `nsc-check status`, whom to chase for what."""

from __future__ import annotations

import pytest
from helpers import SAMPLE, half_filled

from nsc_check.cli import main


@pytest.mark.zh
def test_status_table_says_whom_to_chase_in_chinese(runner, tmp_path):
    folder = half_filled(runner, tmp_path)
    res = runner.invoke(main, ["status", str(folder)])
    assert res.exit_code == 0, res.output
    out = res.output
    assert "证据收集情况" in out and "半程市" in out
    assert "已报送 2 项" in out and "无法使用 1 项" in out
    assert "待催报：市环境保护局（市环境监测站 张三 0531-1234567）" in out
    assert "无法使用（1 项）：\n    S04.04 城市区域环境噪声平均值" in out
    assert "未填写联系人" in out  # departments that gave no contact say so
    assert "未能使用的条目" in out and "S04.66" in out
    assert "collect" not in out and "None" not in out


def test_status_in_english(runner):
    res = runner.invoke(main, ["status", str(SAMPLE), "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert "collecting: 3 items not yet reported" in res.output
    assert "To chase: Health Supervision Institute (no contact given)" in res.output
    assert "Stale (1):\n    S05.05 Central air conditioning" in res.output
