"""Nothing lost: commands never change the evidence or criteria they read; output is whole or absent."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import click
import pytest
from conftest import REPO

from nsc_check.cli import main
from nsc_check.pack import bundled_packs_dir


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file and link under `folder` with the hash of its bytes (or its target)."""
    out = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[rel] = "link:" + os.readlink(path)
        elif path.is_file():
            out[rel] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            out[rel] = "dir"
    return out


def _choices(command: click.Command, name: str) -> list[str]:
    param = next((p for p in command.params if p.name == name), None)
    return list(getattr(param.type, "choices", [])) if param is not None else []


def _takes(command: click.Command, name: str) -> bool:
    return any(p.name == name for p in command.params)


def reading_commands(evidence: Path, pack: Path, out: Path) -> list[list[str]]:
    """Every command that reads evidence or criteria without being asked to write them."""
    commands = main.commands
    runs = [["assess", str(evidence), "--criteria", str(pack)],
            ["assess", str(evidence), "--criteria", str(pack), "--keep-going", "--lang", "en"]]
    for fmt in _choices(commands["assess"], "fmt"):
        runs.append(["assess", str(evidence), "--criteria", str(pack), "--format", fmt,
                     "--output", str(out / f"report.{fmt}")])
    for name in ("validate", "batch"):
        if name in commands:
            for fmt in _choices(commands[name], "fmt") or [None]:
                runs.append([name, str(evidence), "--criteria", str(pack)]
                            + (["--format", fmt] if fmt else []))
    criteria = commands["criteria"].commands  # type: ignore[attr-defined]
    runs.append(["criteria", "check", str(pack)])
    runs.append(["criteria", "kinds"])
    if "list" in criteria:
        runs.append(["criteria", "list", "--criteria", str(pack)])
    if "show" in criteria:
        runs += [["criteria", "show", item, "--criteria", str(pack)] for item in ("S03.04", "B05")]
    runs.append(["schema", "--output", str(out / "schema.json")])
    return runs


def test_no_command_changes_the_evidence_or_criteria_it_reads(runner, tmp_path):
    evidence = tmp_path / "evidence"
    pack = tmp_path / "pack"
    shutil.copytree(REPO / "evidence", evidence, symlinks=True)
    shutil.copytree(bundled_packs_dir() / "nsc-2010", pack)
    out = tmp_path / "out"
    out.mkdir()
    before = (tree_digest(evidence), tree_digest(pack))
    for args in reading_commands(evidence, pack, out):
        result = runner.invoke(main, args)
        assert result.exit_code in (0, 1), (args, result.output)
        assert (tree_digest(evidence), tree_digest(pack)) == before, args
    assert len(list(out.iterdir())) >= 3  # the reports were written where asked, not beside the input


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_an_interrupted_write_leaves_the_old_report_whole(runner, tmp_path, monkeypatch, failing):
    import nsc_check.output as output

    report = tmp_path / "report.json"
    report.write_text("the previous report\n", encoding="utf-8")

    def fail(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output.os, failing, fail)
    result = runner.invoke(main, ["assess", str(REPO / "evidence"), "--format", "json",
                                  "--output", str(report)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert str(report) in result.stderr and "No space left on device" in result.stderr
    assert report.read_text(encoding="utf-8") == "the previous report\n"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]  # no temporary file left


def test_a_finished_write_replaces_the_old_report(runner, tmp_path):
    report = tmp_path / "report.json"
    report.write_text("the previous report\n", encoding="utf-8")
    result = runner.invoke(main, ["assess", str(REPO / "evidence"), "--format", "json",
                                  "--output", str(report)])
    assert result.exit_code in (0, 1)
    assert report.read_text(encoding="utf-8").startswith("{")
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_output_files_get_ordinary_permissions(tmp_path):
    import os

    from nsc_check.output import write_atomically

    old = os.umask(0o022)
    try:
        fresh = tmp_path / "report.txt"
        write_atomically(fresh, "x")
        assert fresh.stat().st_mode & 0o777 == 0o644
        shared = tmp_path / "shared.txt"
        shared.write_text("old", encoding="utf-8")
        shared.chmod(0o664)
        write_atomically(shared, "new")
        assert shared.stat().st_mode & 0o777 == 0o664 and shared.read_text() == "new"
    finally:
        os.umask(old)


def test_a_pipe_or_device_is_written_to_not_replaced(runner, tmp_path):
    """`--output /dev/null` or a named pipe: the bytes go there; the path stays what it was."""
    import stat
    import threading

    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()), daemon=True)
    reader.start()
    result = runner.invoke(main, ["assess", str(REPO / "evidence"), "--format", "json",
                                  "--output", str(pipe)])
    reader.join(timeout=10)
    assert result.exit_code in (0, 1), result.output
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert received and received[0].startswith(b"{")
    assert [p.name for p in tmp_path.iterdir()] == ["pipe"]  # no temporary file left either


def test_writing_through_a_link_replaces_the_file_it_names(tmp_path):
    from nsc_check.output import write_atomically

    target = tmp_path / "reports" / "latest.txt"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.txt"
    link.symlink_to(target)
    write_atomically(link, "new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "new"


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc")
def test_standard_output_as_a_pipe_is_written_to():
    """`-o /dev/stdout | less`: /dev/stdout names a pipe through /proc; write into it (resolving
    the link first would name `pipe:[…]`, which is no file)."""
    from nsc_check.output import write_atomically

    read_end, write_end = os.pipe()
    try:
        write_atomically(Path(f"/proc/self/fd/{write_end}"), "report\n")
        os.close(write_end)
        write_end = -1
        assert os.read(read_end, 100) == b"report\n"
    finally:
        os.close(read_end)
        if write_end != -1:
            os.close(write_end)
