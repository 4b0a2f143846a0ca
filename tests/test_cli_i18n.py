"""The command line in the user's language: help, usage errors and every line the commands print,
in Chinese by default (NSC_LANG unset), in English with `--lang en` or NSC_LANG=en; departments
and statuses by their Chinese names."""

from __future__ import annotations

import json
import re

import click
import pytest
from conftest import MINI_PACK, write
from helpers import validate_mini as validate

from nsc_check.cli import main
from nsc_check.messages import CATALOGUE

ENV = {"NO_COLOR": "1", "COLUMNS": "100"}


def commands(group: click.Group = main, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command line that has a help page: the group, each command and subcommand."""
    found = [path]
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            found += commands(command, (*path, name))
        else:
            found.append((*path, name))
    return found


COMMANDS = commands()


def allowed_words() -> set[str]:
    """Words that may stay in Latin letters in a Chinese text: command and option names, choice
    values, ids, file names, field names and units. Everything else must be Chinese."""
    words = {"nsc", "check", "nsc_check", "python", "zh", "en", "NSC_LANG", "JSON", "Schema",
             "Excel", "city", "yaml", "json", "xlsx", "evidence", "dB", "ok"}

    def collect(command: click.Command) -> None:
        words.update(re.findall(r"[A-Za-z_]+", command.name or ""))
        for param in command.params:
            for opt in param.opts:
                words.update(re.findall(r"[A-Za-z_]+", opt))
            if isinstance(param.type, click.Choice):
                for choice in param.type.choices:
                    words.update(re.findall(r"[A-Za-z_]+", str(choice)))
        if isinstance(command, click.Group):
            for sub in command.commands.values():
                collect(sub)

    collect(main)
    from nsc_check.assess import STATUSES
    from nsc_check.kinds import KINDS
    from nsc_check.pack import load_pack

    words.update(STATUSES, KINDS)
    for pack in (load_pack(str(MINI_PACK)), load_pack(None)):
        words.update(pack.header.departments)
        words.update(re.findall(r"[A-Za-z_]+", pack.id))
    return words


def english_words(output: str) -> set[str]:
    """Latin words of an output that are not ids, file or field names, units or options."""
    text_ = re.sub(r"'[^'\n]*'", " ", output)                     # what the user typed, quoted
    text_ = re.sub(r"\S*[/\\]\S*", " ", text_)                   # paths
    text_ = re.sub(r"\S+\.(yaml|yml|json|xlsx|txt)\b", " ", text_)  # file names
    text_ = re.sub(r"\b[SB]\d{2}(\.\d{2})?\b", " ", text_)          # item and section ids
    text_ = re.sub(r"evidence\.\S+", " ", text_)                    # field names
    text_ = re.sub(r"--?[\w-]+", " ", text_)                        # options
    found = {w for w in re.findall(r"[A-Za-z][A-Za-z_]+", text_)}
    return found - allowed_words()


def invoke(runner, *args, env=None):
    return runner.invoke(main, list(args), env={**ENV, **(env or {})})


@pytest.mark.zh
@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "nsc-check")
def test_help_of_every_command_reads_in_chinese_by_default(runner, path):
    res = invoke(runner, *path, "--help")
    assert res.exit_code == 0, res.output
    out = res.output
    assert out.startswith("用法：") and "选项" in out and "显示本帮助并退出。" in out
    key = ".".join(path) or "main"
    summary = CATALOGUE[f"cli.help.{key}"][0].split("\n\n")[0]
    assert summary[:12] in out
    assert not english_words(out), english_words(out)
    assert "Usage" not in out and "Options" not in out and "Show this message" not in out


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "nsc-check")
def test_help_of_every_command_reads_in_english_with_nsc_lang_en(runner, path):
    out = invoke(runner, *path, "--help").output
    assert out.startswith("Usage:") and "Options:" in out and "Show this message and exit." in out
    key = ".".join(path) or "main"
    assert CATALOGUE[f"cli.help.{key}"][1].split("\n\n")[0][:30] in " ".join(out.split())
    assert not re.search(r"[\u4e00-\u9fff]", out.replace("国家卫生城市标准", "")), out


def test_every_command_takes_lang():
    for path in COMMANDS:
        command: click.Command = main
        for name in path:
            command = command.commands[name]  # type: ignore[attr-defined]
        assert any("--lang" in p.opts for p in command.params), path


@pytest.mark.zh
def test_lang_en_before_help_gives_english_help(runner):
    assert invoke(runner, "validate", "--lang", "en", "--help").output.startswith("Usage:")
    assert invoke(runner, "--lang=en", "criteria", "list", "-h").output.startswith("Usage:")


def test_lang_zh_wins_over_nsc_lang_en(runner):
    out = invoke(runner, "criteria", "check", str(MINI_PACK), "--lang", "zh").output
    assert "通过" in out and "项指标" in out
    assert invoke(runner, "schema", "--lang", "zh", "--bogus").output.count("错误：没有选项") == 1


@pytest.mark.zh
def test_nsc_lang_chooses_when_lang_is_not_given(runner):
    out = invoke(runner, "criteria", "check", str(MINI_PACK), env={"NSC_LANG": "en"}).output
    assert "12 indicators, 100 points" in out
    out = invoke(runner, "criteria", "check", str(MINI_PACK)).output
    assert "12 项指标，共 100 分" in out and not english_words(out)


@pytest.mark.zh
@pytest.mark.parametrize("args, expected", [
    (["assess", "--bogus"], "错误：没有选项 '--bogus'。"),
    (["assess", "--format", "pdf"], "'--format' 的取值无效：'pdf' 不在可选值"),
    (["batch"], "错误：缺少参数 '文件夹...'。"),
    (["criteria", "show"], "错误：缺少参数 '编号'。"),
    (["nope"], "错误：没有命令 'nope'。"),
    (["batch", "-j", "0", "x"], "'--jobs' / '-j' 的取值无效：0 不在范围 x>=1 之内。"),
])
def test_usage_errors_read_in_chinese(runner, args, expected):
    res = invoke(runner, *args)
    assert res.exit_code == 2
    assert expected in res.output, res.output
    assert "用法：" in res.output and "查看帮助" in res.output
    assert not english_words(res.output), english_words(res.output)


def test_usage_errors_read_in_english_with_lang_en(runner):
    res = invoke(runner, "assess", "--bogus", env={"NSC_LANG": ""}, )
    assert "错误" in res.output  # NSC_LANG empty: Chinese
    res = invoke(runner, "assess", "--lang", "en", "--bogus", env={"NSC_LANG": ""})
    assert "Error: No such option '--bogus'." in res.output and "Usage:" in res.output


@pytest.mark.zh
def test_the_summary_of_input_errors_reads_in_chinese(runner, evidence_dir):
    write(evidence_dir, "env.yaml", "department: env\nevidence:\n  S01.04: [71.4\n")
    res = invoke(runner, "assess", str(evidence_dir), "--criteria", str(MINI_PACK))
    assert res.exit_code == 2
    assert "nsc-check：发现 1 个问题（请改正后重新运行命令）" in res.output
    assert ": 错误: " in res.output


# --department and --status by their Chinese names

def assess_json(runner, evidence_dir, *args):
    res = invoke(runner, "assess", str(evidence_dir), "--criteria", str(MINI_PACK), "--format",
                 "json", *args)
    return res, (json.loads(res.output) if res.exit_code in (0, 1) else None)


@pytest.mark.parametrize("name", ["env", "ENV", "环保局", "市环境保护局", "环境保护局",
                                  "Environmental Protection Bureau"])
def test_department_by_id_chinese_name_or_short_name(runner, evidence_dir, name):
    res, data = assess_json(runner, evidence_dir, "--department", name)
    assert res.exit_code == 1, res.output
    assert {i["lead"]["id"] for i in data["indicators"]} == {"env"}
    assert data["filters"]["department"] == "env"


@pytest.mark.zh
def test_an_ambiguous_or_unknown_department_is_refused_in_chinese(runner, evidence_dir):
    res, _ = assess_json(runner, evidence_dir, "--department", "市局")
    assert res.exit_code == 2
    assert "“市局”可指多个部门：市环境保护局（env）、市市场监管局（market）" in res.output
    res, _ = assess_json(runner, evidence_dir, "--department", "公安局")
    assert res.exit_code == 2 and "没有部门“公安局”；可选的部门有：市爱卫办（aiwei）" in res.output
    # what a clerk reads (stderr); stdout holds the refusal in JSON, asked by --format json
    assert not english_words(res.stderr), english_words(res.stderr)


def test_an_unknown_department_is_refused_in_english(runner, evidence_dir):
    res, _ = assess_json(runner, evidence_dir, "--department", "police")
    assert res.exit_code == 2
    assert "unknown department 'police'; the pack has aiwei (Patriotic Health Office)" in res.output


def test_every_department_option_takes_chinese_names(runner, tmp_path):
    out = invoke(runner, "criteria", "list", "--criteria", str(MINI_PACK), "--department",
                 "爱卫办").output
    assert "S02.05" in out and "S01.04" not in out
    res = invoke(runner, "init", str(tmp_path / "t"), "--criteria", str(MINI_PACK),
                 "--department", "环保局")
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == ["city.yaml", "env.yaml"]


@pytest.mark.parametrize("words", ["不达标,缺证据", "不达标，缺证据", "不达标、缺证据",
                                   "fail,missing", "FAIL, missing"])
def test_status_by_chinese_word_or_id(runner, evidence_dir, words):
    res, data = assess_json(runner, evidence_dir, "--status", words)
    assert res.exit_code == 1, res.output
    assert data["filters"]["statuses"] == ["fail", "missing"]
    assert {i["status"] for i in data["indicators"]} <= {"fail", "missing"}


@pytest.mark.zh
def test_an_unknown_status_is_refused_naming_the_chinese_words(runner, evidence_dir):
    res, _ = assess_json(runner, evidence_dir, "--status", "不合格")
    assert res.exit_code == 2
    assert "没有状态 不合格；可选的状态有：达标（pass）、基本达标（partial）、不达标（fail）" in res.output


# criteria list / show in Chinese

@pytest.mark.zh
def test_criteria_list_names_kinds_and_departments_in_chinese(runner):
    out = invoke(runner, "criteria", "list", "--criteria", str(MINI_PACK)).output
    assert "阈值" in out and "比率" in out and "市环境保护局" in out
    indicators = out.split("考核指标")[1]
    for dept in ("sanitation", "aiwei", "env", "market"):
        assert f" {dept} " not in indicators
    out = invoke(runner, "criteria", "show", "S01.04", "--criteria", str(MINI_PACK)).output
    assert "类型" in out and "阈值" in out and "threshold" not in out


def test_every_kind_has_a_name_in_both_languages():
    from nsc_check.kinds import KINDS

    for kind in KINDS:
        assert f"cli.kind.{kind}" in CATALOGUE


# validate: grouped by department, warnings naming item and department


@pytest.mark.zh
def test_validate_of_the_sample_city_reads_in_chinese_only(runner, evidence_dir):
    (evidence_dir / "attachments" / "plan.txt").unlink()
    res = validate(runner, evidence_dir)
    assert res.exit_code == 0
    assert res.output.splitlines()[0] == "== 市爱卫办（aiwei）：0 个错误，2 个警告 =="
    assert not english_words(res.output), english_words(res.output)


def test_validate_json_carries_codes_and_both_texts(runner, evidence_dir):
    write(evidence_dir, "market.yaml", "department: market\nevidence:\n  B03:\n    incidents:\n")
    data = json.loads(validate(runner, evidence_dir, "--format", "json").output)
    by_code = {p["code"]: p for p in data["problems"]}
    unfilled = by_code["cli.unfilled"]
    assert unfilled["hint_code"] == "cli.hint.unfilled"
    assert unfilled["message"]["zh"].startswith("B03 ") and "尚未填写" in unfilled["message"]["zh"]
    assert "not yet filled (to be reported by Market Regulation Bureau)" in unfilled["message"]["en"]
    assert unfilled["args"]["department"] == {"zh": "市市场监管局", "en": "Market Regulation Bureau"}
    weak = by_code["cli.weak"]
    assert weak["args"]["item"]["en"].startswith("S02.05 ") and weak["hint_code"] == "cli.hint.document"


# the lines the commands print

@pytest.mark.zh
def test_init_speaks_chinese(runner, tmp_path):
    res = invoke(runner, "init", str(tmp_path / "e"), "--criteria", str(MINI_PACK))
    assert res.exit_code == 0
    assert "已写入" in res.output and "下一步：填写这些文件" in res.output
    assert not english_words(res.output), english_words(res.output)
    res = invoke(runner, "init", str(tmp_path / "e"), "--criteria", str(MINI_PACK))
    assert "跳过" in res.output and "（已存在，未改动）" in res.output


def test_no_lang_branches_left_in_the_commands():
    from pathlib import Path

    import nsc_check.commands as package

    for path in Path(package.__file__).parent.glob("*.py"):
        source = path.read_text(encoding="utf-8")
        assert 'lang == "zh"' not in source and 'lang == "en"' not in source, path
        assert "help=" not in source, path


@pytest.mark.parametrize("path", [("assess",), ("validate",), ("criteria", "list"),
                                  ("form", "export"), ("batch",)])
def test_help_of_a_command_imports_no_heavy_library(path):
    """The help pages come from the catalogue: no pydantic, rich or openpyxl to start."""
    import subprocess
    import sys

    code = ("import sys; from nsc_check.cli import main\n"
            f"try:\n    main([*{list(path)!r}, '--help'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('pydantic', 'rich', 'ruamel.yaml', 'openpyxl', 'jinja2')"
            " if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_every_translated_click_text_is_still_clicks_own():
    """The `cli.click.*` codes are found by click's English text: if click rewords a message,
    this fails instead of the message silently turning English in a Chinese screen."""
    import ast
    from pathlib import Path

    msgids: set[str] = set()
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("_", "ngettext"):
                msgids.update(a.value for a in node.args
                              if isinstance(a, ast.Constant) and isinstance(a.value, str))
    msgids.add("required")  # click words this one through a variable: _(extra["required"])
    ours = {code: en for code, (_zh, en) in CATALOGUE.items() if code.startswith("cli.click.")}
    assert {code for code, en in ours.items() if en not in msgids} == set()


@pytest.mark.zh
def test_form_export_and_import_speak_chinese(runner, evidence_dir, tmp_path):
    book = tmp_path / "采集表.xlsx"
    res = invoke(runner, "form", "export", str(evidence_dir), "--criteria", str(MINI_PACK),
                 "-o", str(book), "--department", "环保局")
    assert res.exit_code == 0, res.output
    assert f"已写入 {book}（已按 {evidence_dir} 中的证据预先填写）" in res.output
    res = invoke(runner, "form", "import", str(tmp_path / "nope.xlsx"), "--into",
                 str(evidence_dir), "--criteria", str(MINI_PACK))
    assert res.exit_code == 2 and "找不到工作簿" in res.output and "发现 1 个问题" in res.output
    res = invoke(runner, "form", "import", str(book), "--into", str(evidence_dir), "--criteria",
                 str(MINI_PACK))
    assert res.exit_code == 0, res.output
    assert not english_words(res.output), res.output

