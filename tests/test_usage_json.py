"""Every `--format json` failure answered in JSON: click's own usage errors (an unknown option, a
bad choice, a bad status or date, a missing argument) print the JSON of a refused run on stdout,
click's usual lines on stderr, and exit 2. Without `--format json` nothing changes."""

from __future__ import annotations

import json
import re

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK

from nsc_check.cli import main

EV, PACK = str(MINI_EVIDENCE), str(MINI_PACK)
CJK = re.compile(r"[\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef]")

# (command line without --format json, a word of the message in English)
USAGE_ERRORS = [
    (["assess", EV, "--criteria", PACK, "--status", "nonsense"], "nonsense"),
    (["assess", EV, "--criteria", PACK, "--bogus"], "--bogus"),
    (["assess", EV, "--criteria", PACK, "--lang", "xx"], "xx"),
    (["assess", EV, "--criteria", PACK, "--as-of", "2025-13-45"], "--as-of"),
    (["plan", EV, "--criteria", PACK, "--deadline", "2000-01-01"], "2000-01-01"),
    (["plan", EV, "--criteria", PACK, "--by", "nobody"], "nobody"),
    (["assess", EV, "--criteria", PACK, "--section", "S99"], "S99"),
    (["validate", EV, "--criteria", PACK, "--bogus"], "--bogus"),
    (["status", EV, "--criteria", PACK, "--as-of", "yesterday"], "--as-of"),
    (["diff"], "OLD"),
    (["diff", "a.json", "b.json", "c.json"], "c.json"),
    (["batch", EV, "--criteria", PACK, "--jobs", "0"], "--jobs"),
]


def refused(stdout: str) -> dict:
    """The JSON of a refused run (`nsc-check schema --of refused`), checked for its shape."""
    data = json.loads(stdout)
    assert data["refused"] is True and data["errors"] == 1 and len(data["problems"]) == 1
    problem = data["problems"][0]
    assert problem["code"] == "cli.usage_error" and problem["severity"] == "error"
    assert set(problem["message"]) == {"zh", "en"} and set(problem["text"]) == {"zh", "en"}
    assert problem["hint_code"] == "cli.usage_hint"
    # click's message, worded in both languages: no Chinese in the English text, and the
    # Chinese text in Chinese
    assert set(problem["args"]["message"]) == {"zh", "en"}
    assert not CJK.search(problem["message"]["en"]) and not CJK.search(problem["text"]["en"])
    assert CJK.search(problem["args"]["message"]["zh"])
    return problem


@pytest.mark.parametrize("args,word", USAGE_ERRORS)
@pytest.mark.parametrize("how", [["--format", "json"], ["--format=json"]])
def test_usage_error_in_json(runner, args, word, how):
    res = runner.invoke(main, [*args, *how])
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output
    problem = refused(res.stdout)
    assert word in problem["args"]["message"]["en"] and word in problem["message"]["en"]
    assert problem["message"]["en"].startswith("bad usage: ")
    assert f" {args[0]} --help" in problem["hint"]["en"]
    # the human lines, as click prints them, on stderr
    assert "Usage:" in res.stderr and "Error:" in res.stderr and word in res.stderr


@pytest.mark.parametrize("args,word", USAGE_ERRORS)
def test_without_json_nothing_changes(runner, args, word):
    res = runner.invoke(main, args)
    assert res.exit_code == 2
    assert res.stdout == ""
    assert "Usage:" in res.stderr and "Error:" in res.stderr and word in res.stderr
    assert "Traceback" not in res.output


@pytest.mark.parametrize("args", [
    ["assess", EV, "--criteria", PACK, "--format", "json", "--format", "table", "--bogus"],
    ["assess", EV, "--criteria", PACK, "--format", "markdown", "--bogus"],
    ["criteria", "check", PACK, "--format", "json"],  # no --format there: click's text
    ["nosuch", "--format", "json"],  # the group has no --format
])
def test_json_only_when_asked_of_a_command_that_has_it(runner, args):
    res = runner.invoke(main, args)
    assert res.exit_code == 2 and res.stdout == ""
    assert "Error:" in res.stderr


def test_stderr_is_the_same_with_and_without_json(runner):
    args = ["plan", EV, "--criteria", PACK, "--deadline", "2000-01-01"]
    assert runner.invoke(main, args).stderr == runner.invoke(main, [*args, "--format", "json"]).stderr


def test_input_errors_still_refused_by_the_command(runner, tmp_path):
    """A usage error is one problem; input errors stay the command's own refusal."""
    res = runner.invoke(main, ["assess", str(tmp_path / "nowhere"), "--criteria", PACK,
                               "--format", "json"])
    assert res.exit_code == 2
    assert json.loads(res.stdout)["refused"] is True


@pytest.mark.zh
@pytest.mark.parametrize("args", [
    ["assess", EV, "--criteria", PACK, "--format", "json", "--status", "nonsense"],
    ["plan", EV, "--criteria", PACK, "--format", "json", "--deadline", "2000-01-01"],
    ["status", EV, "--criteria", PACK, "--format=json", "--bogus"],
])
def test_usage_error_in_json_in_chinese(runner, args):
    res = runner.invoke(main, args)
    assert res.exit_code == 2
    problem = refused(res.stdout)
    assert problem["message"]["zh"].startswith("命令写法有误：")
    said = problem["args"]["message"]["zh"]
    assert "的取值无效" in said or "没有选项" in said
    assert problem["hint"]["zh"].startswith("输入 ") and "--help" in problem["hint"]["zh"]
    assert "用法：" in res.stderr and "错误：" in res.stderr


@pytest.mark.zh
def test_lang_en_asked_on_the_command_line(runner):
    res = runner.invoke(main, ["assess", EV, "--criteria", PACK, "--format", "json", "--lang",
                               "en", "--status", "nonsense"])
    problem = refused(res.stdout)
    assert "unknown status nonsense" in problem["args"]["message"]["en"]
