"""The registry of evidence kinds: kind name → module.

A kind module holds, for the assessment:

- `NAME`: the kind's name in the pack (`kind: threshold`);
- `Rule`: a pydantic model of what the pack says; `Evidence`: a model of what a department
  writes;
- `EXAMPLES`: a rule, and a passing and a failing entry, that `criteria kinds` prints below the
  kind's description (`kinds.doc.<name>` in the catalogue);
- `SHORTHAND`: the field an entry written in short stands for (`S03.02: 96%` means
  `{value: 96%}`);
- `evaluate(rule, evidence, context) -> Outcome` and `describe(rule) -> LocalText` (the figure
  in words);

and, for the department filling it in (types and helpers in `kinds.filling`, which imports
neither ruamel nor openpyxl):

- `guide(rule, year) -> Guide`: the unit, the requirement and an example, in Chinese, that
  `nsc-check init` writes as comments and `criteria show` prints as the example;
- `placeholder(rule, year)`: the empty template entry, plain dicts and lists holding None;
- `form_rows(rule, evidence | None, years, title) -> list[FormRow]`: its rows in the Excel form,
  pre-filled from the evidence;
- `form_evidence(rule, cells) -> data | None`: the evidence data a filled set of rows stands for
  (cells: row suffix → column name → value), None when they are empty;
- `FORM_FIELDS`: evidence field → the form column it is read from, for fields not in the value
  column, so an import error names the right cell.

template.py, forms.py and the reporters reach kinds only through `get(name)`: adding a kind is
one module and one line here. `Kind` types these members; mypy checks every module against it
(`_ALL` below) and tests/kinds check it at run time.
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

from ..messages import CATALOGUE, Lang, msg
from ..text import LocalText
from . import document, grade, inspection, metrics, no_events, ratio, series, threshold
from .base import Context, Examples, Outcome
from .filling import Cells, FormRow, Guide


@runtime_checkable
class Kind(Protocol):
    """What a kind module holds (see above). Rules and evidence are each kind's own models: the
    functions take them as `Any` here, the module's own signatures being the precise ones."""

    @property
    def NAME(self) -> str: ...  # noqa: N802 -- module constants, as the modules spell them
    @property
    def Rule(self) -> type[BaseModel]: ...  # noqa: N802
    @property
    def Evidence(self) -> type[BaseModel]: ...  # noqa: N802
    @property
    def EXAMPLES(self) -> Examples: ...  # noqa: N802
    @property
    def SHORTHAND(self) -> str: ...  # noqa: N802
    @property
    def FORM_FIELDS(self) -> dict[str, str]: ...  # noqa: N802

    def evaluate(self, rule: Any, evidence: Any, ctx: Context, /) -> Outcome: ...
    def describe(self, rule: Any, /) -> LocalText: ...
    def guide(self, rule: Any, year: int, /) -> Guide: ...
    def placeholder(self, rule: Any, year: int, /) -> Any: ...
    def form_rows(self, rule: Any, data: Any, years: list[int], title: str, /
                  ) -> list[FormRow]: ...
    def form_evidence(self, rule: Any, cells: dict[str, Cells], /) -> Any: ...


_ALL: tuple[Kind, ...] = (threshold, ratio, series, no_events, grade, metrics, document,
                          inspection)
KINDS: dict[str, Kind] = {module.NAME: module for module in _ALL}


def get(name: str) -> Kind:
    return KINDS[name]


def city_properties(rule: object) -> set[str]:
    """What a rule needs to know about the city (a figure chosen by latitude, say); rules of most
    kinds need nothing."""
    needs = getattr(rule, "city_properties", None)
    return needs() if callable(needs) else set()


def checklist(rule: object) -> list[LocalText]:
    """What inspectors look at, for the kinds whose rules say (inspection); empty for the rest."""
    return list(getattr(rule, "checklist", None) or [])


def describe_kind(name: str, lang: Lang) -> str:
    """What `nsc-check criteria kinds` prints of a kind: its description and its examples, the
    words in `lang` (`kinds.doc.<name>`), the examples as written in the files."""
    examples = KINDS[name].EXAMPLES
    lines = [f"== {name} ==", msg(f"kinds.doc.{name}").text(lang), ""]
    for part in ("rule", "passing", "failing"):
        why = f"kinds.doc.{name}.{part}"
        head = (msg(f"kinds.doc.{part}_why", why=msg(why)) if why in CATALOGUE
                else msg(f"kinds.doc.{part}"))
        lines += [head.text(lang), ""]
        lines += ["    " + line for line in getattr(examples, part).rstrip().splitlines()]
        lines.append("")
    return "\n".join(lines)
