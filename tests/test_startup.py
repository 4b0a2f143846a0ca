"""What the command line does for its own start-up and exit (issue #15): pydantic's plugins
turned off unless the user chose, and a whole process that still writes everything it printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner
from conftest import REPO

from nsc_check.cli import main

_SHOW = "import os, nsc_check.cli; print(repr(os.environ.get('PYDANTIC_DISABLE_PLUGINS')))"


def _env(**values: str | None) -> dict[str, str]:
    env = dict(os.environ)
    for name, value in values.items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    return env


@pytest.mark.parametrize(("given", "seen"), [(None, "'__all__'"), ("", "''"),
                                             ("logfire", "'logfire'"), ("1", "'1'")])
def test_the_cli_turns_pydantic_plugins_off_unless_the_user_chose(given, seen):
    out = subprocess.run([sys.executable, "-c", _SHOW], capture_output=True, text=True, check=True,
                         env=_env(PYDANTIC_DISABLE_PLUGINS=given))
    assert out.stdout.strip() == seen


def test_plugins_are_off_before_any_model_class_is_built():
    """The switch is read when a model class is built: importing the command line builds none."""
    code = ("import sys, nsc_check.cli\n"
            "print(sorted(m for m in ('pydantic', 'nsc_check.result') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=_env(PYDANTIC_DISABLE_PLUGINS=None))
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("fmt", ["table", "json"])
def test_a_whole_run_prints_and_writes_what_the_command_made(tmp_path, fmt):
    """The process's exit (its collector frozen) loses nothing: stdout, a file and the exit code
    are those of the same command run in this process."""
    args = ["assess", str(REPO / "evidence"), "--format", fmt]
    here = CliRunner().invoke(main, args)
    whole = subprocess.run([sys.executable, "-m", "nsc_check", *args], capture_output=True,
                           text=True, env=_env(COLUMNS="80"))
    assert whole.returncode == here.exit_code == 1
    if fmt == "json":
        assert json.loads(whole.stdout) == json.loads(here.output)
    assert whole.stdout.count("\n") == here.output.count("\n")
    written = tmp_path / f"report.{fmt}"
    done = subprocess.run([sys.executable, "-m", "nsc_check", *args, "-o", str(written)],
                          capture_output=True, text=True)
    assert done.returncode == 1 and done.stdout == ""
    assert written.read_text(encoding="utf-8") == here.output if fmt == "json" else (
        written.read_text(encoding="utf-8").count("\n") > 20)


def test_no_model_field_defaults_to_a_built_in_list():
    """`Field(default_factory=list)` makes pydantic compile the tokenizer's regular expression in
    every run (fields.py): model fields use `empty_list`."""
    import ast
    from pathlib import Path

    import nsc_check

    found = []
    for path in Path(nsc_check.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Field":
                for keyword in node.keywords:
                    value = keyword.value
                    if (keyword.arg == "default_factory" and isinstance(value, ast.Name)
                            and value.id in ("list", "tuple")):
                        found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_the_pack_cache_is_keyed_by_every_source_file_of_nsc_check():
    """packcache's key covers nsc_check's own code, subpackages included: a changed check or
    model is a different pack."""
    from pathlib import Path

    from nsc_check import packcache

    root = Path(packcache.__file__).parent
    expected = sorted(str(p.relative_to(root)) for p in root.rglob("*.py"))
    assert packcache._sources(str(root)) == expected
    assert {"kinds/base.py", "messages/ui.py", "report/terminal.py", "packcache.py"} <= set(expected)


def test_a_caller_keeps_its_garbage_collector():
    """A command runs without the cyclic collector (its objects live until it ends); a caller
    that goes on (tests, tools) has it back as it was, for a batch too."""
    import gc

    for args in (["assess", str(REPO / "evidence")], ["batch", str(REPO / "evidence"), "-j", "1"]):
        assert gc.isenabled()
        CliRunner().invoke(main, args)
        assert gc.isenabled()
    gc.disable()
    try:
        for args in (["assess", str(REPO / "evidence")],
                     ["batch", str(REPO / "evidence"), "-j", "1"]):
            CliRunner().invoke(main, args)
            assert not gc.isenabled()
    finally:
        gc.enable()
