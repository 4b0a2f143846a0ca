"""The command line: a click group; each command lives in its own module under `commands/`.

Commands stay thin: they parse options, call load → assess → report, and map input errors to
exit code 2. Heavy imports happen inside the commands so that `--help` starts fast. Everything
they print, help included, comes from the message catalogue in the language of the run
(`commands/base.py`).
"""

from __future__ import annotations

import click

from . import __version__
from .commands.base import NscRoot, install_click_translation, lang_option

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
