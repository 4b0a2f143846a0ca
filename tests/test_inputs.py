"""Paths that are there but are not what was asked for (found by the adversarial tester): a
folder, a pipe, a device, something out of reach is said to be that, never "not found"; an
attachments folder that cannot be read or is a file is said so, and never makes a document count
as missing or as there."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MINI_PACK
from helpers import make_city, save_result

from nsc_check.assess import assess
from nsc_check.cli import main
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence

RULES = "  B04: {regulation: attachments/rules.pdf}\n"


def _refused(pack, folder):
    with pytest.raises(InputError) as err:
        load_evidence(folder, pack)
    return err.value.problems


def _deny(monkeypatch, below: Path) -> None:
    """`os.lstat` refused for anything inside `below`, as for a folder chmod 000 (the tests run
    as root, who may read any folder)."""
    real = os.lstat

    def lstat(path, *args, **kwargs):
        if os.path.dirname(os.fspath(path)) == str(below):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "lstat", lstat)


@pytest.mark.zh
def test_an_unreadable_attachments_folder_is_said_so_not_missing(mini_pack, tmp_path,
                                                                 monkeypatch):
    folder = make_city(tmp_path, {"aiwei": RULES})
    (folder / "attachments").mkdir()
    (folder / "attachments" / "rules.pdf").write_bytes(b"%PDF")
    _deny(monkeypatch, folder / "attachments")
    [p] = _refused(mini_pack, folder)
    assert p.file.endswith("aiwei.yaml") and p.line == 3
    assert p.render("zh").endswith(
        "错误: evidence.B04.regulation：无法查看文件夹“attachments”（没有读取权限），因此无法确认"
        "附件“attachments/rules.pdf”是否存在（提示：请让管理员开放文件夹“attachments”的读取权限，"
        "或把附件复制到能读取的文件夹中，再重新运行）")
    assert "缺少" not in p.render("zh") and "找不到" not in p.render("zh")


def test_an_unreadable_attachments_folder_leaves_the_document_unjudged(mini_pack, tmp_path,
                                                                       monkeypatch):
    """Going on (--keep-going) the entry is invalid: neither met nor a missing document."""
    folder = make_city(tmp_path, {"aiwei": RULES})
    (folder / "attachments").mkdir()
    (folder / "attachments" / "rules.pdf").write_bytes(b"%PDF")
    _deny(monkeypatch, folder / "attachments")
    evidence = load_evidence(folder, mini_pack, strict=False)
    assert "attachments/rules.pdf" not in evidence.attachments
    b04 = next(c for c in assess(mini_pack, evidence).conditions if c.id == "B04")
    assert b04.status == "undetermined"  # neither met nor not met
    assert "cannot be read (permission denied)" in b04.messages[0].en


@pytest.mark.zh
def test_a_file_where_the_attachments_folder_should_be_is_said_so(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"aiwei": RULES})
    (folder / "attachments").write_bytes(b"not a folder")
    [p] = _refused(mini_pack, folder)
    assert p.line == 3 and p.render("zh").endswith(
        "evidence.B04.regulation：“attachments”是一个文件，不是文件夹，附件“attachments/rules.pdf”"
        "不可能在它里面（提示：请把附件放进名为“attachments”的文件夹（同名的文件请先改名或移走），"
        "或改正附件的路径）")
    evidence = load_evidence(folder, mini_pack, strict=False)
    assert next(c for c in assess(mini_pack, evidence).conditions if c.id == "B04"
                ).status == "undetermined"


def test_a_missing_attachment_in_a_readable_folder_is_still_a_gap(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"aiwei": RULES})
    (folder / "attachments").mkdir()
    b04 = next(c for c in assess(mini_pack, load_evidence(folder, mini_pack)).conditions
               if c.id == "B04")
    assert b04.status == "not_met"


# --- paths given on the command line ----------------------------------------------------------

def _saved(runner, evidence_dir, tmp_path) -> Path:
    return save_result(runner, evidence_dir, tmp_path / "a.json")


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    return fifo


@pytest.mark.zh
def test_a_pipe_given_to_diff_is_refused_as_a_pipe(runner, evidence_dir, tmp_path):
    saved = _saved(runner, evidence_dir, tmp_path)
    fifo = _fifo(tmp_path)
    res = runner.invoke(main, ["diff", str(fifo), str(saved)])
    assert res.exit_code == 2 and "找不到" not in res.output
    assert f"{fifo}: 错误: 这是管道（例如命令行里的 <(…)），不是普通文件：本程序不从管道读取" \
           "（提示：请先把内容保存成文件，再给出该文件的路径）" in res.output


@pytest.mark.zh
def test_a_device_given_to_diff_is_refused_as_a_device(runner, evidence_dir, tmp_path):
    saved = _saved(runner, evidence_dir, tmp_path)
    res = runner.invoke(main, ["diff", str(saved), os.devnull])
    assert res.exit_code == 2
    assert f"{os.devnull}: 错误: 这是设备或特殊文件，不是普通文件，无法读取（提示：请给出一个普通文件的路径）" \
           in res.output


@pytest.mark.skipif(sys.platform == "win32" or not Path("/bin/bash").exists(),
                    reason="process substitution is bash's")
def test_process_substitution_is_refused_clearly_not_not_found(evidence_dir, tmp_path):
    """`nsc-check diff <(cat a.json) b.json`: /dev/fd/63 is a pipe, refused as one (exit 2)."""
    from click.testing import CliRunner
    saved = _saved(CliRunner(), evidence_dir, tmp_path)
    import nsc_check
    code = Path(nsc_check.__file__).parents[1]  # the code under test, as the tests import it
    env = {**os.environ, "PYTHONPATH": str(code), "NSC_LANG": "en"}
    run = subprocess.run(["/bin/bash", "-c", f'"{sys.executable}" -m nsc_check diff '
                          f'<(cat "{saved}") "{saved}"'], capture_output=True, text=True, env=env,
                         timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "this is a pipe (such as <(…) on a command line), not a plain file" in run.stderr
    assert "not found" not in run.stderr


@pytest.mark.zh
@pytest.mark.parametrize("make", ["folder", "fifo"])
def test_an_overlay_that_is_no_file_is_said_so(runner, evidence_dir, tmp_path, make):
    """Refused before the pack cache reads it (a FIFO would be waited on for ever)."""
    path = tmp_path / "overlay"
    path.mkdir() if make == "folder" else os.mkfifo(path)
    res = runner.invoke(main, ["validate", str(evidence_dir), "--criteria", str(MINI_PACK),
                               "--overlay", str(path)])
    assert res.exit_code == 2 and "找不到" not in res.output
    said = "这是文件夹，不是文件（提示：请给出文件本身的路径，而不是它所在的文件夹）" if make == "folder" \
        else "这是管道"
    assert f"{path}: 错误: {said}" in res.output


@pytest.mark.zh
def test_costs_that_are_a_folder_are_said_so(runner, evidence_dir, tmp_path):
    res = runner.invoke(main, ["plan", str(evidence_dir), "--criteria", str(MINI_PACK),
                                "--costs", str(tmp_path)])
    assert res.exit_code == 2
    assert f"{tmp_path}: 错误: 这是文件夹，不是文件" in res.output and "找不到" not in res.output


@pytest.mark.zh
def test_a_workbook_that_is_a_pipe_is_said_so(runner, tmp_path):
    fifo = _fifo(tmp_path)
    res = runner.invoke(main, ["form", "import", str(fifo), "--into", str(tmp_path / "out")])
    assert res.exit_code == 2 and f"{fifo}: 错误: 这是管道" in res.output
    assert "找不到工作簿" not in res.output


@pytest.mark.zh
@pytest.mark.parametrize("command", ["assess", "validate"])
def test_an_evidence_folder_that_is_a_device_is_not_missing(runner, command):
    res = runner.invoke(main, [command, os.devnull])
    assert res.exit_code == 2
    assert f"{os.devnull}: 错误: 这不是文件夹（提示：请给出存放 city.yaml 和各部门文件的文件夹）" in res.output


@pytest.mark.zh
def test_a_file_out_of_reach_is_said_so(runner, evidence_dir, tmp_path, monkeypatch):
    """A file in a folder that cannot be read (permission) is not "not found"."""
    saved = _saved(runner, evidence_dir, tmp_path)
    real = os.stat

    def stat(path, *args, **kwargs):
        if os.fspath(path) == str(saved):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    res = runner.invoke(main, ["diff", str(saved), str(saved)])
    assert res.exit_code == 2 and "找不到" not in res.output
    assert f"{saved}: 错误: 没有权限查看它（它或它所在的文件夹不允许读取）（提示：请让管理员开放读取权限，" \
           "或把它复制到您能读取的位置后再运行）" in res.output


@pytest.mark.zh
def test_missing_inputs_are_still_not_found(runner, evidence_dir, tmp_path):
    gone = tmp_path / "gone.json"
    res = runner.invoke(main, ["diff", str(gone), str(gone)])
    assert "找不到该文件" in res.output
    res = runner.invoke(main, ["validate", str(evidence_dir), "--criteria", str(MINI_PACK),
                               "--overlay", str(gone)])
    assert "找不到调整文件" in res.output
    shutil.rmtree(evidence_dir)
    res = runner.invoke(main, ["assess", str(evidence_dir)])
    assert "找不到证据文件夹" in res.output


def _no_listing(monkeypatch, folder: Path, search: bool = True) -> None:
    """The folder cannot be looked into, as for a folder chmod 000 or 444 (the tests run as
    root): not listed (scandir), and, unless `search`, its files not reached (no x: a folder
    that cannot be read at all is refused by the command line already, as click checks)."""
    real_access, real_scandir = os.access, os.scandir

    def access(path, mode, *args, **kwargs):
        if os.fspath(path) == str(folder) and mode & os.X_OK:
            return False
        return real_access(path, mode, *args, **kwargs)

    def scandir(path="."):
        if os.fspath(path) == str(folder):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    if not search:
        monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.zh
@pytest.mark.parametrize("command", ["assess", "validate"])
def test_an_evidence_folder_that_cannot_be_read_is_said_so(runner, evidence_dir, monkeypatch,
                                                           command):
    """A folder whose files cannot be reached (no x permission): not "city.yaml is missing",
    not a traceback."""
    _no_listing(monkeypatch, evidence_dir, search=False)
    res = runner.invoke(main, [command, str(evidence_dir), "--criteria", str(MINI_PACK)])
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit)
    assert f"{evidence_dir}: 错误: 没有权限查看它（它或它所在的文件夹不允许读取）" in res.output
    assert "city.yaml" not in res.output


@pytest.mark.zh
def test_a_form_imported_into_a_folder_that_cannot_be_listed_is_refused(runner, evidence_dir,
                                                                        tmp_path, monkeypatch):
    book = tmp_path / "form.xlsx"
    res = runner.invoke(main, ["form", "export", str(evidence_dir), "-o", str(book),
                               "--criteria", str(MINI_PACK)])
    assert res.exit_code == 0, res.output
    _no_listing(monkeypatch, evidence_dir)
    res = runner.invoke(main, ["form", "import", str(book), "--into", str(evidence_dir),
                               "--criteria", str(MINI_PACK)])
    assert res.exit_code == 2 and isinstance(res.exception, SystemExit)
    assert f"{evidence_dir}: 错误: 没有权限查看它" in res.output
    assert "一个文件也没有写" in res.output


@pytest.mark.zh
@pytest.mark.parametrize("make, said", [
    ("folder", "“attachments/rules.pdf”是一个文件夹，不是文件（提示：请写出文件夹中那份文件的路径，例如 "
               "attachments/规定.pdf）"),
    ("fifo", "“attachments/rules.pdf”不是普通文件（是管道、设备或其他特殊文件）（提示：请把文件复制到证据文件夹中）"),
])
def test_an_attachment_that_is_no_file_is_said_so_not_missing(mini_pack, tmp_path, make, said):
    folder = make_city(tmp_path, {"aiwei": RULES})
    (folder / "attachments").mkdir()
    target = folder / "attachments" / "rules.pdf"
    target.mkdir() if make == "folder" else os.mkfifo(target)
    [p] = _refused(mini_pack, folder)
    assert p.line == 3 and p.render("zh").endswith(f"evidence.B04.regulation：{said}")
    assert "不存在" not in p.render("zh")
