"""`nsc-check init`: commented evidence templates that validate as "not yet filled"."""

from __future__ import annotations

import io

from conftest import MINI_PACK, write
from ruamel.yaml import YAML

from nsc_check.cli import main

CITY = "name: {zh: 测试市, en: Test City}\nassessment_date: 2025-12-31\nlatitude: 36.5\n"


def init(runner, folder, *args):
    return runner.invoke(main, ["init", str(folder), "--criteria", str(MINI_PACK), *args])


def test_writes_one_file_per_department_and_never_overwrites(runner, tmp_path):
    folder = tmp_path / "ev"
    res = init(runner, folder)
    assert res.exit_code == 0, res.output
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["aiwei.yaml", "city.yaml", "env.yaml", "market.yaml", "sanitation.yaml"]
    assert res.output.count("wrote") == 5
    (folder / "env.yaml").write_text("department: env\nevidence: {S01.04: 68}\n", encoding="utf-8")
    again = init(runner, folder)
    assert again.exit_code == 0
    assert again.output.count("skipped") == 5 and "wrote " not in again.output
    assert (folder / "env.yaml").read_text(encoding="utf-8").endswith("S01.04: 68}\n")


def test_department_option_writes_only_that_department(runner, tmp_path):
    res = init(runner, tmp_path / "ev", "--department", "market")
    assert res.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "ev").iterdir()) == ["city.yaml", "market.yaml"]
    assert init(runner, tmp_path / "x", "--department", "nobody").exit_code == 2


def test_comments_say_what_to_report_in_chinese(runner, tmp_path):
    init(runner, tmp_path / "ev")
    text = (tmp_path / "ev" / "sanitation.yaml").read_text(encoding="utf-8")
    for expected in ("# S01.02 水冲式公厕普及率（10 分）", "分子：水冲式公厕数；分母：公厕总数",
                     "北纬35°以北，≥ 30%", "填写示例：S01.02: {numerator:", "department: sanitation",
                     "# S01.01 生活垃圾无害化处理率", "要求：≥ 80%"):
        assert expected in text
    veto = (tmp_path / "ev" / "env.yaml").read_text(encoding="utf-8")
    assert "否决项" in veto and "填写示例：S01.07: {incidents: []}" in veto
    # the lead of an own-evidence basic condition gets it too
    assert "B04 基本条件：有爱国卫生规范性文件" in (tmp_path / "ev" / "aiwei.yaml").read_text("utf-8")


def test_fresh_template_validates_as_not_yet_filled(runner, tmp_path):
    folder = tmp_path / "ev"
    init(runner, folder)
    write(folder, "city.yaml", CITY)
    res = runner.invoke(main, ["validate", str(folder), "--criteria", str(MINI_PACK), "--lang", "en"])
    assert res.exit_code == 0, res.output
    assert " error:" not in res.output
    # every item of the pack with evidence of its own: 12 indicators + B03 + B04
    assert res.output.count("not yet filled") == 14
    assert "0 error(s), 14 warning(s)" in res.output


def test_comments_survive_a_round_trip(runner, tmp_path):
    folder = tmp_path / "ev"
    init(runner, folder)
    write(folder, "city.yaml", CITY)
    path = folder / "aiwei.yaml"
    yaml = YAML(typ="rt")
    doc = yaml.load(path.read_text(encoding="utf-8"))
    doc["evidence"]["S02.03"]["rooms"] = "1.2%"
    out = io.StringIO()
    yaml.dump(doc, out)
    path.write_text(out.getvalue(), encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert "# S02.03 蝇密度控制（5 分）" in text and "rooms: 1.2%" in text
    assert "# 市爱卫办 报送的国家卫生城市创建证据" in text
    res = runner.invoke(main, ["validate", str(folder), "--criteria", str(MINI_PACK), "--lang", "en"])
    assert res.exit_code == 0 and "evidence.S02.03" not in res.output
    assert res.output.count("not yet filled") == 13


def test_a_fresh_template_assesses_as_all_missing(runner, tmp_path):
    folder = tmp_path / "ev"
    init(runner, folder)
    write(folder, "city.yaml", CITY)
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK), "--format",
                               "json"])
    assert res.exit_code == 1, res.output  # assessed, not eligible: nothing is reported yet
    import json

    data = json.loads(res.output)
    assert data["summary"]["counts"]["missing"] == 12 and data["summary"]["verdict"] == "not_eligible"


def test_init_into_a_file_is_a_message_not_a_traceback(runner, tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    res = init(runner, tmp_path / "afile" / "sub")
    assert res.exit_code == 2 and "cannot create the folder" in res.output
    assert "Traceback" not in res.output
