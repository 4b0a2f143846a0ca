"""Packs, overlays and evidence folders are input: ids that could name a path or a sheet Excel
refuses, numbers written with underscores, files that are links, pipes or devices, NUL bytes and
UTF-16, attachments in hidden folders, JSON failures, a saved result with an id twice (issue 14)."""

from __future__ import annotations

import json
import os
import shutil
import sys

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK
from helpers import make_city

from nsc_check.cli import main
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack


@pytest.fixture
def pack_dir(tmp_path):
    target = tmp_path / "pack"
    shutil.copytree(MINI_PACK, target)
    return target


def edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def refused(pack_dir, overlays=()):
    with pytest.raises(InputError) as err:
        load_pack(str(pack_dir), overlays)
    return err.value.problems


@pytest.mark.parametrize("bad", ["../../x", "/abs", "a:b", "a*b", "a?b", "a[1]", "x" * 32,
                                 "city", "City", "_meta", "nul", "a.", ".hidden", "环卫"])
def test_a_department_id_that_could_name_a_path_or_a_sheet_is_refused(pack_dir, bad):
    edit(pack_dir / "pack.yaml", "  market: {", f"  '{bad}': {{")
    found = refused(pack_dir)
    unsafe = [p for p in found if p.code in ("packs.unsafe_id", "packs.reserved_id")]
    assert unsafe and unsafe[0].file.endswith("pack.yaml") and unsafe[0].line == 16, found


@pytest.mark.parametrize(("file", "old", "new", "line"), [
    ("S02-vectors.yaml", "  - id: S02.01", "  - id: S02/01", 4),
    ("S02-vectors.yaml", "{id: powder,", "{id: '../powder',", 9),
    ("S02-vectors.yaml", "id: S02\n", "id: 'S:02'\n", 1),
    ("basic-conditions.yaml", "id: B01", "id: 'B 01'", None),
])
def test_indicator_section_condition_and_measure_ids_are_checked_with_their_line(
        pack_dir, file, old, new, line):
    edit(pack_dir / file, old, new)
    found = [p for p in refused(pack_dir) if p.code == "packs.unsafe_id"]
    assert found and found[0].file.endswith(file), found
    assert line is None or found[0].line == line
    assert found[0].line is not None


def test_criteria_check_names_the_file_and_line(runner, pack_dir):
    edit(pack_dir / "pack.yaml", "  market: {", "  'a/b': {")
    res = runner.invoke(main, ["criteria", "check", str(pack_dir)])
    assert res.exit_code == 2 and "pack.yaml:16" in res.output and "a/b" in res.output


def test_an_overlay_department_is_checked_too(tmp_path):
    overlay = tmp_path / "o.yaml"
    overlay.write_text("overlay: {id: o, title: {zh: 甲, en: A}}\n"
                       "departments:\n  '../evil': {zh: 坏, en: bad}\n", encoding="utf-8")
    [p] = refused(MINI_PACK, [overlay])
    assert p.code == "packs.unsafe_id" and p.line == 3


def test_points_written_with_underscores_are_refused_as_in_evidence(pack_dir):
    edit(pack_dir / "pack.yaml", "points_total: 100", "points_total: 1_00")
    found = refused(pack_dir)
    assert any(p.code == "yaml.number_underscore" and p.line for p in found), found


def test_an_overlay_number_with_underscores_is_refused(tmp_path):
    overlay = tmp_path / "o.yaml"
    overlay.write_text("overlay: {id: o, title: {zh: 甲, en: A}}\npoints_total: '1_000'\n",
                       encoding="utf-8")
    [p] = refused(MINI_PACK, [overlay])
    assert p.code == "yaml.number_underscore" and p.line == 2


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and pipes")
def test_a_department_file_that_is_a_link_is_refused(mini_pack, tmp_path):
    folder = make_city(tmp_path / "city", {})
    outside = tmp_path / "aiwei.yaml"
    outside.write_text("department: aiwei\nevidence: {}\n", encoding="utf-8")
    (folder / "aiwei.yaml").symlink_to(outside)
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    assert [p.code for p in err.value.problems] == ["evidence.file_is_link"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_pipe_is_refused_by_name_not_skipped_or_called_missing(mini_pack, tmp_path):
    folder = make_city(tmp_path / "city", {})
    os.mkfifo(folder / "env.yaml")
    (folder / "city.yaml").unlink()
    os.mkfifo(folder / "city.yaml")
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    found = {(p.code, os.path.basename(p.file)) for p in err.value.problems}
    assert found == {("evidence.file_is_pipe", "city.yaml"), ("evidence.file_is_pipe", "env.yaml")}


def test_a_nul_byte_is_located_by_line(mini_pack, tmp_path):
    folder = make_city(tmp_path / "city", {})
    (folder / "env.yaml").write_bytes(b"department: env\nevidence:\n  S01.04: 7\x001\n")
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    [p] = err.value.problems
    assert p.code == "yaml.binary" and (p.line, p.column) == (3, 12)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_utf16_with_its_mark_is_read(mini_pack, tmp_path, encoding):
    folder = make_city(tmp_path / "city", {})
    text = "department: env\nevidence:\n  S01.04: 68 dB(A)\n"
    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (folder / "env.yaml").write_bytes(raw)
    evidence = load_evidence(folder, mini_pack, strict=False)
    assert "S01.04" in evidence.entries


def test_broken_utf16_is_refused_by_name(mini_pack, tmp_path):
    folder = make_city(tmp_path / "city", {})
    (folder / "env.yaml").write_bytes(b"\xff\xfe" + "department: env\n".encode("utf-16-le")
                                      + b"\x00\xdc")
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    assert [p.code for p in err.value.problems] == ["yaml.bad_utf16"]


@pytest.mark.zh
def test_broken_utf16_named_in_chinese(mini_pack, tmp_path):
    folder = make_city(tmp_path / "city", {})
    (folder / "env.yaml").write_bytes(b"\xff\xfe\x00\xdc")
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    assert "UTF-16" in err.value.problems[0].render("zh")


def test_validate_json_on_a_missing_folder_answers_in_json(runner, tmp_path):
    res = runner.invoke(main, ["validate", str(tmp_path / "nowhere"), "--criteria",
                               str(MINI_PACK), "--format", "json"])
    data = json.loads(res.stdout)
    assert res.exit_code == 2 and data["errors"] == 1
    assert data["problems"][0]["code"] == "cli.folder_not_found"


@pytest.mark.parametrize("command", [["assess"], ["status"], ["batch"], ["plan"]])
def test_every_json_refusal_is_json(runner, tmp_path, command):
    res = runner.invoke(main, [*command, str(tmp_path / "nowhere"), "--criteria", str(MINI_PACK),
                               "--format", "json"])
    assert res.exit_code == 2
    data = json.loads(res.stdout)
    assert data["refused"] is True and data["errors"] >= 1 and data["problems"][0]["text"]["en"]


def test_diff_refuses_a_result_with_an_id_twice(runner, tmp_path):
    saved = tmp_path / "before.json"
    res = runner.invoke(main, ["assess", str(MINI_EVIDENCE), "--criteria", str(MINI_PACK),
                               "--format", "json", "--output", str(saved)])
    assert res.exit_code in (0, 1), res.output
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["indicators"].append(dict(data["indicators"][0]))
    twice = tmp_path / "twice.json"
    twice.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    res = runner.invoke(main, ["diff", str(saved), str(twice)])
    assert res.exit_code == 2 and "twice.json" in res.output
    assert f"the id {data['indicators'][0]['id']} is in the result twice" in res.output


@pytest.mark.zh
def test_an_unsafe_department_reads_in_chinese(runner, pack_dir):
    edit(pack_dir / "pack.yaml", "  market: {", "  '../x': {")
    res = runner.invoke(main, ["criteria", "check", str(pack_dir)])
    assert res.exit_code == 2 and "编号“../x”不能使用" in res.output
    assert "Excel 工作表名" in res.output

