"""A failed write to stdout or stderr (a full disk behind `> file`, a pipe closed early, a stream
closed before the run): a message and exit code 2, or 141 for a pipe closed early; never a
traceback, never exit code 1 ("not ready"). Run as real processes: only the interpreter's own
streams are watched (output.run_watching_streams)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK, REPO

from nsc_check.output import EXIT_PIPE_CLOSED

FULL = Path("/dev/full")
needs_full = pytest.mark.skipif(not FULL.exists(), reason="needs /dev/full")

SAMPLE = str(REPO / "evidence")
MINI = ["--criteria", str(MINI_PACK)]


def _nsc(*args: str, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
         preexec=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "nsc_check", *args], stdout=stdout,
                          stderr=stderr, preexec_fn=preexec, text=True, env={**os.environ},
                          timeout=120)


# every command that prints, in each of its formats
COMMANDS = [
    ["assess", SAMPLE], ["assess", SAMPLE, "--format", "json"],
    ["assess", SAMPLE, "--format", "markdown"], ["assess", SAMPLE, "--format", "html"],
    ["validate", str(MINI_EVIDENCE), *MINI], ["validate", str(MINI_EVIDENCE), *MINI, "--format",
                                             "json"],
    ["status", str(MINI_EVIDENCE), *MINI], ["plan", SAMPLE], ["criteria", "list"],
    ["schema"], ["batch", str(MINI_EVIDENCE), *MINI, "--format", "json"],
    ["batch", str(MINI_EVIDENCE), *MINI], ["--help"], ["assess", "--help"],
]


@needs_full
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a).replace(str(REPO), "."))
def test_stdout_on_a_full_disk_is_said_and_exits_2(args):
    with FULL.open("w") as full:
        done = _nsc(*args, stdout=full)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("error: cannot write the output to standard output: "
                                  "No space left on device (what was written is incomplete"), \
        done.stderr


@needs_full
@pytest.mark.zh
def test_stdout_on_a_full_disk_is_said_in_chinese():
    with FULL.open("w") as full:
        done = _nsc("assess", SAMPLE, "--format", "json", stdout=full)
    assert done.returncode == 2
    assert done.stderr == (
        "错误: 无法把结果写到标准输出：磁盘空间不足（已写出的内容不完整，请勿使用）"
        "（提示：请检查输出重定向到的磁盘空间是否足够，或用 --output 写入文件）\n"
        "nsc-check：发现 1 个问题（请改正后重新运行命令）\n")
    with FULL.open("w") as full:  # --lang en on the command line wins
        done = _nsc("assess", SAMPLE, "--lang", "en", stdout=full)
    assert done.returncode == 2
    assert done.stderr.startswith("error: cannot write the output to standard output")


@pytest.mark.parametrize("args", [["assess", SAMPLE], ["assess", SAMPLE, "--format", "json"],
                                  ["batch", str(MINI_EVIDENCE), *MINI, "--format", "json"],
                                  ["criteria", "list"]],
                         ids=["assess", "assess-json", "batch-json", "criteria"])
def test_a_pipe_closed_early_stops_quietly_with_141(args):
    """`nsc-check assess | head -3`: the reader is gone; nothing said, no verdict's exit code."""
    process = subprocess.Popen([sys.executable, "-m", "nsc_check", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the command has written anything
    err = process.stderr.read()
    assert process.wait(timeout=120) == EXIT_PIPE_CLOSED == 141
    assert err == ""


def test_stdout_closed_before_the_run_is_refused_not_silent():
    """`nsc-check assess >&-`: the report would go nowhere; exit 2, not the verdict."""
    done = _nsc("assess", SAMPLE, stdout=None, preexec=lambda: os.close(1))
    assert done.returncode == 2
    assert "cannot write the output to standard output" in done.stderr
    assert "Traceback" not in done.stderr


@needs_full
def test_stderr_on_a_full_disk_exits_2_quietly():
    """Problems to say and stderr full: nowhere to say them; exit 2, never a traceback loop."""
    with FULL.open("w") as full:
        done = _nsc("assess", "/nonexistent-nsc-folder", stderr=full)
    assert done.returncode == 2
    done = _nsc("assess", "/nonexistent-nsc-folder", stderr=None, preexec=lambda: os.close(2))
    assert done.returncode == 2 and done.stdout == ""


@needs_full
def test_a_full_stderr_unused_leaves_the_run_as_it_was():
    with FULL.open("w") as full:
        done = _nsc("assess", SAMPLE, "--format", "json", stderr=full)
    assert done.returncode == 1  # the verdict: nothing was to be said on stderr
    assert done.stdout.startswith("{")
