"""Evidence templates: what each department must report, as commented YAML ready to fill in.

`nsc-check init` writes them; `nsc-check form import` writes evidence in the same shape. Every
entry carries comments in Chinese: the title, what to report (the indicator's `evidence` text), the
unit, the figure required and an example value. Comments are attached with ruamel's round-trip
types, so they survive when a person or a program loads, edits and dumps the file again.

Placeholders: an entry not yet filled holds empty values (`S03.02:` or `numerator:` with nothing
after the colon, which YAML reads as null). The loader cannot use them, so `nsc-check validate`
reports such an entry as a warning ("not yet filled") rather than an error: `evidence.is_unfilled` says
which entries those are. An entry counts as unfilled when it holds at least one empty value and
nothing else but empty values and empty lists; `[]` alone (no incidents) is a claim, not a
placeholder, so a kind whose evidence is a list leaves it null in its placeholder.

What to write for each item (unit, requirement, example, placeholder) is the kind's to say: its
module's `guide` and `placeholder` (see `nsc_check.kinds`); this module only lays them out.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import kinds
from .errors import InputError
from .kinds.filling import Guide
from .messages import Lang
from .messages import text as _t
from .pack import Condition, Indicator, Pack
from .values import format_number, plain_text
from .yamlio import YamlDoc, parse_yaml

Owner = Indicator | Condition


def evidence_items(pack: Pack, department: str) -> list[Owner]:
    """The items a department reports: indicators it leads and own-evidence basic conditions."""
    items: list[Owner] = [i for i in pack.indicators() if i.lead == department]
    items += [c for c in pack.conditions if c.kind is not None and c.lead == department]
    return items


def departments_with_items(pack: Pack, only: str | None = None) -> list[str]:
    return [d for d in pack.header.departments
            if (only is None or d == only) and evidence_items(pack, d)]


def latest_year(today: dt.date | None = None) -> int:
    """The last complete year: the one most yearly figures are reported for."""
    return (today or dt.date.today()).year - 1


# ---------------------------------------------------------------------------------------------
# What to report: each kind words it (kinds.filling describes the interface)


def guide(owner: Owner, year: int) -> Guide:
    """The unit, the requirement and an example, worded for the department filling the form."""
    return kinds.get(owner.kind or "").guide(owner.rule, year)


def placeholder(owner: Owner, year: int) -> Any:
    """Empty values in the shape of the kind's evidence: valid YAML, flagged as not yet filled."""
    return _commented(kinds.get(owner.kind or "").placeholder(owner.rule, year))


def _commented(value: Any) -> Any:
    """Plain dicts and lists as ruamel's round-trip types, which carry comments."""
    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _commented(item)
        return out
    if isinstance(value, list):
        return CommentedSeq(_commented(item) for item in value)
    return value


# ---------------------------------------------------------------------------------------------
# Documents


# The templates are filled in by the clerks of a Chinese city: their comments are in Chinese.
LANG: Lang = "zh"


def comment_lines(owner: Owner, year: int) -> list[str]:
    g = guide(owner, year)
    title = owner.title.zh
    if isinstance(owner, Indicator) and owner.points is not None:
        head = _t("evidence.template.veto" if owner.veto else "evidence.template.indicator",
                  LANG, id=owner.id, title=title, points=format_number(owner.points))
    elif isinstance(owner, Indicator):  # a pack scoring items: no points
        head = _t("structure.template_item_veto" if owner.veto else "structure.template_item",
                  LANG, id=owner.id, title=title)
    else:
        head = _t("evidence.template.condition", LANG, id=owner.id, title=title)
    lines = [head]
    if owner.evidence is not None:
        lines.append(_t("evidence.template.what", LANG, text=owner.evidence.zh))
    lines += [_t("evidence.template.unit", LANG, text=g.unit),
              _t("evidence.template.required", LANG, text=g.required),
              _t("evidence.template.example", LANG, id=owner.id, example=g.example)]
    return lines


def department_document(pack: Pack, department: str, year: int,
                        evidence: dict[str, Any] | None = None, as_of: Any = None,
                        contact: str | None = None) -> CommentedMap:
    """A department file. Without `evidence` every item is a placeholder; with it, only the
    items given are written (each still with its comments)."""
    name = pack.header.departments[department].zh
    doc = CommentedMap()
    doc["department"] = department
    doc.yaml_add_eol_comment(_t("evidence.template.department", LANG, name=name), "department")
    doc["as_of"] = as_of
    doc.yaml_add_eol_comment(_t("evidence.template.as_of", LANG), "as_of")
    if contact is not None:
        doc["contact"] = contact
    items = CommentedMap()
    for owner in evidence_items(pack, department):
        if evidence is None:
            items[owner.id] = placeholder(owner, year)
        elif owner.id in evidence:
            items[owner.id] = evidence[owner.id]
        else:
            continue
        items.yaml_set_comment_before_after_key(
            owner.id, before="\n".join(comment_lines(owner, year)), indent=2)
    for item_id, item in (evidence or {}).items():
        if item_id not in items:  # not this department's item, or one an overlay removed: as given
            items[item_id] = item
    doc["evidence"] = items
    doc.yaml_set_start_comment("\n".join([
        _t("evidence.template.head", LANG, name=name, pack=pack.header.title.zh),
        _t("evidence.template.how", LANG),
        _t("evidence.template.not_applicable", LANG),
    ]))
    return doc


# The fields of city.yaml, in order; each is explained by `evidence.template.city.<field>`.
CITY_FIELDS: list[str] = ["name", "assessment_date", "built_up_area_km2", "population",
                          "latitude", "province"]


def city_document(values: dict[str, Any] | None = None) -> CommentedMap:
    """city.yaml: given values, or placeholders when `values` is None."""
    doc = CommentedMap()
    given = values or {}
    for key in CITY_FIELDS:
        if values is None or given.get(key) is not None:
            value = given.get(key)
            if key == "name" and value is None:
                value = _commented({"zh": None, "en": None})
            doc[key] = value
            doc.yaml_add_eol_comment(_t(f"evidence.template.city.{key}", LANG), key)
    if given.get("properties"):
        doc["properties"] = _commented(given["properties"])
        doc.yaml_add_eol_comment(_t("evidence.template.city.properties", LANG), "properties")
    doc.yaml_set_start_comment(_t("evidence.template.city.head", LANG))
    return doc


def without_entries(text: str, doc: YamlDoc, ids: list[str]) -> str | None:
    """A department file's text less some of its entries: the lines of each (with the comment
    lines right above it, at its indentation), every other line as it was. Where that cannot be
    done (a flow mapping, anchors shared across entries), the file is written anew from its values
    (its comments are then lost, never moved onto another entry). Either way the result is read
    back and must hold exactly the same values less those entries; None if neither does."""
    rest = {k: v for k, v in doc.data["evidence"].items() if str(k) not in ids}
    expected = {**doc.data, "evidence": rest}
    for candidate in (_cut(text, doc, ids, emptied=not rest), dump(expected)):
        try:
            if candidate is not None and _same(parse_yaml(candidate, doc.file).data, expected):
                return candidate
        except InputError:
            continue
    return None


def _cut(text: str, doc: YamlDoc, ids: list[str], emptied: bool) -> str | None:
    lines = text.splitlines(keepends=True)
    starts = sorted((line, str(path[1])) for path, line in doc.key_lines.items()
                    if len(path) == 2 and path[0] == "evidence")
    head = doc.key_lines.get(("evidence",)) or 0
    after = [line for path, line in doc.key_lines.items() if len(path) == 1 and line > head]
    bounds = [line for line, _ in starts] + [min(after, default=len(lines) + 1)]
    if len(set(bounds)) != len(bounds) or not head:
        return None  # entries share lines: a flow mapping
    drop: set[int] = set()
    for (line, key), following in zip(starts, bounds[1:], strict=True):
        if key in ids:
            indent = _indent(lines[line - 1])
            drop.update(range(_comments_above(lines, line, indent),
                              _kept_below(lines, line, following, indent)))
    if emptied:  # `evidence:` with nothing under it reads as empty, not as no entries
        opened = re.fullmatch(r"(\s*evidence\s*:)([ \t]*(?:#.*)?)(\r\n|\n|\r)?",
                              lines[head - 1], re.DOTALL)
        if opened is None:
            return None
        lines[head - 1] = f"{opened[1]} {{}}{opened[2]}{opened[3] or ''}"
    return "".join(line for number, line in enumerate(lines, 1) if number not in drop)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _comments_above(lines: list[str], line: int, indent: int) -> int:
    """The first of the comment lines directly above an entry, at its own indentation (deeper
    ones belong to the value before; shallower ones to the file)."""
    while line > 1 and lines[line - 2].lstrip().startswith("#") \
            and _indent(lines[line - 2]) == indent:
        line -= 1
    return line


def _kept_below(lines: list[str], line: int, following: int, indent: int) -> int:
    """Where an entry's own lines end: blank lines and comments no deeper than the entry, just
    before what follows, introduce what follows (or end the file) and stay."""
    end = following
    while end - 1 > line and (not lines[end - 2].strip() or (
            lines[end - 2].lstrip().startswith("#") and _indent(lines[end - 2]) <= indent)):
        end -= 1
    return end


def _same(a: Any, b: Any) -> bool:
    """Equal values of the same types all the way down (1, 1.0 and True are not the same)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    return a == b or (a != a and b != b)  # NaN is the same as NaN here


def _float(representer: Any, value: float) -> Any:
    """A float written out in digits (0.00001, not 1e-05): an exponent in a file is refused as a
    person's spelling (values.exponent), so none is written for a person to read back."""
    if not math.isfinite(value):
        return representer.represent_float(value)
    return representer.represent_scalar("tag:yaml.org,2002:float", plain_text(value))


def dump(doc: Any) -> str:
    yaml = YAML(typ="rt")
    yaml.representer.add_representer(float, _float)
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # keep each comment and value on one line
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()

