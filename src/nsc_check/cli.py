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


@click.group(cls=NscRoot, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nsc-check")
@lang_option(expose=False)
def main() -> None:
    pass  # the help is `cli.help.main` in the catalogue


for command in (assess, batch, criteria, schema, init, validate, diff, form, status, plan):
    main.add_command(command)

if _collecting:
    collecting_again()
