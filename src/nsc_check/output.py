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
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk or a read-only folder: a message, not a trace
            raise _cannot_write(path, exc) from None
        raise


def _cannot_write(path: Path, exc: OSError) -> InputError:
    return InputError.single(
        f"cannot write the file: {exc.strerror or exc} (an existing file is left unchanged)", path,
        hint="check the folder exists, is writable and has space")
