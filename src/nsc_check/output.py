"""Writing output files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .errors import InputError


def write_atomically(path: Path, data: str | bytes | Iterable[str | bytes]) -> None:
    """Write to a temporary file beside `path`, then rename over it: never a half-written file.

    `data` may come in pieces (an iterable), so that a large report is never whole in memory.
    """
    parts = [data] if isinstance(data, (str, bytes)) else data
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in parts:
                handle.write(part.encode("utf-8") if isinstance(part, str) else part)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk or a read-only folder: a message, not a trace
            raise _cannot_write(path, exc) from None
        raise


def _mode_for(path: Path) -> int:
    """The mode the file would have if written in place: an existing file's, else the umask's
    (mkstemp makes temporary files private, which a shared report must not stay)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _cannot_write(path: Path, exc: OSError) -> InputError:
    return InputError.single(
        f"cannot write the file: {exc.strerror or exc} (an existing file is left unchanged)", path,
        hint="check the folder exists, is writable and has space")


def make_folder(path: Path) -> None:
    """Create a folder to write into (and its parents); a message, not a trace, if it cannot be."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError.single(f"cannot create the folder: {exc.strerror or exc}", path,
                                hint="give a folder path that is not a file and is writable"
                                ) from None
