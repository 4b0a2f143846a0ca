"""Writing output files whole or not at all."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

from .errors import Detail, InputError
from .messages import msg


def write_atomically(path: Path, data: str | bytes | Iterable[str | bytes]) -> None:
    """Write to a temporary file beside `path`, then rename over it: never a half-written file.

    `data` may come in pieces (an iterable), so that a large report is never whole in memory.
    A symbolic link is followed, so the file it names is replaced and the link stays; a device or
    pipe (`-o /dev/null`) is written to as it is, never replaced by a file.
    """
    parts = [data] if isinstance(data, (str, bytes)) else data
    if _is_stream(path):  # /dev/null, /dev/stdout, a named pipe: written to, never replaced
        try:
            with open(path, "wb") as handle:
                _write_parts(handle, parts)
        except OSError as exc:
            raise _cannot_write(path, exc) from None
        return
    path = Path(os.path.realpath(path))  # through a link, to the file it names (kept a link)
    folder = path.parent
    import tempfile  # here: `--help` imports this module and needs none of it

    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _cannot_write(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_parts(handle, parts)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk or a read-only folder: a message, not a trace
            raise _cannot_write(path, exc) from None
        raise


def _write_parts(handle: BinaryIO, parts: Iterable[str | bytes]) -> None:
    for part in parts:
        handle.write(part.encode("utf-8") if isinstance(part, str) else part)


def _is_stream(path: Path) -> bool:
    """A device, pipe or socket: a place to send bytes to, not a file to replace."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISBLK(mode)


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
    return InputError.single(msg("yaml.cannot_write", detail=Detail.of_os_error(exc)), path,
                             hint=msg("yaml.hint.writable"))


def make_folder(path: Path) -> None:
    """Create a folder to write into (and its parents); a message, not a trace, if it cannot be."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError.single(msg("yaml.cannot_create_folder",
                                    detail=Detail.of_os_error(exc)), path,
                                hint=msg("yaml.hint.folder_path")) from None
