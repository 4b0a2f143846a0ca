"""Overlays: a province's variant of the standard, or a city's agreed adjustments, as a small YAML
file applied on top of a pack (`--overlay FILE`, repeatable).

An overlay may change figures, points or other fields of indicators, change the verdict policy or
the points total, add departments, add indicators and remove them. It is validated like a pack,
with every problem located in the overlay file, and what it changed is recorded on the pack so
every report can say the pack was tailored.

    overlay:
      id: example-province
      title: {zh: 示例省实施细则, en: Example Province rules}
      applies_to: nsc-2010
    points_total: 1020
    policy: {min_score_pct: 92}
    change:
      S03.04:
        rule: {figure: 100}
        basis: practice
    add:
      - {id: S03.15, title: …, kind: threshold, rule: …, points: 10, lead: sanitation}
    remove: [S10.04]
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from . import kinds
from .errors import InputError, Problem
from .fields import empty_list
from .ids import HeaderId
from .messages import CATALOGUE, Msg, msg
from .packmodel import (
    Indicator,
    Located,
    Pack,
    Policy,
    SafeId,
    Section,
    cross_check,
    quote_figures,
    type_rule,
)
from .result import OverlayInfo
from .text import LocalText
from .values import format_number
from .yamlio import YamlDoc, read_yaml, validation_problems


class _Model(BaseModel):
    # Built on first use: most runs apply no overlay, so never pay for these classes' validators.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, defer_build=True)


class OverlayHead(_Model):
    id: HeaderId
    title: LocalText
    applies_to: str | None = Field(None, description="the pack id this overlay is written for")


class IndicatorChange(_Model):
    """Fields of an indicator to change; `rule` is merged into the existing rule."""

    title: LocalText | None = None
    rule: dict[str, Any] | None = None
    points: float | None = Field(None, gt=0)
    lead: str | None = None
    veto: bool | None = None
    basis: str | None = None
    source: LocalText | None = None
    evidence: LocalText | None = None
    remediation: LocalText | None = None
    max_age_days: int | None = Field(None, ge=1)


class Overlay(_Model):
    overlay: OverlayHead
    points_total: float | None = Field(None, gt=0)
    policy: dict[str, Any] | None = None
    departments: dict[SafeId, LocalText] = Field(default_factory=dict)
    change: dict[str, IndicatorChange] = Field(default_factory=dict)
    add: list[dict[str, Any]] = Field(default_factory=empty_list)
    remove: list[str] = Field(default_factory=empty_list)


def apply_overlays(pack: Pack, paths: list[Path]) -> Pack:
    for path in paths:
        pack = apply_overlay(pack, path)
    return pack


def apply_overlay(pack: Pack, path: Path) -> Pack:
    """A new pack: `pack` with the overlay at `path` applied; InputError on any problem."""
    if not path.is_file():
        raise InputError.single(msg("packs.overlay_not_found"), path)
    doc = read_yaml(path, strict_numbers=True)
    try:
        overlay = Overlay.model_validate(doc.data)
    except ValidationError as exc:
        raise InputError(validation_problems(doc, exc)) from None
    problems: list[Problem] = []
    changes: list[LocalText] = []
    if overlay.overlay.applies_to and overlay.overlay.applies_to != pack.id:
        problems.append(doc.problem(
            msg("packs.overlay_other_pack", written=overlay.overlay.applies_to, pack=pack.id),
            ("overlay", "applies_to")))
    header = _header(pack, overlay, doc, problems, changes)
    sections = [sec.model_copy(deep=True) for sec in pack.sections]
    by_id = {ind.id: ind for sec in sections for ind in sec.indicators}
    broken: set[str] = set()
    for ind_id, change in overlay.change.items():
        _change(by_id.get(ind_id), ind_id, change, doc, problems, changes)
    for index, ind_id in enumerate(overlay.remove):
        if ind_id in overlay.remove[:index]:
            problems.append(doc.problem(msg("packs.listed_twice", id=ind_id), ("remove", index),
                                        field="remove"))
            continue
        _remove(sections, pack, ind_id, index, doc, problems, changes)
    for i, raw in enumerate(overlay.add):
        _add(sections, raw, i, doc, problems, changes, broken)
    sections = [s for s in sections if s.indicators]
    conditions = [c.model_copy(deep=True) for c in pack.conditions]
    cross_check(header, conditions, sections, problems, doc, broken)
    quote_figures(conditions, sections, problems, broken)  # titles follow the changed figures
    if problems:
        raise InputError(problems)
    info = OverlayInfo(file=str(path), title=overlay.overlay.title, changes=changes)
    return Pack(header=header, conditions=conditions, sections=sections, folder=pack.folder,
                tailoring=[*pack.tailoring, info],
                removed=pack.removed | set(overlay.remove))


def _header(pack: Pack, overlay: Overlay, doc: YamlDoc, problems: list[Problem],
            changes: list[LocalText]) -> Any:
    header = pack.header.model_copy(deep=True)
    if overlay.points_total is not None and header.points_total is not None \
            and overlay.points_total != header.points_total:
        changes.append(_text(msg("packs.change.points_total",
                                 before=format_number(header.points_total),
                                 after=format_number(overlay.points_total))))
    if overlay.points_total is not None:  # on a pack scoring items: refused by cross_check
        header.points_total = overlay.points_total
    if overlay.policy:
        merged = {**header.policy.model_dump(), **overlay.policy}
        try:
            policy = Policy.model_validate(merged)
        except ValidationError as exc:
            problems.extend(validation_problems(doc, exc, ("policy",)))
        else:
            for key in overlay.policy:
                before = getattr(header.policy, key)
                if before != getattr(policy, key):
                    changes.append(_text(msg("packs.change.policy", key=key, before=f"{before:g}",
                                             after=f"{getattr(policy, key):g}")))
            header.policy = policy
    for dept, name in overlay.departments.items():
        if dept not in header.departments:
            changes.append(_text(msg("packs.change.department_added", id=dept, name=name)))
        header.departments[dept] = name
    return header


def _change(ind: Indicator | None, ind_id: str, change: IndicatorChange, doc: YamlDoc,
            problems: list[Problem], changes: list[LocalText]) -> None:
    path = ("change", ind_id)
    if ind is None:
        problems.append(doc.problem(msg("packs.no_such_indicator", id=ind_id), path))
        return
    # from here on, problems with this indicator are the overlay's doing: point there
    ind.at = Located(file=doc.file, line=doc.key_line(path))
    before_rule = _rule_text(ind)
    for key in change.model_dump(exclude_none=True, exclude={"rule"}):
        old, new = getattr(ind, key), getattr(change, key)
        if old == new:
            continue
        setattr(ind, key, new)
        if key == "points" and old is not None:
            changes.append(_text(msg("packs.change.points", id=ind_id, before=format_number(old),
                                     after=format_number(new))))
        else:
            changes.append(_text(msg("packs.change.field", id=ind_id, field=_field(key))))
    if change.rule:
        ind.rule = ind.rule.changed(change.rule)
        after_rule = _rule_text(ind) if type_rule(ind, doc, path, problems) else before_rule
        if after_rule != before_rule:
            changes.append(_text(msg("packs.change.figure", id=ind_id, before=before_rule,
                                     after=after_rule)))
    try:
        Indicator.model_validate(ind.model_dump(exclude={"rule"}) | {"rule": None})
    except ValidationError as exc:
        problems.extend(validation_problems(doc, exc, path))


def _remove(sections: list[Section], pack: Pack, ind_id: str, index: int, doc: YamlDoc,
            problems: list[Problem], changes: list[LocalText]) -> None:
    path = ("remove", index)
    users = [c.id for c in pack.conditions if ind_id in c.rests_on]
    if users:
        problems.append(doc.problem(msg("packs.cannot_remove", id=ind_id, conditions=users), path,
                                    field="remove"))
        return
    for sec in sections:
        kept = [i for i in sec.indicators if i.id != ind_id]
        if len(kept) != len(sec.indicators):
            sec.indicators = kept
            changes.append(_text(msg("packs.change.removed", id=ind_id)))
            return
    problems.append(doc.problem(msg("packs.no_such_indicator", id=ind_id), path, field="remove"))


def _add(sections: list[Section], raw: dict[str, Any], i: int, doc: YamlDoc,
         problems: list[Problem], changes: list[LocalText], broken: set[str]) -> None:
    path = ("add", i)
    try:
        ind = Indicator.model_validate(raw)
    except ValidationError as exc:
        problems.extend(validation_problems(doc, exc, path))
        broken.add(str(raw.get("id")))
        return
    ind.at = Located(file=doc.file, line=doc.locate(path)[0])
    if not type_rule(ind, doc, path, problems):
        broken.add(ind.id)
        return
    if ind.section is None:  # `S03.15` is added to S03, `2.3` to 2, unless it names its section
        ind.section = ind.id_prefix()
    section = next((s for s in sections if s.id == ind.section), None)
    if section is None:
        problems.append(doc.problem(msg("packs.no_such_section", section=ind.section or ind.id),
                                    path, hint=msg("packs.hint.name_section")))
        return
    section.indicators.append(ind)
    rule = _rule_text(ind)
    if ind.points is None:  # a pack scoring items (or a missing points, refused by cross_check)
        changes.append(_text(msg("structure.change_added_item", id=ind.id, title=ind.title,
                                 rule=rule)))
        return
    changes.append(_text(msg("packs.change.added", id=ind.id, title=ind.title, rule=rule,
                             points=format_number(ind.points))))


def _rule_text(ind: Indicator) -> LocalText:
    """An indicator's figure in words, as its kind says it (for the list of changes)."""
    return kinds.get(ind.kind).describe(ind.rule)


def _text(change: Msg) -> LocalText:
    return LocalText.from_msg(change)


def _field(key: str) -> Msg | str:
    """A field of an indicator by its name in words (`责任单位`; `lead` in English)."""
    code = f"packs.field.{key}"
    return msg(code) if code in CATALOGUE else key
