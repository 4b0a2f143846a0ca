"""The id of a pack (`id:` in pack.yaml) and of an overlay (`overlay: id:`) are input like every
other id: the same safe pattern (ids.py), refused with file, line and field by the loader and by
`nsc-check criteria check`, exit 2, never a traceback (issue 14)."""

from __future__ import annotations

import shutil

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK

from nsc_check.cli import main
from nsc_check.errors import InputError
from nsc_check.pack import load_pack

BAD_IDS = ["../x", "a/b", "/abs", "a:b", "a*b", "x" * 32, "a.", ".hidden", "a b", "nul", "city",
           "标准"]


@pytest.fixture
def pack_dir(tmp_path):
    target = tmp_path / "pack"
    shutil.copytree(MINI_PACK, target)
    return target


def with_pack_id(pack_dir, new_id: str):
    path = pack_dir / "pack.yaml"
    text = path.read_text(encoding="utf-8")
    assert "\nid: mini\n" in text
    path.write_text(text.replace("\nid: mini\n", f"\nid: '{new_id}'\n", 1), encoding="utf-8")
    return path.read_text(encoding="utf-8").splitlines().index(f"id: '{new_id}'") + 1


def overlay_with_id(tmp_path, new_id: str):
    overlay = tmp_path / "o.yaml"
    overlay.write_text(f"# an overlay\noverlay:\n  id: '{new_id}'\n  title: {{zh: 甲, en: A}}\n"
                       "policy: {min_score_pct: 60}\n", encoding="utf-8")
    return overlay


def refused(pack_dir, overlays=()):
    with pytest.raises(InputError) as err:
        load_pack(str(pack_dir), overlays)
    return err.value.problems


@pytest.mark.parametrize("bad", BAD_IDS)
def test_an_unsafe_pack_id_is_refused_at_its_line(pack_dir, bad):
    line = with_pack_id(pack_dir, bad)
    [problem] = refused(pack_dir)
    assert problem.code in ("packs.unsafe_id", "packs.reserved_id")
    assert problem.file.endswith("pack.yaml") and problem.line == line
    assert problem.field == "id"
    assert problem.hint.code == "packs.hint.safe_header_id"


@pytest.mark.parametrize("bad", BAD_IDS)
def test_an_unsafe_overlay_id_is_refused_at_its_line(tmp_path, bad):
    overlay = overlay_with_id(tmp_path, bad)
    [problem] = refused(MINI_PACK, [overlay])
    assert problem.code in ("packs.unsafe_id", "packs.reserved_id")
    assert problem.file == str(overlay) and problem.line == 3
    assert problem.field == "overlay.id"


@pytest.mark.parametrize("bad", ["../x", "a/b", "x" * 40])
def test_criteria_check_refuses_an_unsafe_pack_id(runner, pack_dir, bad):
    line = with_pack_id(pack_dir, bad)
    res = runner.invoke(main, ["criteria", "check", str(pack_dir)])
    assert res.exit_code == 2, res.output
    assert f"pack.yaml:{line}:" in res.output and "id: the id" in res.output and bad in res.output
    assert "Traceback" not in res.output and isinstance(res.exception, SystemExit)


@pytest.mark.parametrize("bad", ["../x", "a/b", "x" * 40])
def test_criteria_check_refuses_an_unsafe_overlay_id(runner, tmp_path, bad):
    overlay = overlay_with_id(tmp_path, bad)
    res = runner.invoke(main, ["criteria", "check", str(MINI_PACK), "--overlay", str(overlay)])
    assert res.exit_code == 2, res.output
    assert f"{overlay}:3:" in res.output and "overlay.id" in res.output and bad in res.output
    assert "Traceback" not in res.output


def test_assess_refuses_a_pack_with_an_unsafe_id_in_json(runner, pack_dir):
    with_pack_id(pack_dir, "../x")
    res = runner.invoke(main, ["assess", str(MINI_EVIDENCE), "--criteria", str(pack_dir),
                               "--format", "json"])
    assert res.exit_code == 2
    assert '"code": "packs.unsafe_id"' in res.stdout


@pytest.mark.parametrize("good", ["mini", "nsc-2010", "a", "A1.b_c-d", "x" * 31])
def test_safe_header_ids_are_accepted(pack_dir, tmp_path, good):
    with_pack_id(pack_dir, good)
    overlay = overlay_with_id(tmp_path, good)
    pack = load_pack(str(pack_dir), [overlay])
    assert pack.id == good


def test_a_pack_id_written_as_a_number_is_its_digits(pack_dir):
    path = pack_dir / "pack.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("\nid: mini\n", "\nid: 2010\n"),
                    encoding="utf-8")
    assert load_pack(str(pack_dir)).id == "2010"


@pytest.mark.zh
def test_an_unsafe_pack_id_reads_in_chinese(runner, pack_dir):
    with_pack_id(pack_dir, "../x")
    res = runner.invoke(main, ["criteria", "check", str(pack_dir)])
    assert res.exit_code == 2
    assert "编号“../x”不能使用" in res.output and "--criteria" in res.output
    assert "标准包和调整文件的编号" in res.output
