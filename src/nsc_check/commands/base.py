"""click in the user's language.

The language of a run is chosen before click reads anything: `--lang zh|en` anywhere on the command
line, else NSC_LANG, else Chinese (`i18n.current_lang`). So `--help`, usage errors and every line a
command prints follow it.

- Help texts live in the catalogue, not in the code: a command's help is `cli.help.<key>` (its key
  is its name, `criteria.list` for a subcommand, `main` for the group), an option's help is
  `cli.opt.<key>.<option>` or, for options many commands share, `cli.opt.<option>`; placeholders
  of values and arguments are `cli.metavar.<name>`.
- click's own strings ("Usage:", "Options", "Error: No such option", "Invalid value for …") are
  built with gettext in click's modules; `install_click_translation` puts a translator there
  that looks the English text up among the `cli.click.*` codes, whose English text is click's
  word for word, and answers in the chosen language.
"""

from __future__ import annotations

import gc
import gettext
import importlib
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from typing import Any

import click

from .. import i18n
from ..messages import CATALOGUE, Lang, other_lang, text
from .usage import BadUsage, BadValue, in_other_lang

LANG_CHOICES = ("zh", "en")

# click's English text → its code in the catalogue
_BY_MSGID = {en: code for code, (_zh, en) in CATALOGUE.items() if code.startswith("cli.click.")}
_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui",
                  "utils")


def translate(message: str) -> str:
    """click's gettext: its English text in the language of the run."""
    code = _BY_MSGID.get(message)
    return text(code, i18n.current_lang()) if code is not None else message


def translate_plural(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


def install_click_translation() -> None:
    """Put the translator where click's modules look for gettext (once; idempotent)."""
    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if getattr(module, "_", None) is gettext.gettext:
            module._ = translate  # type: ignore[attr-defined]
        if getattr(module, "ngettext", None) is gettext.ngettext:
            module.ngettext = translate_plural  # type: ignore[attr-defined]


def _option_values(args: Sequence[str], option: str) -> list[str | None]:
    """The values a command line gives a long option (`--x v` or `--x=v`), in order, read before
    click parses anything."""
    values: list[str | None] = []
    it = iter(args)
    for arg in it:
        if arg == "--":
            break
        if arg == option:
            values.append(next(it, None))
        elif arg.startswith(f"{option}="):
            values.append(arg.split("=", 1)[1])
    return values


def lang_in(args: Sequence[str]) -> Lang | None:
    """The language a command line asks for with `--lang zh|en` (the last one wins), if any.
    Read before click parses anything, so that help and usage errors follow it."""
    found: Lang | None = None
    for value in _option_values(args, "--lang"):
        if value in LANG_CHOICES:
            found = value  # type: ignore[assignment]
    return found


def json_in(args: Sequence[str]) -> bool:
    """Whether a command line asks for `--format json` (the last --format wins): then even a
    usage error is answered in JSON on stdout."""
    values = _option_values(args, "--format")
    return bool(values) and values[-1] == "json"


def answers_json(command: click.Command) -> bool:
    """Whether a command has a `--format` whose choices include json."""
    return any(isinstance(p, click.Option) and "--format" in p.opts
               and isinstance(p.type, click.Choice) and "json" in p.type.choices
               for p in command.params)


# Whether the command line of the run asks for JSON (set by `_Localised.main`)
_json_asked = False


class UsageErrorInJson(click.UsageError):
    """A usage error of a run asked for `--format json`: shown as the JSON of a refused run on
    stdout (`nsc-check schema --of refused`), and as click shows it on stderr. Exit code 2."""

    def __init__(self, error: click.UsageError, other: str | None = None) -> None:
        super().__init__(error.format_message(), error.ctx)
        self.error = error
        self.other = other  # the same message in the other language, where it could be worded

    def show(self, file: Any = None) -> None:
        from ..errors import Problem
        from ..messages import msg
        from ..text import LocalText
        from .common import echo_refusal_json

        command = self.ctx.command_path if self.ctx is not None else "nsc-check"
        words: Any = self.format_message()
        if self.other is not None:
            lang = i18n.current_lang()
            words = LocalText(**{lang: words, other_lang(lang): self.other})
        echo_refusal_json([Problem(msg("cli.usage_error", message=words),
                                   hint=msg("cli.usage_hint", command=command))])
        self.error.show(file)


def in_json(error: click.UsageError, other: Callable[[], str | None] | None = None
            ) -> click.UsageError:
    """The usage error as the run should show it: in JSON too when the command line asks for
    `--format json` of a command that has it; `other` words it in the other language."""
    if (not _json_asked or isinstance(error, UsageErrorInJson) or error.ctx is None
            or not answers_json(error.ctx.command)):
        return error
    return UsageErrorInJson(error, other() if other is not None else None)


def _lookup(lang: Lang, *codes: str) -> str | None:
    for code in codes:
        if code in CATALOGUE:
            return text(code, lang)
    return None


def _slug(name: str) -> str:
    return name.lower().replace(".", "_").replace("-", "_")


def _option_key(param: click.Parameter) -> str:
    longs = [o for o in param.opts if o.startswith("--")]
    return _slug((longs or param.opts)[0].lstrip("-"))


def display_width(text_: str) -> int:
    """Columns a text takes on a terminal: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text_)


# Chinese punctuation that never starts a line
_NO_LINE_START = set("，。、；：？！）》」』】”’…")
# and that never ends one
_NO_LINE_END = set("（《「『【“‘")


def wrap_wide(text_: str, width: int, indent: str = "") -> list[str]:
    """Wrap a text holding Chinese to `width` terminal columns: lines may break between any two
    Chinese characters (not before closing punctuation) and at spaces, never inside a word."""
    tokens: list[str] = []
    current = ""
    for ch in text_:
        if ch == " ":
            if current:
                tokens.append(current + " ")
                current = ""
            continue
        if current and ch not in _NO_LINE_START and current[-1] not in _NO_LINE_END and (
                display_width(ch) == 2 or display_width(current[-1]) == 2):
            tokens.append(current)
            current = ""
        current += ch
    if current:
        tokens.append(current)
    lines, line = [], ""
    for token in tokens:
        if line and display_width(indent + line + token.rstrip(" ")) > width:
            lines.append(indent + line.rstrip(" "))
            line = ""
        line += token
    if line:
        lines.append(indent + line.rstrip(" "))
    return lines


def _has_wide(text_: str) -> bool:
    return any(display_width(ch) == 2 for ch in text_)


class NscHelpFormatter(click.HelpFormatter):
    """click's help formatter, measuring Chinese text by the columns it takes, with Chinese
    punctuation after Chinese headings."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        if prefix is None:
            usage = translate("Usage:")
            prefix = usage if usage.endswith("\uff1a") else f"{usage} "  # a full-width colon
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        if not _has_wide(heading):
            super().write_heading(heading)
            return
        self.write(f"{'':>{self.current_indent}}{heading}\uff1a\n")

    def write_text(self, text_: str) -> None:
        if not _has_wide(text_):
            super().write_text(text_)
            return
        indent = " " * self.current_indent
        paragraphs = [" ".join(p.split()) for p in text_.split("\n\n")]
        for i, paragraph in enumerate(paragraphs):
            if i:
                self.write("\n")
            for line in wrap_wide(paragraph, self.width, indent):
                self.write(line + "\n")

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30,
                 col_spacing: int = 2) -> None:
        rows = list(rows)
        if not any(_has_wide(a + b) for a, b in rows):
            super().write_dl(rows, col_max, col_spacing)
            return
        first_col = min(max(display_width(first) for first, _ in rows), col_max) + col_spacing
        indent = " " * self.current_indent
        for first, second in rows:
            self.write(f"{indent}{first}")
            if not second:
                self.write("\n")
                continue
            if display_width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - display_width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap_wide(" ".join(second.split()), max(self.width - first_col - 2, 10))
            pad = " " * (first_col + self.current_indent)
            self.write((lines[0] if lines else "") + "\n")
            for line in lines[1:]:
                self.write(f"{pad}{line}\n")


class NscContext(click.Context):
    formatter_class = NscHelpFormatter


class _Localised:
    """What NscCommand and NscGroup share: help, option help and placeholders from the catalogue,
    and the language chosen before parsing."""

    _nsc_parent: Any = None
    _nsc_root = False
    name: str | None
    help: str | None

    @property
    def help_key(self) -> str:
        if self._nsc_root:
            return "main"
        parent = self._nsc_parent
        if parent is None or parent._nsc_root:
            return self.name or ""
        return f"{parent.help_key}.{self.name}"

    def help_text(self) -> str:
        return _lookup(i18n.current_lang(), f"cli.help.{self.help_key}") or (self.help or "")

    def localise(self, ctx: click.Context) -> None:
        """Set help texts and placeholders in the language of the run."""
        lang = i18n.current_lang()
        self.help = self.help_text()
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if isinstance(param, click.Option):
                key = _option_key(param)
                found = _lookup(lang, f"cli.opt.{self.help_key}.{key}", f"cli.opt.{key}")
                if found is not None:
                    param.help = found
            original = param.__dict__.setdefault("_nsc_metavar", param.metavar)
            name = original if original is not None else (
                param.name if isinstance(param, click.Argument) else None)
            found = _lookup(lang, f"cli.metavar.{_slug(name)}") if name else None
            if found is not None and original is None:  # click's decoration of an argument
                found = found if param.required else f"[{found}]"
                found = found if param.nargs == 1 else f"{found}..."
            param.metavar = found or original

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        global _json_asked
        previous, previous_json = i18n._chosen, _json_asked
        argv = sys.argv[1:] if args is None else list(args)
        i18n.choose_lang(lang_in(argv))
        _json_asked = json_in(argv)
        # No cyclic garbage collection while a command runs: what one city's command makes (the
        # models it imports, the pack, the evidence, the result, the report) lives until it
        # ends, and the collector walked it over and over (a tenth of an `assess`) to find a few
        # hundred objects. A batch and the forms turn it back on (`collect_from_here`).
        # Restored after, for a caller that goes on (tests, tools).
        collecting = gc.isenabled()
        gc.disable()
        try:
            return super().main(args, *rest, **extra)  # type: ignore[misc]
        finally:
            i18n.choose_lang(previous)
            _json_asked = previous_json
            if collecting:
                collecting_again()
            else:
                gc.disable()  # a batch turned it on

    def make_context(self, info_name: str | None, args: list[str],
                     parent: click.Context | None = None, **extra: Any) -> click.Context:
        given = list(args)  # click consumes the list it parses
        try:
            return super().make_context(info_name, args, parent, **extra)  # type: ignore[misc]
        except click.UsageError as exc:
            raise in_json(exc, partial(self._reworded, info_name, given, parent, extra, exc)
                          ) from None

    def _reworded(self, info_name: str | None, args: list[str], parent: click.Context | None,
                  extra: dict[str, Any], error: click.UsageError) -> str | None:
        """The usage error in the other language, for the JSON that carries both: the command
        line parsed again with that language forced (parsing has no effect but the error)."""
        def parsed_again() -> str:
            try:
                super(_Localised, self).make_context(  # type: ignore[misc]
                    info_name, args, parent, **extra)
            except click.UsageError as again:
                return again.format_message()
            return ""

        try:
            return in_other_lang(parsed_again) or None
        finally:
            if error.ctx is not None:  # placeholders back in the language of the run
                self.localise(error.ctx)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)  # type: ignore[misc]
        except click.UsageError as exc:
            worded = isinstance(exc, (BadValue, BadUsage))
            raise in_json(exc, partial(in_other_lang, exc.format_message) if worded else None
                          ) from None

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        self.localise(ctx)
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except click.MissingParameter as exc:
            if exc.param is None:
                raise
            lang = i18n.current_lang()
            # click ends this one with an ASCII full stop of its own, whatever the language
            what = ("cli.click.missing_option" if exc.param.param_type_name == "option"
                    else "cli.click.missing_argument")
            raise click.UsageError(text("cli.missing", lang, what=text(what, lang),
                                        name=exc.param.get_error_hint(ctx)), ctx) from None

    def get_help(self, ctx: click.Context) -> str:
        self.localise(ctx)
        return super().get_help(ctx)  # type: ignore[misc]

    def get_short_help_str(self, limit: int = 45) -> str:
        return self.help_text().split("\n\n")[0].strip()

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        lang = i18n.current_lang()
        named = {"[OPTIONS]": "cli.metavar.options", "COMMAND [ARGS]...": "cli.metavar.command"}
        return [text(named[p], lang) if p in named else p
                for p in super().collect_usage_pieces(ctx)]  # type: ignore[misc]


class NscCommand(_Localised, click.Command):
    """A command whose help, usage and errors read in the language of the run."""

    context_class = NscContext


class NscGroup(_Localised, click.Group):
    """A group of commands, localised like NscCommand; its commands are NscCommands."""

    context_class = NscContext
    command_class = NscCommand
    group_class = type  # subgroups are NscGroups too

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        super().add_command(cmd, name)
        if isinstance(cmd, _Localised):
            cmd._nsc_parent = self


def collecting_again() -> None:
    """The collector back on after a time off: what was made meanwhile and still lives joins the
    oldest generation (freeze, then unfreeze: two list moves), as if it had been collected all
    along; else the first allocation after would walk all of it at once."""
    gc.freeze()
    gc.unfreeze()
    gc.enable()


def collect_from_here() -> None:
    """The cyclic garbage collector back on (off while a command runs: `_Localised.main`), for a
    command whose work has no bound or makes cycles by the thousand (a batch's cities, workbooks
    read and written with openpyxl). What lives so far (the modules, the models, the pack) lives
    to the end: frozen, never walked."""
    gc.freeze()
    gc.enable()


class NscRoot(NscGroup):
    """The `nsc-check` group itself (help key `main`)."""

    _nsc_root = True


def _lang_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> Lang:
    if value:
        i18n.choose_lang(value)  # type: ignore[arg-type]
    return i18n.current_lang()


def lang_option(expose: bool = True) -> Callable[[Any], Any]:
    """`--lang zh|en`: the language of everything the command prints. Its value (the chosen
    language, never None) is passed as `lang` when `expose`."""
    return click.option("--lang", type=click.Choice(LANG_CHOICES), default=None, is_eager=True,
                        expose_value=expose, callback=_lang_callback)
