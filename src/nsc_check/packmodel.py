"""The models of a criteria pack (the standard: its header, policy, sections, indicators, basic
conditions) and the checks a pack must pass, shared by the loader (pack.py) and overlays
(overlay.py): ids unique and in their section, references resolved, points (or items) as the pack
scores, basic conditions quoting the figures they rest on. Neither module imports the other:
both import this one.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cached_property
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from . import kinds
from .errors import Problem, Refusal
from .fields import empty_list
from .ids import HeaderId, SafeId
from .kinds.base import FigureRule, no_repeats
from .messages import Msg, msg
from .result import OverlayInfo
from .text import LocalText
from .yamlio import YamlDoc, validation_problems

DEFAULT_PACK = "nsc-2010"


class _Model(BaseModel):
    # Built on first use: a pack from the cache (packcache.py) is never validated again.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, defer_build=True)


class Policy(_Model):
    """How scores become a verdict; the pack declares it."""

    min_score_pct: float = Field(90, ge=0, le=100, description="overall score needed to be ready")
    section_floor_pct: float = Field(80, ge=0, le=100, description="no section may score less")
    partial_credit: float = Field(0.5, ge=0, le=1, description="share of points for `partial`")
    max_age_days: int = Field(365, ge=1, description="evidence older than this is stale")


class EffortClass(_Model):
    """How much work closing a gap takes (`weeks`, `months`, `year`): the plan's cost of a gap
    and the time it back-plans from an application date."""

    title: LocalText
    weeks: int = Field(ge=1, le=520, description="typical weeks of work to close such a gap")


def default_efforts() -> dict[str, EffortClass]:
    """The effort classes of a pack that declares none."""
    from .messages import msg

    return {name: EffortClass(title=LocalText.from_msg(msg(f"plan.effort_{name}")), weeks=weeks)
            for name, weeks in (("weeks", 6), ("months", 17), ("year", 52))}


class Located(_Model):
    """Where a rule was written, for messages about it."""

    file: str = ""
    line: int | None = None


class Rule(_Model):
    """What indicators and own-evidence conditions share: a kind and its typed rule."""

    kind: str
    rule: Any = None
    max_age_days: int | None = Field(None, ge=1)


class Indicator(Rule):
    id: SafeId
    title: LocalText
    points: float | None = Field(None, gt=0, description="its points (a pack scored by points)")
    section: SafeId | None = Field(
        None, description="the section it belongs to: set from the section file it is written "
                          "in; an overlay's added indicator names it (or its id begins with it: "
                          "`S03.15` in S03)")
    lead: str
    veto: bool = False
    basis: Literal["standard", "practice"] = "standard"
    source: LocalText | None = None
    evidence: LocalText | None = Field(None, description="what evidence proves it")
    remediation: LocalText | None = None
    effort: str | None = Field(None, description="effort class of closing its gap (plan)")
    at: Located = Field(default_factory=Located, exclude=True)

    @property
    def section_id(self) -> str:
        """The id of its section (set by the loader before anything reads it)."""
        return self.section or ""

    def id_prefix(self) -> str | None:
        """The section its id names by the usual numbering (`S03` of `S03.15`, `2` of `2.3`)."""
        head, dot, _ = self.id.rpartition(".")
        return head if dot else None


class AtLeast(_Model):
    count: int = Field(ge=1)
    of: list[SafeId] = Field(min_length=1)
    others_within: float | None = Field(None, gt=1, description="the rest within this multiple")

    @model_validator(mode="after")
    def _count_fits(self) -> AtLeast:
        no_repeats(self.of, "the indicators of `at_least.of`")
        if self.count > len(self.of):
            raise Refusal(msg("packs.count_too_high", count=self.count, listed=len(self.of)))
        return self


class Condition(_Model):
    id: SafeId
    title: LocalText
    lead: str
    requires: list[SafeId] | None = Field(None, min_length=1)
    at_least: AtLeast | None = None
    kind: str | None = None
    rule: Any = None
    max_age_days: int | None = Field(None, ge=1)
    basis: Literal["standard", "practice"] = "standard"
    source: LocalText | None = None
    evidence: LocalText | None = None
    remediation: LocalText | None = None
    effort: str | None = Field(None, description="effort class of meeting it (own evidence)")
    at: Located = Field(default_factory=Located, exclude=True)
    # the texts as written, with {S03.04} where they quote an indicator's figure (see quote_figures)
    _written: dict[str, LocalText] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _one_form(self) -> Condition:
        forms = [self.requires is not None, self.at_least is not None, self.kind is not None]
        if sum(forms) != 1:
            raise Refusal(msg("packs.one_form"))
        return self

    @property
    def rests_on(self) -> list[str]:
        if self.requires is not None:
            return list(self.requires)
        if self.at_least is not None:
            return list(self.at_least.of)
        return []


class Section(_Model):
    id: SafeId
    title: LocalText
    indicators: list[Indicator] = Field(min_length=1)


Scoring = Literal["points", "items"]


class PackHeader(_Model):
    id: HeaderId
    title: LocalText
    edition: str
    source: LocalText | None = None
    scoring: Scoring = Field("points", description=(
        "points: each indicator carries points (`points:`, adding up to `points_total`), "
        "`partial` earns `policy.partial_credit` of them and the floors are shares of the points; "
        "items: each indicator is met (`pass`) or not, none carries points, and the floors are "
        "shares of the items met (100 for all of them)"))
    points_total: float | None = Field(None, gt=0, description="the points of all indicators "
                                       "(scoring: points)")
    policy: Policy = Field(default_factory=Policy)
    departments: dict[SafeId, LocalText] = Field(min_length=1)
    effort_classes: dict[str, EffortClass] = Field(
        default_factory=default_efforts, min_length=1,
        description="how long closing a gap takes, by class; indicators name theirs (`effort:`)")
    effort_default: str = Field("months", description="the class of an indicator naming none")
    basic_conditions: bool = Field(True, description=(
        "false: the pack has no basic conditions; else basic-conditions.yaml must be there (a "
        "missing file never passes for none)"))

    @model_validator(mode="after")
    def _default_effort_known(self) -> PackHeader:
        if self.effort_default not in self.effort_classes:
            from .errors import Refusal
            from .messages import msg

            raise Refusal(msg("plan.unknown_effort_default", effort=self.effort_default),
                          msg("plan.effort_hint", classes=list(self.effort_classes)))
        return self

    @model_validator(mode="before")
    @classmethod
    def _edition_text(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("edition"), int):
            data = {**data, "edition": str(data["edition"])}
        return data


class Pack(_Model):
    header: PackHeader
    conditions: list[Condition]
    sections: list[Section]
    folder: str = ""
    tailoring: list[OverlayInfo] = Field(default_factory=empty_list)
    removed: set[str] = Field(default_factory=set, description="ids overlays removed")

    @property
    def id(self) -> str:
        return self.header.id

    def indicators(self) -> list[Indicator]:
        return [ind for sec in self.sections for ind in sec.indicators]

    def indicator(self, indicator_id: str) -> Indicator | None:
        return self._indicators_by_id.get(indicator_id)

    def condition(self, condition_id: str) -> Condition | None:
        return self._conditions_by_id.get(condition_id)

    # Looked up for every entry of every city; a cached_property is a plain attribute afterwards.
    @cached_property
    def _indicators_by_id(self) -> dict[str, Indicator]:
        return {ind.id: ind for ind in self.indicators()}

    @cached_property
    def _conditions_by_id(self) -> dict[str, Condition]:
        return {c.id: c for c in self.conditions}

    @cached_property
    def city_needs(self) -> dict[str, set[str]]:
        """The ids whose figure depends on the city, with the properties of city.yaml it needs."""
        owners: list[Indicator | Condition] = [*self.indicators(),
                                               *(c for c in self.conditions if c.kind)]
        return {o.id: needs for o in owners if (needs := kinds.city_properties(o.rule))}

    def weight(self, ind: Indicator) -> float:
        """What an indicator counts for in a score: its points, or 1 (an item) when the pack
        scores items."""
        if self.header.scoring == "items":
            return 1.0
        assert ind.points is not None  # the loader refuses a points pack's indicator without
        return ind.points

    def evidence_ids(self) -> set[str]:
        """Ids a department may report: every indicator and the own-evidence conditions."""
        return set(self._indicators_by_id) | {c.id for c in self.conditions if c.kind}


# ---------------------------------------------------------------------------------------------
# Checks shared by the loader and overlays


def _validate(model: type[BaseModel], doc: YamlDoc, data: Any, path: tuple[Any, ...],
              problems: list[Problem]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems.extend(validation_problems(doc, exc, path))
        return None


def type_rule(owner: Rule | Condition, doc: YamlDoc, path: tuple[Any, ...],
              problems: list[Problem]) -> bool:
    """Replace the raw `rule` mapping with the kind's own Rule model; False if it fails."""
    module = kinds.KINDS.get(owner.kind or "")
    if module is None:
        problems.append(doc.problem(msg("packs.unknown_kind", kind=str(owner.kind)),
                                    (*path, "kind"), hint=msg("packs.hint.kinds",
                                                              kinds=list(kinds.KINDS))))
        return False
    typed = _validate(module.Rule, doc, owner.rule or {}, (*path, "rule"), problems)
    if typed is None:
        return False
    owner.rule = typed
    return True


def cross_check(header: PackHeader, conditions: list[Condition], sections: list[Section],
                problems: list[Problem], totals_doc: YamlDoc, broken: set[str]) -> None:
    """Ids unique and in their section, departments known, references resolved, points adding
    up; `totals_doc` is where the declared points total is written (pack.yaml or an overlay)."""
    def at(item: Indicator | Condition | Section, message: Msg, hint: Msg | None = None,
           field: str | None = None) -> None:
        located = getattr(item, "at", None) or Located()
        if isinstance(item, Section):
            located = item.indicators[0].at
        problems.append(Problem(message, located.file or None, located.line, None, hint,
                                field=field))

    def unknown_lead(item: Indicator | Condition) -> None:
        at(item, msg("packs.unknown_department", department=item.lead), msg(
            "evidence.hint.departments",
            departments=[msg("evidence.department_named", id=d, name=n)
                         for d, n in header.departments.items()]), field="lead")

    seen: dict[str, Indicator] = {}
    section_ids: set[str] = set()
    # ids numbered by their section (`S03.01` in S03, `2.3` in 2), as most packs write them: then
    # all of them are, and an id numbered for another section is a mistake
    everyone = [(ind, sec.id) for sec in sections for ind in sec.indicators]
    numbered = sum(ind.id_prefix() == sec_id for ind, sec_id in everyone) * 2 > len(everyone)
    for section in sections:
        if section.id in section_ids:
            at(section, msg("packs.section_twice", section=section.id))
        section_ids.add(section.id)
        for ind in section.indicators:
            if ind.id in seen:
                at(ind, msg("packs.indicator_twice", id=ind.id, file=seen[ind.id].at.file,
                            line=seen[ind.id].at.line))
            seen[ind.id] = ind
            if ind.section != section.id or (numbered and ind.id_prefix() != section.id):
                # written in one section, named (by `section:` or its numbering) in another
                at(ind, msg("packs.wrong_section", id=ind.id, section=section.id),
                   msg("packs.hint.section_ids", section=section.id))
            if ind.lead not in header.departments:
                unknown_lead(ind)
            _check_effort(header, ind, problems)
    cond_ids: set[str] = set()
    for cond in conditions:
        if cond.id in cond_ids:
            at(cond, msg("packs.condition_twice", id=cond.id))
        cond_ids.add(cond.id)
        if cond.lead not in header.departments:
            unknown_lead(cond)
        _check_effort(header, cond, problems)
        for ref in cond.rests_on:
            if ref not in seen and ref not in broken:
                at(cond, msg("packs.unknown_reference", id=cond.id, ref=ref))
    _check_scoring(header, list(seen.values()), problems, totals_doc, broken)


def _check_scoring(header: PackHeader, indicators: list[Indicator], problems: list[Problem],
                   totals_doc: YamlDoc, broken: set[str]) -> None:
    """A points pack gives every indicator its points, adding up to the total declared; a pack
    scoring items gives none (they would be ignored: a score that is not what it says)."""
    def missing(ind: Indicator, code: str) -> None:
        problems.append(Problem(msg(code, id=ind.id), ind.at.file or None, ind.at.line,
                                field="points"))

    if header.scoring == "items":
        for ind in indicators:
            if ind.points is not None:
                missing(ind, "packs.points_in_items_pack")
        if header.points_total is not None:
            problems.append(totals_doc.problem(msg("packs.total_in_items_pack"),
                                               ("points_total",)))
        return
    without = [ind for ind in indicators if ind.points is None]
    for ind in without:
        missing(ind, "packs.points_missing")
    if header.points_total is None:
        problems.append(totals_doc.problem(msg("packs.total_missing"), (),
                                           hint=msg("packs.hint.scoring")))
        return
    total = sum(ind.points or 0 for ind in indicators)
    if abs(total - header.points_total) > 1e-6 and not broken and not without:
        problems.append(totals_doc.problem(
            msg("packs.points_mismatch", total=f"{total:g}", declared=f"{header.points_total:g}"),
            ("points_total",)))


# ---------------------------------------------------------------------------------------------
# Basic conditions quote the figures of the indicators they rest on

QUOTE = re.compile(r"\{([A-Za-z0-9][A-Za-z0-9._-]*)\}")
_QUOTING = ("title", "evidence", "remediation")


def _figure_text(ind: Indicator) -> LocalText:
    """The figure as a condition quotes it: `≥ 80%`, or the kind's whole requirement."""
    if not isinstance(ind.rule, FigureRule):
        return kinds.get(ind.kind).describe(ind.rule)
    figure = ind.rule.describe()
    if getattr(ind.rule, "days_to_share", False):
        return LocalText.from_msg(msg("domain.share_of_year", figure=figure))
    return figure


def _has_figure(ind: Indicator) -> bool:
    return isinstance(ind.rule, FigureRule)


def quote_figures(conditions: list[Condition], sections: list[Section], problems: list[Problem],
                  broken: Collection[str] = ()) -> None:
    """Write each basic condition's texts with the figures of the indicators it rests on.

    A condition's title, evidence and remediation say `{S03.04}` where they quote the figure of
    S03.04; it is shown as that indicator's requirement in force (`≥ 80%`, or what an overlay
    made it), so a title never contradicts the figure it rests on. A condition that rests on an
    indicator with a figure must quote it in its title; a text may quote only indicators the
    condition rests on. Run again after an overlay changed figures: the texts as written are kept.
    """
    by_id = {ind.id: ind for sec in sections for ind in sec.indicators}
    for cond in conditions:
        if not cond._written:
            cond._written = {f: t for f in _QUOTING if (t := getattr(cond, f)) is not None}
        located = cond.at
        for field, written in cond._written.items():
            refs = QUOTE.findall(written.zh) + QUOTE.findall(written.en)
            unknown = sorted({r for r in refs if r not in cond.rests_on})
            for ref in unknown:
                problems.append(Problem(
                    msg("domain.quote_unknown", condition=cond.id, ref=ref,
                        field=msg(f"domain.field_{field}")),
                    located.file or None, located.line))
            if unknown or any(r not in by_id or not isinstance(by_id[r].rule, BaseModel)
                              for r in refs):
                continue  # a problem reported elsewhere: an unknown or broken indicator
            # the pack's own text, with the figures filled in: data, not a catalogue message
            setattr(cond, field, LocalText(
                zh=QUOTE.sub(lambda m: _figure_text(by_id[m.group(1)]).zh, written.zh),
                en=QUOTE.sub(lambda m: _figure_text(by_id[m.group(1)]).en, written.en)))
        title = cond._written.get("title")
        for ref in cond.requires or ():
            ind = by_id.get(ref)
            if ind is None or ref in broken or not _has_figure(ind) or title is None:
                continue
            if f"{{{ref}}}" not in title.zh or f"{{{ref}}}" not in title.en:
                problems.append(Problem(msg("domain.quote_missing", condition=cond.id, ref=ref),
                                        located.file or None, located.line,
                                        hint=msg("domain.quote_hint", ref=ref)))



def _check_effort(header: PackHeader, owner: Indicator | Condition, problems: list[Problem]
                  ) -> None:
    """An indicator's `effort:` names one of the pack's effort classes."""
    if owner.effort is not None and owner.effort not in header.effort_classes:
        problems.append(Problem(
            msg("plan.unknown_effort", item=owner.id, effort=owner.effort),
            owner.at.file or None, owner.at.line, None,
            msg("plan.effort_hint", classes=list(header.effort_classes)), field="effort"))
