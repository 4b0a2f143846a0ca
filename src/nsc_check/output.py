"""Writing output files whole or not at all."""

from __future__ import annotations

import errno
import io
import os
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO, TextIO, TypeVar

from .errors import Detail, InputError
from .messages import Lang, msg

T = TypeVar("T")


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


# ---------------------------------------------------------------------------------------------
# The standard streams: a failed write to stdout or stderr (a full disk behind `> file`, a pipe
# closed early by `| head`) ends the run with a message and an exit code no verdict has, never a
# traceback and never exit code 1 ("not ready").

# The exit code of a run whose reader closed the pipe early (`| head`): what a shell reports for a
# process ended by SIGPIPE (128 + 13), as for other Unix tools; no verdict has it.
EXIT_PIPE_CLOSED = 141
EXIT_BAD_OUTPUT = 2  # = bad input: what `--output` gives for a file it cannot write

_STREAMS = ("stdout", "stderr")


class _Failure:
    """What a standard stream's raw file remembers: its first failed write. After it, what is
    written is dropped: the run is ending, and nothing more can reach that stream (nor must the
    interpreter's last flush print a trace of its own)."""

    failure: OSError | None = None

    def _watched_write(self, write: Any, data: Any) -> int:
        if self.failure is not None:
            return memoryview(data).nbytes
        try:
            return int(write(data))
        except OSError as exc:
            self.failure = exc
            raise


class _WatchedFile(_Failure, io.FileIO):
    """The file descriptor of a standard stream, written as before, its failure remembered."""

    def write(self, data: Any) -> int:
        return self._watched_write(super().write, data)


class _ClosedFile(_Failure, io.RawIOBase):
    """A standard stream closed before the run started (`>&-`; Python's is then None): a write
    to it fails, as to a closed file descriptor, never silently loses the report."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        def closed(_data: Any) -> int:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))

        return self._watched_write(closed, data)


def _watch(stream: TextIO | None) -> tuple[TextIO, _Failure] | None:
    """The stream rebuilt on a raw file that remembers a failed write: the same encoding,
    errors, buffering and newlines, so the same bytes reach the same descriptor."""
    raw: _Failure
    if stream is None:
        raw = _ClosedFile()
        encoding, errors, lines, through = "utf-8", "strict", False, False
    else:
        if not isinstance(stream, io.TextIOWrapper):
            return None
        try:
            stream.flush()
            raw = _WatchedFile(stream.fileno(), "wb", closefd=False)
        except (OSError, ValueError):
            return None
        encoding, errors = stream.encoding, stream.errors or "strict"
        lines, through = stream.line_buffering, stream.write_through
    watched = io.TextIOWrapper(io.BufferedWriter(raw), encoding=encoding,
                               errors=errors, newline="\n", line_buffering=lines,
                               write_through=through)
    return watched, raw


def run_watching_streams(run: Callable[[], T], lang: Callable[[], Lang]) -> T:
    """Run the command line with its standard streams watched (only the interpreter's own: a
    caller that replaced them, as tests do, keeps its own, and gets what `run` does).

    A stream that failed, however the failure ended the run (a trace, click's exit 1 on a closed
    pipe, a command that went on): a pipe closed early (EPIPE) ends it quietly with 141; any other
    failure with a message on stderr (`lang()`: the language of the run) and exit code 2, as for
    an `--output` file; a failed stderr has nowhere to say it, and exits 2 quietly.
    """
    watched: dict[str, tuple[TextIO, _Failure]] = {}
    for name in _STREAMS:
        if getattr(sys, name) is getattr(sys, f"__{name}__"):
            found = _watch(getattr(sys, name))
            if found is not None:
                watched[name] = found
                setattr(sys, name, found[0])
    if not watched:
        return run()
    outcome: BaseException | None = None
    try:
        result = run()
    except BaseException as exc:  # noqa: BLE001 - raised again below unless a stream failed
        outcome = exc
    for stream, _raw in watched.values():  # what is still buffered fails now, not at exit
        try:
            stream.flush()
        except OSError:
            pass  # remembered by the raw file
    failed = [(name, raw.failure) for name, (_s, raw) in watched.items() if raw.failure]
    if not failed:
        if outcome is not None:
            raise outcome
        return result
    name, failure = failed[0]
    if any(f.errno == errno.EPIPE for _n, f in failed):
        sys.exit(EXIT_PIPE_CLOSED)
    if name == "stdout" and "stderr" not in dict(failed):
        _say_output_failed(failure, lang())
    sys.exit(EXIT_BAD_OUTPUT)


def _say_output_failed(failure: OSError, lang: Lang) -> None:
    from .errors import Problem  # here: only a failed run needs it
    from .messages import text

    problem = Problem(msg("cli.cannot_write_stdout", detail=Detail.of_os_error(failure)),
                      hint=msg("cli.hint.stdout"))
    try:
        sys.stderr.write(problem.render(lang) + "\n")
        sys.stderr.write(text("cli.problems_found", lang, count=1) + "\n")
        sys.stderr.flush()
    except OSError:
        pass  # stderr failed too: the exit code says it
