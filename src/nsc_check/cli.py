"""The command line: a click group; each command lives in its own module under `commands/`.

Commands stay thin: they parse options, call load → assess → report, and map input errors to
exit code 2. Heavy imports happen inside the commands so that `--help` starts fast.
"""

from __future__ import annotations

import click

from . import __version__
from .commands.assess import assess
from .commands.batch import batch
from .commands.criteria import criteria
from .commands.diff import diff
from .commands.form import form
from .commands.init import init
from .commands.plan import plan
from .commands.schema import schema
from .commands.validate import validate


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="nsc-check")
def main() -> None:
    """Self-assessment against the National Sanitary City standard (国家卫生城市标准)."""


for command in (assess, batch, criteria, schema, init, validate, diff, form, plan):
    main.add_command(command)
