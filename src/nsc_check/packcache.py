"""A cache of validated packs between runs, so that a run skips parsing and checking the pack.

An entry is found by the pack's folder and overlays as named, and the working folder (one file
per such "slot", rewritten when anything changes), and used only when its key matches: a digest
of everything loading depends on, namely the bytes of every YAML file of the pack's folder and of
each overlay, their names, the code of nsc_check itself (each source file's name, size and time
of change, as Python decides whether compiled code is current), and the versions of Python,
pydantic and ruamel.yaml. The entry carries a digest of its own bytes too, checked before it is read.

Anything unusual (no cache folder, a file unreadable, corrupted, of another version, a folder not
writable) means no cache: the pack is loaded as if there were none, never a wrong pack. Only
packs that loaded without a problem are kept. The cache lives in `$XDG_CACHE_HOME/nsc-check`
(`~/.cache/nsc-check` by default); `NSC_NO_CACHE=1` turns it off. An entry is read only if this
user owns it and its folder and no one else may write to them (an entry is a pickle).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_MAGIC = b"nsc-check pack cache 1\n"
_DIGEST = 32  # sha256


def cache_dir() -> Path | None:
    """Where entries live, or None when the cache is off."""
    if os.environ.get("NSC_NO_CACHE", "").strip() not in ("", "0"):
        return None
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    if not base or not os.path.isabs(base):
        home = os.path.expanduser("~")
        if home == "~":
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "nsc-check" / "packs"


_code_digest: bytes | None = None


def _code() -> bytes:
    """A digest of nsc_check's own source: a changed model or check is a different pack."""
    global _code_digest
    if _code_digest is None:
        import pydantic
        import ruamel.yaml

        from . import __version__

        h = hashlib.sha256()
        for part in (__version__, sys.version, pydantic.VERSION, ruamel.yaml.__version__):
            h.update(part.encode() + b"\0")
        root = os.path.dirname(os.path.abspath(__file__))
        for name in _sources(root):
            # the size and time of change of each file, as Python itself decides whether a
            # module's compiled code is still its source's: reading every source in every run
            # cost more than the rest of finding the entry
            info = os.stat(os.path.join(root, name))
            h.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
        _code_digest = h.digest()
    return _code_digest


def _sources(root: str) -> list[str]:
    """The paths of nsc_check's *.py files under `root`, relative to it, sorted (os.walk rather
    than pathlib: this runs in every run, and pathlib's objects cost more than the stat calls)."""
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        rel = os.path.relpath(folder, root)
        found.extend(n if rel == "." else os.path.join(rel, n) for n in files if n.endswith(".py"))
    return sorted(found)


def key(folder: Path, overlays: Sequence[Path]) -> tuple[Path, bytes] | None:
    """The entry's file and the key its content must carry; None when the pack's files cannot be
    read as they are (loading then says why)."""
    where = cache_dir()
    if where is None:
        return None
    try:
        h = hashlib.sha256(_code())
        slot = hashlib.sha256()
        for part in (os.getcwd(), str(folder), *map(str, overlays)):
            slot.update(part.encode("utf-8", "surrogateescape") + b"\0")
        names = sorted(entry.name for entry in os.scandir(folder)
                       if entry.name.endswith((".yaml", ".yml")))
        for name in names:
            h.update(b"F" + name.encode("utf-8", "surrogateescape") + b"\0")
            _add_file(h, folder / name)
        for overlay in overlays:
            h.update(b"O")
            _add_file(h, overlay)
    except Exception:  # an unreadable file or folder: no cache, loading reports it
        return None
    h.update(slot.digest())
    return where / (slot.hexdigest()[:32] + ".pickle"), h.digest()


def _add_file(h: Any, path: Path) -> None:
    data = path.read_bytes()
    h.update(len(data).to_bytes(8, "little"))
    h.update(data)


def read(entry: tuple[Path, bytes]) -> Any:
    """The pack kept under this key, or None."""
    path, digest = entry
    try:
        if not (_private(path) and _private(path.parent)):
            return None
        data = path.read_bytes()
        head = len(_MAGIC)
        if not data.startswith(_MAGIC) or data[head:head + _DIGEST] != digest:
            return None
        payload = data[head + 2 * _DIGEST:]
        if hashlib.sha256(payload).digest() != data[head + _DIGEST:head + 2 * _DIGEST]:
            return None
        return pickle.loads(payload)
    except Exception:  # missing, unreadable, corrupted or from other code: load instead
        return None


def _private(path: Path) -> bool:
    """Whether only this user could have written `path` (POSIX): an entry is a pickle, run as
    code when read, so one in a folder others may write to is never read."""
    if not hasattr(os, "getuid"):
        return True
    info = os.stat(path)
    return info.st_uid == os.getuid() and not info.st_mode & 0o022


def write(entry: tuple[Path, bytes], pack: Any) -> None:
    """Keep the pack under this key, whole or not at all; never fails."""
    path, digest = entry
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        payload = pickle.dumps(pack, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as handle:
            handle.write(_MAGIC + digest + hashlib.sha256(payload).digest() + payload)
        os.replace(temp, path)
    except Exception:  # a read-only or full disk, another run writing the same: no cache
        try:
            temp.unlink()
        except OSError:
            pass
