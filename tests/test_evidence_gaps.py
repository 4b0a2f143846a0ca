"""Evidence that shows nothing is refused, never taken for evidence (the adversarial tester's
findings 2, 4, 8 and 9): a reason for not applying that says nothing, an empty attachment or an
evidence file given as a document, one file for two documents, an inspection 达标 with problems
listed, department files that are not read, a file name and its `department:` at odds."""

from __future__ import annotations

import json
import shutil

import pytest
from helpers import SAMPLE

from nsc_check.cli import main
from nsc_check.evidence import not_a_reason

NA_OLD = "    value: 71.4 dB(A)\n    note: 人民路、解放路等货车通行干线超标"


@pytest.fixture
def sample(tmp_path):
    folder = tmp_path / "ev"
    shutil.copytree(SAMPLE, folder)
    return folder


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def validate(runner, folder, *args):
    return runner.invoke(main, ["validate", str(folder), *args], env={"NO_COLOR": "1"})


# --- finding 2: not_applicable reasons that say nothing

SAY_NOTHING = ["无。", "无，", "N/A.", "Ｎ／Ａ", "ＮＡ", "无\u200b", "\u200b", "不适用！", "待定", "TBD",
               "略", "见附件", "1", "？", "同上", "暂无。", "12.5", "x"]


@pytest.mark.parametrize("reason", SAY_NOTHING)
def test_a_reason_that_says_nothing_is_refused(runner, sample, reason):
    edit(sample / "env.yaml", NA_OLD, f'    not_applicable: "{reason}"')
    res = validate(runner, sample)
    assert res.exit_code == 2, res.output
    assert "env.yaml:16" in res.output and "is not a reason" in res.output


@pytest.mark.parametrize("reason", ["本市无交通干线", "No arterial roads", "2号线未建成", "无港口"])
def test_a_reason_that_says_why_is_kept(reason):
    assert not not_a_reason(reason)


def test_the_form_import_shares_the_rule():
    # forms.py refuses column K with `not_a_reason`: the same words, written the same ways
    import nsc_check.forms as forms

    assert forms.not_a_reason is not_a_reason
    assert all(not_a_reason(w) for w in SAY_NOTHING)


@pytest.mark.zh
def test_a_reason_that_says_nothing_is_refused_in_chinese(runner, sample):
    edit(sample / "env.yaml", NA_OLD, '    not_applicable: "无。"')
    res = validate(runner, sample)
    assert res.exit_code == 2
    assert "evidence.S04.05.not_applicable：“无。”不是不适用的理由" in res.output


# --- finding 4: documents and inspections that show nothing

REGULATION = "attachments/aiwei/示例市爱国卫生管理办法.md"
PLAN = "    summary: {file: attachments/aiwei/2010年爱国卫生月活动总结.md"
SAME = "    summary: {file: attachments/aiwei/2010年爱国卫生月活动方案.md"
INSPECTED = "    result: 基本达标\n    date: 2010-10-20"


def test_an_empty_attachment_is_refused(runner, sample):
    (sample / REGULATION).write_bytes(b"")
    res = validate(runner, sample)
    assert res.exit_code == 2
    assert f"attachment '{REGULATION}' is empty (0 bytes)" in res.output
    assert "aiwei.yaml:7" in res.output


def test_an_evidence_file_is_no_attachment(runner, sample):
    edit(sample / "aiwei.yaml", f"file: {REGULATION}", "file: city.yaml")
    res = validate(runner, sample)
    assert res.exit_code == 2
    assert "'city.yaml' is one of the folder's evidence files" in res.output


def test_one_file_is_not_two_documents(runner, sample):
    edit(sample / "aiwei.yaml", PLAN, SAME)
    res = validate(runner, sample)
    assert res.exit_code == 2
    assert "S01.07.summary" in res.output and "is given as 'plan' already" in res.output


def test_an_inspection_passed_with_findings_is_refused(runner, sample):
    edit(sample / "sanitation.yaml", INSPECTED, "    result: 达标\n    date: 2010-10-20")
    res = validate(runner, sample)
    assert res.exit_code == 2
    assert "S03.06.findings" in res.output and "2 findings are listed" in res.output


@pytest.mark.zh
def test_documents_and_inspections_refused_in_chinese(runner, sample):
    (sample / REGULATION).write_bytes(b"")
    edit(sample / "aiwei.yaml", PLAN, SAME)
    edit(sample / "sanitation.yaml", INSPECTED, "    result: 达标\n    date: 2010-10-20")
    out = validate(runner, sample).output
    assert f"附件“{REGULATION}”是空文件（0 字节），看不到任何内容" in out
    assert "同一个文件不能同时作为两份要求的文件" in out
    assert "检查结果为“达标”，却列出了 2 个问题（findings）：两者矛盾" in out
    edit(sample / "aiwei.yaml", f"file: {REGULATION}", "file: city.yaml")
    assert "“city.yaml”是证据文件夹里的证据文件" in validate(runner, sample).output


# --- finding 8: department files that are not read

def test_a_department_file_in_capitals_is_read(runner, sample):
    before = json.loads(runner.invoke(main, ["assess", str(sample), "--format", "json"]).output)
    (sample / "env.yaml").rename(sample / "env.YAML")
    res = runner.invoke(main, ["assess", str(sample), "--format", "json"])
    after = json.loads(res.output)
    assert after["summary"] == before["summary"]
    assert validate(runner, sample).exit_code == 0


@pytest.mark.parametrize("name", ["env.yaml.txt", "env.yml.doc", "env.yaml "])
def test_a_file_named_like_evidence_but_not_read_is_refused(runner, sample, name):
    (sample / "env.yaml").rename(sample / name)
    res = validate(runner, sample)
    assert res.exit_code == 2
    assert "this file is not read" in res.output and "rename it env." in res.output
    assert name in res.output and "env.yaml:" not in res.output  # no file that is gone


def test_a_copy_beside_the_file_read_is_a_warning(runner, sample):
    shutil.copy(sample / "env.yaml", sample / "env.yaml.bak")
    res = validate(runner, sample)
    assert res.exit_code == 0, res.output
    assert "env.yaml.bak" in res.output and "looks like a copy or backup of env.yaml" in res.output


@pytest.mark.zh
def test_files_not_read_in_chinese(runner, sample):
    (sample / "env.yaml").rename(sample / "env.yaml.txt")
    out = validate(runner, sample).output
    assert "这个文件不会被读取：证据文件的名字要以 .yaml 结尾，这个文件名以“.txt”结尾" in out
    assert "请把它改名为 env.yaml" in out


# --- finding 9: a file's name and its department at odds

def test_a_file_named_after_another_department_is_refused(runner, sample):
    edit(sample / "env.yaml", "department: env", "department: water")
    res = validate(runner, sample)
    assert res.exit_code == 2
    assert "env.yaml:" in res.output and "department:" in res.output
    assert "the file name env.yaml says this is env's file" in res.output


def test_a_file_named_after_no_department_keeps_its_header(runner, sample):
    (sample / "env.yaml").rename(sample / "环保局.yaml")
    assert validate(runner, sample).exit_code == 0


def test_a_file_without_header_is_its_name_s(runner, sample):
    edit(sample / "env.yaml", "department: env\n", "")
    assert validate(runner, sample).exit_code == 0


@pytest.mark.zh
def test_a_file_named_after_another_department_in_chinese(runner, sample):
    edit(sample / "env.yaml", "department: env", "department: water")
    out = validate(runner, sample).output
    assert "department：文件名 env.yaml 表明这是 env（" in out
    assert "但 department 写的是 water（" in out
    assert "请把文件改名为 water.yaml" in out
