"""The terminal gap report (report/terminal.py): `nsc-check assess` without `--format`."""

from __future__ import annotations

import re

import pytest
from conftest import MINI_PACK
from helpers import INSPECTION_BODY as BODY
from helpers import ITEMS_PACK, NSC, assess_mini, assess_sample, items_city, make_city

from nsc_check.cli import main


@pytest.mark.zh
def test_table_report(runner, evidence_dir):
    res = assess_mini(runner, evidence_dir)
    assert res.exit_code == 1, res.output
    out = res.output
    assert "测试市" in out and "具备申报条件，尚未达到申报要求" in out
    assert "总得分率 62.5%，低于 90%" in out
    for expected in ("B02", "✔ 满足", "S01.04 交通干线噪声", "71.4 dB(A)", "超出 1.4 dB(A)",
                     "env.yaml:4", "建设路：乱堆乱放", "市环境保护局"):
        assert expected in out
    assert "S01.01" not in out.split("差距清单")[1]  # passing indicators are not gaps
    assert "\x1b[" not in out                       # NO_COLOR: no escape codes
    assert max(len(line) for line in out.splitlines()) <= 80


def test_english_report(runner, evidence_dir):
    out = assess_mini(runner, evidence_dir, "--lang", "en").output
    assert "eligible, not yet ready" in out and "1.4 dB(A) over" in out and "Gaps" in out


@pytest.mark.zh
def test_terminal_gaps_by_department(runner, city):
    out = assess_mini(runner, city, "--by", "department").output
    gaps = out.split("差距清单")[1]
    headings = [line for line in gaps.splitlines() if line.startswith("市")]
    assert headings == ["市环境卫生管理处", "市环境保护局", "市爱卫办"]
    assert "\nS01 环境卫生" not in gaps
    env = gaps.split("市环境保护局\n")[1].split("市爱卫办\n")[0]
    assert "S01.04" in env and "S01.07" in env and "S02.04" not in env
    assert "\nS01 环境卫生" in assess_mini(runner, city).output.split("差距清单")[1]


@pytest.mark.zh
def test_terminal_shows_the_points_at_stake(runner):
    out = assess_sample(runner).output
    assert "距总分底线 90% 还差 67.5 分" in out
    assert "满分 1000 分" in out and "S10.03 卫生厕所普及率（10 分）" in out
    s10 = next(line for line in out.splitlines() if line.lstrip().startswith("S10 "))
    assert "差 4 分" in s10
    assert re.search(r"S08\.04 蟑螂密度控制  \[不达标\]  失 20 分", out)
    b05 = out.split(" B05 ")[1].split(" B06 ")[0]
    assert "临界" in b05 and "1.73" in b05


def test_terminal_in_english(runner):
    out = assess_sample(runner, "--lang", "en").output
    assert "67.5 points short of the 90% floor" in out and "S10.03" in out


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


@pytest.mark.zh
def test_the_terminal_shows_the_deciding_digits_in_chinese(runner, tmp_path):
    folder = make_city(tmp_path / "c", {"sanitation": "  S01.01: 79.996%\n"})
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK)],
                        env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert "S01.01 生活垃圾无害化处理率  [不达标]" in res.output
    line = next(x for x in res.output.splitlines() if "要求 ≥ 80%" in x)
    assert "现状     79.996%" in line


@pytest.mark.zh
def test_a_chinese_report_speaks_of_items_met(runner, tmp_path):
    res = runner.invoke(main, ["assess", str(items_city(tmp_path / "c")), "--criteria",
                               str(ITEMS_PACK)], env={"COLUMNS": "120"})
    assert res.exit_code == 0, res.output
    assert "达标项数" in res.output and "23 / 24" in res.output and "得分" not in res.output


@pytest.mark.zh
def test_the_terminal_report_shows_findings_under_their_point_in_chinese(runner, tmp_path):
    folder = make_city(tmp_path / "c", {"urban": BODY})
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(NSC)],
                        env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert "【要点2：无乱堆乱放、占道经营和流动摊点】建设路口：占道经营" in res.output
    assert "基本达标，发现问题 5 处，涉及检查要点 2、3、4" in res.output


_DETAILS = [("测量值", "很长的中文说明文字没有空格" * 4), ("牵头单位", "市环境保护局"), ("证据", "env.yaml:4"),
            ("差距", "a long English sentence that has to fold over several lines " * 2),
            ("备注", ""), ("整改", "两行\n文字")]


@pytest.mark.parametrize("width", [12, 20, 33, 60, 80, 121, 200])
@pytest.mark.parametrize("colour", [None, "truecolor"])
def test_a_gaps_details_are_drawn_as_the_grid_draws_them(width, colour):
    """Each gap's labels and values are drawn line by line (report/terminal.py `_Details`), the
    same characters and colours as the two-column grid they stand for, at any width (a console
    too narrow for the labels is drawn by the grid itself), in Chinese and English, with a value
    rich would style or fold."""
    import io

    from rich.console import Console, Group
    from rich.text import Text

    from nsc_check.report.terminal import _Details

    rows = [*_DETAILS, ("gap", Text.assemble(("短 1.4 dB(A)", "red"), " / ", ("x" * 90, "dim")))]

    def drawn(details: object, markup: bool = False) -> str:
        out = io.StringIO()
        Console(file=out, width=width, markup=markup, emoji=markup, highlight=markup,
                force_terminal=colour is not None, color_system=colour).print(
            Group(Text("S03.07 head"), details))
        return out.getvalue()

    for chosen in (rows, rows[1:3], [("[b]标签[/b]", "value [i]x[/i] :smile:")]):
        details = _Details(chosen)
        assert drawn(details) == drawn(details.table())
        assert drawn(details, markup=True) == drawn(details.table(), markup=True)


@pytest.mark.zh
@pytest.mark.parametrize("width", [50, 60, 80])
def test_on_a_narrow_terminal_figures_are_never_cut_nor_a_point_split_from_its_number(
        runner, width):
    from helpers import SAMPLE

    res = runner.invoke(main, ["assess", str(SAMPLE)],
                        env={"NO_COLOR": "1", "COLUMNS": str(width)})
    shown = res.output
    assert "67.…" not in shown and "还差 67." not in shown.replace("还差 67.5", "")
    assert "67.5" in shown
    assert not re.search(r"【要点\s*\n", shown)  # 【要点 alone at a line's end, its number below
