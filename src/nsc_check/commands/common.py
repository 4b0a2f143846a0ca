"""What the commands share: input errors to exit 2, dates and statuses as options, output."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from functools import wraps
from pathlib import Path
from typing import Any

import click

from ..errors import InputError, Problem
from ..i18n import current_lang
from ..i18n import status as i18n_status
from ..messages import LANGS, Lang, msg, render, text
from ..output import write_atomically
from .usage import BadValue

EXIT_READY, EXIT_NOT_READY, EXIT_BAD_INPUT = 0, 1, 2


def report_input_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn InputError into its problems on stderr, in the language of the run, and exit 2:
    never a traceback. Asked for `--format json`, the problems are also printed on stdout as JSON
    (`nsc-check schema --of refused`)."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            if kwargs.get("fmt") == "json":  # a program reads stdout: the refusal in JSON there
                echo_refusal_json(exc.problems)
            lang = current_lang()
            for problem in exc.problems:
                click.echo(problem.render(lang), err=True)
            if exc.unlisted:
                click.echo(text("cli.more_problems", lang, count=exc.unlisted), err=True)
            click.echo(text("cli.problems_found", lang, count=len(exc.problems) + exc.unlisted),
                       err=True)
            sys.exit(EXIT_BAD_INPUT)

    return wrapper


def echo_refusal_json(problems: Sequence[Problem]) -> None:
    """Print on stdout the JSON of a refused run (`nsc-check schema --of refused`): the problems
    that stopped it."""
    from ..result import ProblemData, RefusedReport  # here, so that `--help` needs no pydantic

    click.echo(RefusedReport(errors=len(problems), problems=[ProblemData.of(p) for p in problems]
                             ).model_dump_json(indent=2))


def say(value: Any, lang: Lang | None = None) -> str:
    """A problem, a message, a bilingual text or a plain string as text in the language of the
    run."""
    lang = lang or current_lang()
    if isinstance(value, Problem):
        return value.render(lang)
    return render(value, lang)


def echo(code: str, err: bool = False, **args: Any) -> None:
    """Print a line of the catalogue in the language of the run."""
    click.echo(text(code, current_lang(), **args), err=err)


def date_option(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    from ..values import parse_date  # here, so that `--help` does not import pydantic

    try:
        return parse_date(value)
    except ValueError as exc:
        reason = getattr(exc, "message", None)
        if reason is None:
            raise click.BadParameter(str(exc)) from None
        raise BadValue(reason) from None


# What separates the statuses of `--status`: commas (ASCII or full-width), 、, semicolons, spaces.
_LIST_SEPARATORS = re.compile(r"[,，、;；\s]+")


def statuses_option(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str]:
    """`--status fail,missing`, or the same in Chinese words: status ids or their words in
    either language; an unknown one is refused, naming the choices."""
    from ..assess import STATUSES  # here, so that `--help` does not import pydantic

    words: dict[str, str] = {}
    for status_id in STATUSES:
        for name in (status_id, *(i18n_status(status_id, lang) for lang in LANGS)):
            words.setdefault(name.lower(), status_id)
    chosen, unknown = [], []
    for word in _LIST_SEPARATORS.split(value or ""):
        if not word:
            continue
        found = words.get(word.lower())
        if found is None:
            unknown.append(word)
        elif found not in chosen:
            chosen.append(found)
    if unknown:
        known = [msg("cli.status_choice", id=s, word=msg(f"status.{s}")) for s in STATUSES]
        raise BadValue(msg("cli.unknown_status", value=unknown, known=known))
    return chosen


def emit(text: str, output: str | None) -> None:
    if output:
        write_atomically(Path(output), text)
    else:
        click.echo(text, nl=False)


def pack_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--criteria ID_OR_DIR` and `--overlay FILE` (repeatable): the pack a command works on."""
    func = click.option("--overlay", "overlays", multiple=True, metavar="FILE")(func)
    return click.option("--criteria", "criteria_id", metavar="ID_OR_DIR")(func)


def check_section_and_department(pack: Any, sections: Sequence[str], department: str | None
                                 ) -> str | None:
    """Usage errors for a section or department the pack does not have; the department's id."""
    lang = current_lang()
    known = {s.id for s in pack.sections}
    for section in sections:
        if section.upper() not in known:
            raise BadValue(msg("cli.unknown_section", value=section, known=sorted(known)),
                           param_hint="'--section'")
    if department is None:
        return None
    return resolve_department(pack.header.departments, department, lang)


def resolve_department(departments: Mapping[str, Any], value: str, lang: Lang) -> str:
    """The id of the department `value` names: its id, its name in either language, or its
    Chinese name shortened (tests/test_cli_i18n.py has examples). A name that fits
    several departments, or none, is refused with the choices: never a guess."""
    wanted = value.strip()
    folded = wanted.casefold()
    for dept_id, name in departments.items():
        if folded in (dept_id.casefold(), name.en.casefold()) or wanted == name.zh:
            return dept_id
    short = _bare(wanted)
    matches = [d for d, name in departments.items() if short in _zh_names(name.zh)]
    for fits in (str.__contains__, _abbreviates):  # 宣传部 in 委宣传部; 环保局 for 环境保护局
        if matches or sum(map(_is_cjk, short)) < 2:
            break
        matches = [d for d, name in departments.items()
                   if any(fits(n, short) for n in _zh_names(name.zh))]
    if len(matches) == 1:
        return matches[0]

    def choices(ids: Any) -> list[Any]:
        return [msg("cli.department_choice", id=d, name=departments[d]) for d in ids]

    if matches:
        problem = msg("cli.ambiguous_department", value=wanted, matches=choices(matches))
    else:
        problem = msg("cli.unknown_department", value=wanted, known=choices(departments))
    raise BadValue(problem, param_hint="'--department'")


def _bare(name: str) -> str:
    """A Chinese department name without the prefix of the city (or of "each") it starts with."""
    name = name.strip()
    return name[1:] if len(name) > 2 and name[0] in _PREFIXES else name


_PREFIXES = "\u5e02\u5404"  # 市 (the city's bureau), 各 (each of the street offices)


def _zh_names(name: str) -> list[str]:
    """The names a Chinese department name holds: the whole, and each of the names it joins with
    a slash, without their prefix."""
    parts = [_bare(part) for part in re.split(r"[/／、]", name) if part.strip()]
    return [name.strip(), *parts]


def _abbreviates(name: str, short: str) -> bool:
    """Whether `short` abbreviates `name`: its characters appear in the name in order, the first
    first (as the usual short names of bureaus do)."""
    if not short or short[0] != name[0]:
        return False
    rest = iter(name)
    return all(ch in rest for ch in short)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def rich_console(**options: Any) -> Any:
    """A rich Console that prints user text as it is: never as markup (`[red]`) or emoji codes."""
    from rich.console import Console

    return Console(markup=False, emoji=False, highlight=False, **options)


def emit_rich(draw: Callable[[Any], None], output: str | None, width: int = 100) -> None:
    """Draw a rich report on the terminal (colour where it is one) or, with --output, into a
    plain-text file written whole."""
    if not output:
        draw(rich_console())
        return
    import io

    buffer = io.StringIO()
    draw(rich_console(file=buffer, width=width, no_color=True, force_terminal=False,
                      color_system=None))
    write_atomically(Path(output), buffer.getvalue())
