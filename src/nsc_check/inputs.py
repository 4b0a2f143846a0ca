"""What a path given on the command line is, looked at once before it is read: a file asked
for must be a plain file, a folder asked for a folder. What it really is is said (a folder, a
pipe, a device, out of reach), never "not found" for a path that is there.

A pipe (`<(cat a.json)`, a FIFO) is refused, not read: some inputs are read twice (an overlay
for the pack cache's key and again to apply it; a workbook is a zip read out of order and
hashed), a pipe's size is not known before it is read (the size limit could not be kept), and a
FIFO without a writer would wait for ever. Saving the content to a file first costs one step."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import Detail, InputError
from .messages import Msg, msg

_MISSING = (errno.ENOENT, errno.ENOTDIR)


def _mode(path: Path | str, missing: Msg, hint: Msg | None) -> int:
    """What is at `path` (through a link too); `missing` (with `hint`) when nothing is, and why
    it could not be looked at otherwise."""
    try:
        return os.stat(path).st_mode
    except OSError as exc:
        if exc.errno in _MISSING:
            raise InputError.single(missing, str(path), hint=hint) from None
        raise _out_of_reach(exc, str(path)) from None


def check_file(path: Path | str, missing: Msg, hint: Msg | None = None,
               folder: Msg | None = None) -> None:
    """Refuse `path` unless it is a plain file (through a link too): `missing` (with `hint`)
    when there is nothing there, `folder` (else the general words) when it is a folder, and what
    it is otherwise. A plain file that cannot be read is left to its reader, which says so."""
    file = str(path)
    mode = _mode(path, missing, hint)
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise InputError.single(folder or msg("cli.input.is_folder"), file,
                                hint=msg("cli.hint.input_file") if folder is None else hint)
    pipe = stat.S_ISFIFO(mode)
    raise InputError.single(msg("cli.input.is_pipe" if pipe else "cli.input.is_device"), file,
                            hint=msg("cli.hint.save_to_file" if pipe else "cli.hint.plain_file"))


def check_folder(path: Path | str, missing: Msg, hint: Msg | None = None) -> None:
    """Refuse `path` unless it is a folder: `missing` (with `hint`) when there is nothing
    there, and what it is otherwise (a file, a pipe, a device, out of reach)."""
    file = str(path)
    mode = _mode(path, missing, hint)
    if not stat.S_ISDIR(mode):
        raise InputError.single(msg("cli.input.not_a_folder"), file, hint=hint)
    if not os.access(path, os.R_OK | os.X_OK):  # there, but its files cannot be listed or read
        raise _out_of_reach(PermissionError(errno.EACCES, os.strerror(errno.EACCES)), file)


def _out_of_reach(exc: OSError, file: str) -> InputError:
    """Why a path that may be there cannot be looked at, and what to do."""
    why = msg("cli.input.no_permission") if exc.errno in (errno.EACCES, errno.EPERM) \
        else msg("cli.input.cannot_look", detail=Detail.of_os_error(exc))
    return InputError.single(why, file, hint=msg("cli.hint.permission"))
