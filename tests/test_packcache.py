"""The cache of validated packs between runs (packcache.py): the same pack as loading it, and
never a wrong one: changed bytes, a corrupted or unwritable cache all mean loading again."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import DATA, MINI_PACK

from nsc_check import packcache
from nsc_check.errors import InputError
from nsc_check.pack import load_pack

OVERLAY = DATA / "overlays" / "mini-province.yaml"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("NSC_NO_CACHE", raising=False)
    return tmp_path / "cache" / "nsc-check" / "packs"


@pytest.fixture
def pack_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(MINI_PACK, tmp_path / "pack"))


def entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.pickle")) if cache.is_dir() else []


def uncached(folder: str, overlays: tuple[str, ...] = ()) -> object:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("NSC_NO_CACHE", "1")
        return load_pack(folder, overlays)


@pytest.mark.parametrize("overlays", [(), (str(OVERLAY),)])
def test_a_cached_pack_is_the_loaded_pack(cache, overlays):
    first = load_pack(str(MINI_PACK), overlays)
    assert len(entries(cache)) == 1
    again = load_pack(str(MINI_PACK), overlays)
    assert again is not first
    assert again == first == uncached(str(MINI_PACK), overlays)
    assert again.model_dump_json() == first.model_dump_json()
    assert [i.id for i in again.indicators()] == [i.id for i in first.indicators()]


def test_changed_bytes_load_again(cache, pack_copy):
    assert load_pack(str(pack_copy)).header.title.en == "Mini test standard"
    header = pack_copy / "pack.yaml"
    header.write_text(header.read_text(encoding="utf-8").replace("en: Mini test standard",
                                                                 "en: Mini test standard 2"),
                      encoding="utf-8")
    changed = load_pack(str(pack_copy))
    assert changed.header.title.en == "Mini test standard 2"
    assert changed == uncached(str(pack_copy))
    assert len(entries(cache)) == 1  # the same slot, rewritten


def test_a_broken_file_is_refused_though_the_pack_was_cached(cache, pack_copy):
    load_pack(str(pack_copy))
    (pack_copy / "pack.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_pack(str(pack_copy))
    assert len(entries(cache)) == 1  # a refused pack is never kept


def test_a_new_section_file_counts(cache, pack_copy):
    load_pack(str(pack_copy))
    (pack_copy / "zz-extra.yaml").write_text("not: a section\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_pack(str(pack_copy))


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_corrupted_entry_loads_again(cache, damage):
    expected = load_pack(str(MINI_PACK))
    (entry,) = entries(cache)
    data = entry.read_bytes()
    damaged = {"truncate": data[: len(data) // 2],
               "flip": data[:-10] + bytes([data[-10] ^ 0xFF]) + data[-9:],
               "garbage": b"\x80\x05garbage",
               "empty": b""}[damage]
    entry.write_bytes(damaged)
    assert load_pack(str(MINI_PACK)) == expected
    assert entry.read_bytes() == data  # rewritten whole


def test_an_unwritable_cache_is_no_cache(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert load_pack(str(MINI_PACK)) == uncached(str(MINI_PACK))


def test_off_writes_nothing(cache, monkeypatch):
    monkeypatch.setenv("NSC_NO_CACHE", "1")
    load_pack(str(MINI_PACK))
    assert not entries(cache)
    assert packcache.cache_dir() is None


def test_a_relative_cache_home_is_ignored(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert packcache.cache_dir() == tmp_path / ".cache" / "nsc-check" / "packs"


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX permissions")
def test_an_entry_others_may_write_is_not_read(cache):
    expected = load_pack(str(MINI_PACK))
    (entry,) = entries(cache)
    planted = load_pack(str(MINI_PACK))
    planted.header.edition = "planted"
    entry.write_bytes(entry.read_bytes())  # still valid, as is
    key = packcache.key(MINI_PACK, [])
    assert key is not None
    packcache.write(key, planted)
    assert load_pack(str(MINI_PACK)).header.edition == "planted"  # this user's own entry is read
    entry.chmod(0o666)
    assert load_pack(str(MINI_PACK)).header.edition == expected.header.edition
    entry.chmod(0o600)
    packcache.write(key, planted)
    cache.chmod(0o777)
    try:
        assert load_pack(str(MINI_PACK)).header.edition == expected.header.edition
    finally:
        cache.chmod(0o700)
