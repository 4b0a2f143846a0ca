"""Every text of a result from the message catalogue: each message, finding and reason of an
Assessment carries its code and arguments, the basic conditions' too; kinds refuse evidence with
coded messages; diff and batch problems carry codes; no language branch on the result side (a
report in one language: tests/report/test_markdown.py)."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK, REPO
from helpers import make_city, run

from nsc_check.cli import main
from nsc_check.errors import InputError
from nsc_check.messages import CATALOGUE


def _notes(data):
    """Every bilingual text of a JSON document that is a message (has a `code` key)."""
    if isinstance(data, dict):
        if {"zh", "en", "code"} <= data.keys():
            yield data
        for value in data.values():
            yield from _notes(value)
    elif isinstance(data, list):
        for value in data:
            yield from _notes(value)


def _assess_json(runner, folder, *args):
    res = runner.invoke(main, ["assess", str(folder), "--format", "json", *args])
    assert res.exit_code in (0, 1), res.output
    return json.loads(res.stdout)


def test_every_message_finding_and_reason_of_the_sample_carries_its_code(runner):
    data = _assess_json(runner, REPO / "evidence")
    notes = list(_notes(data))
    assert len(notes) > 30
    for note in notes:
        assert note["code"] in CATALOGUE, note
        assert note["zh"] != note["en"] or not re.search(r"[\u4e00-\u9fff]", note["zh"]), note
    assert all(r["code"] for r in data["summary"]["reasons"])
    assert data["schema_version"] == "2.1"


def test_the_basic_conditions_messages_carry_codes_and_arguments(runner):
    data = _assess_json(runner, MINI_EVIDENCE, "--criteria", str(MINI_PACK))
    by_id = {c["id"]: c for c in data["conditions"]}
    [count, *others] = by_id["B02"]["messages"]
    assert count["code"] == "kinds.condition.count"
    assert set(count["args"]) == {"passing", "total", "count"} and count["args"]["count"] == 3
    assert all(m["code"].startswith("kinds.condition.") for m in others)
    for condition in data["conditions"]:
        for note in condition["messages"] + condition["findings"]:
            assert note["code"] in CATALOGUE


def test_an_item_named_in_a_condition_message_is_an_argument_in_both_languages(mini_pack,
                                                                               tmp_path):
    folder = make_city(tmp_path, {"sanitation": "  S01.01: 50%\n"})
    [b01] = [c for c in run(mini_pack, folder).conditions if c.id == "B01"]
    [note] = b01.messages
    assert note.code == "kinds.condition.not_met_gap"
    assert note.args["item"]["zh"].startswith("S01.01 ") and note.args["gap"]["zh"] == "还差 30 个百分点"
    assert note.zh == "S01.01 生活垃圾无害化处理率：未达标（还差 30 个百分点）"
    assert note.en.endswith(": not met (30 percentage points short)")


@pytest.mark.parametrize("body, code", [
    ("  S01.02: {numerator: 310, denominator: 300}\n", "kinds.ratio.numerator_larger"),
    ("  S01.02: {numerator: 1}\n", "kinds.ratio.give_both"),
    ("  S01.02: {numerator: 1, denominator: 0}\n", "kinds.ratio.zero_denominator"),
    ("  S01.03: {result: 良好}\n", "kinds.inspection.bad_result"),
    ("  S01.01: {value: 120%}\n", "kinds.not_a_percentage"),
])
def test_kinds_refuse_evidence_with_coded_messages(mini_pack, tmp_path, body, code):
    department = "sanitation"
    folder = make_city(tmp_path, {department: body})
    with pytest.raises(InputError) as err:
        run(mini_pack, folder)
    assert code in [p.code for p in err.value.problems]


@pytest.mark.zh
def test_unusable_evidence_reads_in_chinese_inside_a_chinese_report(runner, tmp_path):
    folder = tmp_path / "city"
    shutil.copytree(MINI_EVIDENCE, folder)
    path = folder / "sanitation.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"S01\.02: .*", "S01.02: {numerator: 310, denominator: 300}", text),
                    encoding="utf-8")
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK),
                               "--keep-going"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert res.exit_code in (0, 1), res.output
    assert "证据无效：" in res.output and "错误" in res.output
    assert "分子 310 大于分母 300" in res.output
    assert "error:" not in res.output and "larger than" not in res.output


def test_a_refusal_of_a_kind_carries_its_code_in_validate_json(runner, tmp_path):
    folder = tmp_path / "city"
    shutil.copytree(MINI_EVIDENCE, folder)
    path = folder / "sanitation.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"S01\.02: .*", "S01.02: {numerator: 310, denominator: 300}", text),
                    encoding="utf-8")
    res = runner.invoke(main, ["validate", str(folder), "--criteria", str(MINI_PACK),
                               "--format", "json"])
    problems = json.loads(res.stdout)["problems"]
    [p] = [p for p in problems if p["code"] == "kinds.ratio.numerator_larger"]
    assert p["args"] == {"numerator": 310, "denominator": 300}
    assert p["message"]["zh"].endswith("分子 310 大于分母 300")


def test_diff_problems_and_warnings_carry_codes(runner, tmp_path):
    from nsc_check.diff import load_saved

    with pytest.raises(InputError) as err:
        load_saved(tmp_path / "nowhere.json")
    [p] = err.value.problems
    assert p.code == "diff.not_found" and p.hint.code == "diff.hint.save"
    assert p.render("zh").endswith("找不到该文件（提示：请先保存评估结果：nsc-check assess --format json -o 文件名）")

    before = tmp_path / "before.json"
    runner.invoke(main, ["assess", str(MINI_EVIDENCE), "--criteria", str(MINI_PACK),
                         "--format", "json", "-o", str(before)])
    other = tmp_path / "other"
    shutil.copytree(MINI_EVIDENCE, other)
    city = other / "city.yaml"
    city.write_text(city.read_text(encoding="utf-8").replace("测试市", "另一市"), encoding="utf-8")
    after = tmp_path / "after.json"
    runner.invoke(main, ["assess", str(other), "--criteria", str(MINI_PACK), "--format", "json",
                         "-o", str(after)])
    res = runner.invoke(main, ["diff", str(before), str(after), "--format", "json"])
    [warning] = json.loads(res.stdout)["warnings"]
    assert warning["code"] == "diff.other_city" and warning["severity"] == "warning"
    assert warning["args"] == {"before": "测试市", "after": "另一市"}
    assert warning["message"]["zh"] == "两个结果属于不同城市（测试市 和 另一市），仍照常比较"


def test_batch_problems_carry_codes(tmp_path):
    from nsc_check.batch import find_cities

    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / "env.yaml").write_text("department: env\nevidence: {}\n", encoding="utf-8")
    warnings = []
    with pytest.raises(InputError) as err:
        find_cities([tmp_path, tmp_path / "nothing"], warnings)
    assert [p.code for p in err.value.problems] == ["batch.no_cities", "batch.not_a_folder"]
    [warning] = warnings
    assert warning.code == "batch.no_city_file" and warning.severity == "warning"
    assert "有 YAML 文件但没有 city.yaml" in warning.render("zh")


RESULT_FILES = ["assess.py", "result.py", "diff.py", "batch.py", *(
    f"kinds/{p.name}" for p in (REPO / "src/nsc_check/kinds").glob("*.py")), *(
    f"report/{p.name}" for p in (REPO / "src/nsc_check/report").glob("*.py")),
    "report/templates/report.html.j2", "report/templates/report.md.j2"]


@pytest.mark.parametrize("name", RESULT_FILES)
def test_no_language_branch_in_the_result_side(name):
    source = (REPO / "src/nsc_check" / name).read_text(encoding="utf-8")
    assert not re.search(r"""lang\s*==\s*["']zh["']""", source), name
    assert "LocalText.of(" not in source and "Note.coded(" not in source, name

