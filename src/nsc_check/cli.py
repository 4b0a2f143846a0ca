"""The command line: a click group; each command lives in its own module under `commands/`.

Commands stay thin: they parse options, call load → assess → report, and map input errors to
exit code 2. Heavy imports happen inside the commands so that `--help` starts fast. Everything
they print, help included, comes from the message catalogue in the language of the run
(`commands/base.py`).
"""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any

# pydantic looks for plugins (entry points of the group `pydantic`) when it builds its first model
# class, by reading the metadata of every installed distribution: a few ms of every run, for
# plugins nsc-check never uses. PYDANTIC_DISABLE_PLUGINS is pydantic's documented switch; set here,
# before any model class is built, and only when the user has not set it: an empty value turns
# every plugin back on (pydantic then disables none by name). It is inherited by the processes
# nsc-check starts (only its own batch workers); no output depends on it.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

# At exit, the interpreter's last collection looks through every object still alive (the model
# classes, schemas and report), a sixth of a single run, only for the memory the system frees
# anyway. Frozen, they are left out of it. Registered before the libraries are imported, so run
# after their exit handlers (which run all the same: freezing only hides objects from the
# collector); objects in reference cycles still alive then are not finalised (Python never
# promises that at exit): nothing of nsc-check relies on it (files are written and closed in
# `with`, the standard streams are flushed by the interpreter after this).
atexit.register(gc.freeze)

# Nor any collection while the command line is imported (click and the commands: nothing of it is
# garbage); after, what it made joins the oldest generation (freeze, then unfreeze: list moves,
# no walk), and the collector is as it was (off again while a command runs: commands/base.py).
_collecting = gc.isenabled()
gc.disable()

import click  # noqa: E402

from . import __version__  # noqa: E402
from .commands.base import (  # noqa: E402
    NscRoot,
    collecting_again,
    install_click_translation,
    lang_in,
    lang_option,
)

install_click_translation()  # before the commands are built: click words some help at import

from .commands.assess import assess  # noqa: E402
from .commands.batch import batch  # noqa: E402
from .commands.criteria import criteria  # noqa: E402
from .commands.diff import diff  # noqa: E402
from .commands.form import form  # noqa: E402
from .commands.init import init  # noqa: E402
from .commands.plan import plan  # noqa: E402
from .commands.schema import schema  # noqa: E402
from .commands.status import status  # noqa: E402
from .commands.validate import validate  # noqa: E402


class Main(NscRoot):
    """`nsc-check` run with its standard streams watched: a failed write to stdout or stderr is
    a message and exit code 2 (141 for a pipe closed early), never a trace (output.py)."""

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        from . import i18n
        from .output import run_watching_streams

        argv = sys.argv[1:] if args is None else list(args)

        def run() -> Any:
            return run_watching_streams(lambda: super(Main, self).main(args, *rest, **extra),
                                        lambda: lang_in(argv) or i18n.current_lang())

        return run() if args is not None else _stopped_by_signals(run)


def _stopped_by_signals(run: Callable[[], Any]) -> Any:
    """Run the program so that Ctrl-C (SIGINT) and SIGTERM stop it the same way: as an interrupt
    (click says "Aborted!"), so that what it was doing is undone on the way out (a half-written
    `--output` removed, a batch's pool of workers stopped), and with the exit code a shell gives
    a process the signal ended (128 + its number: 130, 143), never a verdict's 0 or 1. Only a
    program run from the command line (`args` None): a caller's signals stay its own."""
    import signal

    received: list[int] = []

    def interrupt(signum: int, _frame: Any) -> None:
        received.append(signum)
        raise KeyboardInterrupt

    if threading.current_thread() is not threading.main_thread():
        return run()
    previous = {sig: signal.signal(sig, interrupt) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        return run()
    except SystemExit:
        if received:
            sys.exit(128 + received[0])
        raise
    except KeyboardInterrupt:  # before click's main took over, or after it: nothing to undo
        if received:
            sys.exit(128 + received[0])
        raise
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nsc-check")
@lang_option(expose=False)
def main() -> None:
    pass  # the help is `cli.help.main` in the catalogue


for command in (assess, batch, criteria, schema, init, validate, diff, form, status, plan):
    main.add_command(command)

if _collecting:
    collecting_again()
