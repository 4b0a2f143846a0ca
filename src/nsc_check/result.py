"""The Assessment: the one result every reporter reads, and the JSON contract other tools rely on.

`nsc-check schema` prints the JSON Schema generated from these models; `--format json` is
`Assessment.model_dump_json()`. Bump SCHEMA_VERSION on any incompatible change.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from .fields import empty_list
from .messages import CATALOGUE
from .text import Lang, LocalText, Note, as_note

# 1.1: messages and findings may carry a `code`; 2.0: every message, finding and reason carries
# its catalogue code and arguments; problems (validate, batch, diff) are ProblemData; 2.1: points
# at stake (points_lost, points_short, points_full, not_applicable), requirement, near_miss
SCHEMA_VERSION = "2.1"

NoteField = Annotated[Note, BeforeValidator(as_note)]
# What a kind's evaluation (or the assessor, for missing, stale, invalid) makes of an indicator
Status = Literal["pass", "partial", "fail", "missing", "stale", "not_applicable", "invalid"]
# The statuses that are no gap: everything else is one, what the city must act on. Reports ask
# `is_gap` (or `Assessment.gaps`, `SectionResult.gap_count`); none restates this.
NOT_GAPS: tuple[Status, ...] = ("pass", "not_applicable")


def is_gap(status: str) -> bool:
    """Whether an indicator with this status is a gap the city must act on."""
    return status not in NOT_GAPS


GapDirection = Literal["below", "above", "count", "levels", "multiple"]


class Gap(BaseModel):
    """How far a result is from its figure, in the indicator's own unit."""

    amount: float = Field(description="distance to the figure, always positive")
    unit: str = Field(description="unit of the amount: '%' means percentage points")
    direction: GapDirection = Field(
        description="below: short of a minimum; above: over a maximum; count: missing items or "
        "events; levels: grades short; multiple: worst measure as a multiple of its limit")
    text: LocalText
ConditionStatus = Literal["met", "not_met", "undetermined"]
VerdictLevel = Literal["not_eligible", "eligible_not_ready", "ready"]
GroupBy = Literal["section", "department"]


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)  # a saved result read back too


# The two results every indicator of every city makes (IndicatorResult, Location) are plain
# slotted dataclasses, not models: made without validation (assess._indicator gives each field
# the type validation would give it, else validates) and serialised by pydantic through the
# Assessment, to the same JSON and the same schema as the models they were. Being dataclasses,
# they have no model methods: read their fields.
_PLAIN_RESULT = _Result.model_config


@dataclass(slots=True, kw_only=True)
class Location:
    __pydantic_config__ = _PLAIN_RESULT

    file: str
    line: int | None = None


class Department(_Result):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, frozen=True)  # shared

    id: str
    name: LocalText


def department(dept_id: str, name: LocalText) -> Department:
    """The Department of this id and name, made once and shared by every result naming it (it
    is frozen): the same fifteen or so departments lead every item of every city."""
    # Keyed by the name's texts: hashing the frozen model itself runs Python code each time.
    key = (dept_id, name.zh, name.en)
    found = _DEPARTMENTS.get(key)
    if found is None:
        if len(_DEPARTMENTS) >= 1024:
            _DEPARTMENTS.clear()
        found = _DEPARTMENTS[key] = Department(id=dept_id, name=name)
    return found


_DEPARTMENTS: dict[tuple[str, str, str], Department] = {}

_LATER = ConfigDict(extra="forbid", allow_inf_nan=False, defer_build=True)
# Reports other commands print, and parts of a result that a city without waivers, overlays or
# problems never makes: their validators and serialisers are built when first used, so that
# `assess` (run once a city) does not build them at start-up.


class WaiverInfo(_Result):
    """An agreed exemption declared in the evidence; it sets the indicator aside while active."""

    model_config = _LATER

    justification: str
    approved_by: str
    expires: dt.date
    active: bool = Field(description="in force on the assessment date; false once expired")
    applied: bool = Field(False, description="in force and setting a gap aside: out of the score "
                          "shown with waivers (`summary.with_waivers`), never out of the verdict")


class OverlayInfo(_Result):
    """One overlay applied to the pack, and what it changed."""

    model_config = _LATER

    file: str
    title: LocalText | None = None
    changes: list[LocalText] = Field(default_factory=empty_list)


# What `measured` holds, kind by kind (`nsc-check criteria kinds` describes each kind).
MEASURED_DOC = (
    "the value compared with the requirement, by kind: threshold: the number reported, in the "
    "requirement's unit; ratio: the percentage numerator/denominator (0–100); series: the worst "
    "of the latest years (the share of days, in %, when the rule counts days); grade: the grade "
    "reported (a string on the requirement's scale); metrics: the worst measure as a multiple "
    "of its limit (1 = at the limit; null when a measure allowed none is over); no_events: the "
    "number of events inside the window; document: the number of required documents present "
    "and valid; inspection: the result, one of 达标 / 基本达标 / 不达标. Null when nothing "
    "usable was reported.")


class Requirement(_Result):
    """The requirement of an indicator, for machines: `measured` <operator> `figure` passes."""

    operator: Literal[">=", "<=", "==", ">", "<"] = Field(
        description="how `measured` compares with `figure`; for a grade, `>=` means the figure "
        "or better on the scale (best first)")
    figure: float | str | None = Field(
        description="the figure that applies to this city (a number, a grade, or 达标 for an "
        "inspection); null when it depends on a city property not given")
    unit: str | None = Field(
        None, description="unit of the figure and of `measured`: '%', 'dB(A)', …; 'grade', "
        "'limit_multiple' (metrics), 'events' (no_events), 'documents' (document), "
        "'inspection_result' (inspection); null when the figure has none")
    scale: list[str] | None = Field(None, description="grade and inspection: the grades or "
                                    "results, best first")


class NotApplicablePoints(_Result):
    """An indicator declared not applicable: its points are left out of the total possible."""

    id: str
    title: LocalText
    points: float


@dataclass(slots=True, kw_only=True)
class IndicatorResult:
    __pydantic_config__ = _PLAIN_RESULT

    id: Annotated[str, Field(description="indicator id, e.g. S03.04")]
    section: str
    title: LocalText
    kind: str
    status: Status
    veto: bool = False
    basis: Literal["standard", "practice"]
    lead: Department
    measured: Annotated[float | str | None, Field(description=MEASURED_DOC)] = None
    measured_text: LocalText | None = None
    required_text: LocalText | None = None
    figure_note: Annotated[LocalText | None, Field(description="which figure applied, and why")
                           ] = None
    requirement: Annotated[Requirement | None, Field(
        description="the requirement, machine-readable (operator, figure, unit)")] = None
    gap: Gap | None = None
    limit_multiple: float | None = None
    points_awarded: float
    points_possible: Annotated[float, Field(description="0 when not applicable")]
    points_lost: Annotated[float, Field(description="points at stake: possible less awarded, "
                                        "what closing this gap regains; 0 when passed or not "
                                        "applicable")] = 0.0
    evidence: Annotated[Location | None, Field(description="where the evidence was reported")
                        ] = None
    as_of: Annotated[dt.date | None, Field(description="the date the data describes")] = None
    not_applicable_reason: str | None = None
    note: str | None = None
    findings: list[NoteField] = dataclass_field(default_factory=empty_list)
    messages: list[NoteField] = dataclass_field(default_factory=empty_list)
    remediation: LocalText | None = None
    waiver: WaiverInfo | None = None

    @property
    def is_gap(self) -> bool:
        """Not passed nor set aside: what the city must act on."""
        return is_gap(self.status)


class ConditionResult(_Result):
    id: str = Field(description="basic condition id, e.g. B05")
    title: LocalText
    status: ConditionStatus
    near_miss: bool = Field(False, description="met with no margin: an indicator it counts "
                            "fails (B05: 3 of 4 vectors, the fourth within its multiple)")
    lead: Department
    rests_on: list[str] = Field(default_factory=empty_list, description="indicator ids it reads")
    kind: str | None = Field(None, description="own evidence kind, when it has evidence of its own")
    evidence_status: Status | None = Field(
        None, description="how its own evidence stands (missing, stale, invalid, …), when it has any")
    measured_text: LocalText | None = None
    required_text: LocalText | None = None
    evidence: Location | None = None
    findings: list[NoteField] = Field(default_factory=empty_list)
    messages: list[NoteField] = Field(default_factory=empty_list)


class SectionResult(_Result):
    id: str
    title: LocalText
    points_awarded: float
    points_possible: float
    percent: float | None = Field(description="its score in percent; null when it has nothing "
                                  "left to score (every indicator not applicable, or removed by "
                                  "an overlay): not applicable, never 100, never below its floor")
    floor_percent: float
    below_floor: bool
    points_short: float = Field(0.0, description="points the section lacks to reach its floor "
                                "(floor% of its points possible, less those awarded); 0 if met")
    points_lost: float = Field(0.0, description="points its gaps lose in all")
    counts: dict[str, int] = Field(description="indicators by status")

    @property
    def gap_count(self) -> int:
        """How many of its indicators are gaps."""
        return sum(n for status, n in self.counts.items() if is_gap(status))


class Verdict(_Result):
    level: VerdictLevel
    eligible: bool
    ready: bool
    reasons: list[NoteField]


class WithWaivers(_Result):
    """The score as it would stand if the city's own waivers were accepted. National assessors
    do not accept them: `eligible`, `ready` and the verdict are judged on the evidence alone."""

    model_config = _LATER

    set_aside: list[str] = Field(description="indicators the waivers set aside")
    points_awarded: float
    points_possible: float
    percent: float
    verdict: VerdictLevel = Field(description="the verdict the waivers would give")
    changes_verdict: bool = Field(description="true when that differs from the real verdict")


class Summary(_Result):
    eligible: bool
    ready: bool
    verdict: VerdictLevel
    reasons: list[NoteField]
    points_awarded: float
    points_possible: float
    percent: float
    min_score_percent: float
    points_short: float = Field(0.0, description="points the score lacks to reach the overall "
                                "floor (min_score_percent of the points possible, less those "
                                "awarded); 0 if met")
    points_full: float = Field(0.0, description="the pack's total points; the points possible "
                               "are less by the indicators not applicable")
    not_applicable: list[NotApplicablePoints] = Field(
        default_factory=empty_list, description="why `points_possible` is under `points_full`: the "
        "indicators declared not applicable, with their points")
    conditions_met: int
    conditions_total: int
    waivers_active: int = Field(0, description="indicators set aside by a waiver (`applied`)")
    with_waivers: WithWaivers | None = Field(
        None, description="the score with the waivers accepted; null when no waiver applies")
    assumed_pass: list[str] = Field(
        default_factory=empty_list, description="ids assessed as though closed (`--assume-pass`)")
    counts: dict[str, int] = Field(description="indicators by status")


class CityInfo(_Result):
    name: LocalText
    assessment_date: dt.date
    province: str | None = None
    built_up_area_km2: float | None = None
    population: int | None = None


class PackInfo(_Result):
    id: str
    title: LocalText
    edition: str
    scoring: Literal["points", "items"] = Field(
        "points", description="points: `points_awarded`/`points_possible` are points; items: "
        "they count the indicators met and assessed (each 1), the pack giving no points")


class Filters(_Result):
    sections: list[str] = Field(default_factory=empty_list)
    statuses: list[str] = Field(default_factory=empty_list)
    department: str | None = None


class Assessment(_Result):
    schema_version: str = SCHEMA_VERSION
    tool_version: str
    pack: PackInfo
    city: CityInfo
    as_of: dt.date = Field(description="the assessment date")
    summary: Summary
    conditions: list[ConditionResult]
    sections: list[SectionResult]
    indicators: list[IndicatorResult]
    tailoring: list[OverlayInfo] = Field(
        default_factory=empty_list, description="overlays applied to the pack; empty when none")
    filters: Filters | None = Field(
        None, description="when set, `indicators` holds only the results these filters select")
    collection: Collection | None = Field(
        None, description="how the evidence collection stands, per department")

    def filtered(self, filters: Filters) -> Assessment:
        """The same result with only the indicators the filters select (summary unchanged)."""
        def keep(r: IndicatorResult) -> bool:
            return ((not filters.sections or r.section in filters.sections)
                    and (not filters.statuses or r.status in filters.statuses)
                    and (filters.department is None or r.lead.id == filters.department))
        if not (filters.sections or filters.statuses or filters.department):
            return self
        return self.model_copy(update={
            "indicators": [r for r in self.indicators if keep(r)], "filters": filters})

    def label_key(self, key: str) -> str:
        """The report label of a score (`points`, `score`, `percent`, the `sections` table): its
        words for items met when the pack scores items, not points; any other label as it is."""
        if self.pack.scoring == "items" and f"ui.items_{key}" in CATALOGUE:
            return f"items_{key}"
        return key

    def gaps(self) -> list[IndicatorResult]:
        """Indicators that are not passed nor set aside: what the city must act on."""
        return [i for i in self.indicators if is_gap(i.status)]

    def listed(self) -> list[IndicatorResult]:
        """What reports list: the gaps or, when a status filter is set, all that it selects."""
        if self.filters is not None and self.filters.statuses:
            return list(self.indicators)
        return self.gaps()

    def grouped(self, by: GroupBy, lang: Lang) -> list[tuple[str, str, list[IndicatorResult]]]:
        """What reports list, as (key, heading, items) by section or by lead department, in the
        order each group first appears; every reporter groups with this, so they all agree."""
        titles = {s.id: s.title.get(lang) for s in self.sections}
        groups: dict[str, tuple[str, list[IndicatorResult]]] = {}
        for r in self.listed():
            key = r.section if by == "section" else r.lead.id
            heading = (f"{r.section} {titles.get(r.section, '')}".strip() if by == "section"
                       else r.lead.name.get(lang))
            groups.setdefault(key, (heading, []))[1].append(r)
        return [(key, heading, items) for key, (heading, items) in groups.items()]

    def not_applicable(self) -> list[IndicatorResult]:
        """Indicators declared not applicable, each with its reason."""
        return [i for i in self.indicators if i.status == "not_applicable"]


# --- the other JSON outputs: `validate --format json` and `batch --format json` ----------------

class ProblemData(_Result):
    """One problem with an input file, as JSON: its code and arguments, and its texts in both
    languages."""

    model_config = _LATER

    code: str = Field(description="stable code of the message in the catalogue")
    args: dict[str, Any] = Field(default_factory=dict, description="the message's arguments")
    message: LocalText = Field(description="the message, with the field it is about")
    field: str | None = Field(None, description="the field as the file writes it")
    file: str | None = None
    line: int | None = None
    column: int | None = None
    hint: LocalText | None = None
    hint_code: str | None = None
    severity: Literal["error", "warning"] = "error"
    text: LocalText = Field(description="the line nsc-check prints for it: file:line:col: …")

    @classmethod
    def of(cls, problem: Any) -> ProblemData:
        hint = problem.hint
        return cls(code=problem.code, args=problem.message.plain_args(),
                   message=LocalText(zh=problem.message_text("zh"), en=problem.message_text("en")),
                   field=problem.field, file=problem.file, line=problem.line,
                   column=problem.column,
                   hint=LocalText.from_msg(hint) if hint is not None else None,
                   hint_code=hint.code if hint is not None else None, severity=problem.severity,
                   text=LocalText(zh=problem.render("zh"), en=problem.render("en")))


class ValidationReport(_Result):
    """What `nsc-check validate --format json` prints."""

    model_config = _LATER

    folder: str
    errors: int
    warnings: int
    problems: list[ProblemData]


class RefusedReport(_Result):
    """What a command asked for `--format json` prints when its input is refused (exit 2): the
    problems, as `validate --format json` gives them."""

    model_config = _LATER

    refused: Literal[True] = True
    errors: int
    problems: list[ProblemData]


class BatchCity(_Result):
    model_config = _LATER

    folder: str
    rank: int | None = Field(description="null when the city's evidence could not be read")
    errors: list[ProblemData]
    assessment: Assessment | None = Field(description="as `assess --format json` prints it")


class BatchReport(_Result):
    """What `nsc-check batch --format json` prints (written city by city)."""

    model_config = _LATER

    tool_version: str
    pack: str
    assessed: int
    broken: int
    cities: list[BatchCity]


# --- how the collection of evidence stands (`nsc-check status`, the head of every report) -------

CollectionState = Literal["reported", "not_reported", "invalid", "stale"]


class DepartmentCollection(_Result):
    """One department's items, by how their evidence stands, and whom to ask."""

    department: Department
    contact: str | None = Field(None, description="the `contact:` of the department's file")
    files: list[str] = Field(default_factory=empty_list, description="the department's evidence files")
    reported: list[str] = Field(description="item ids with usable, current evidence")
    not_reported: list[str] = Field(description="item ids with no evidence yet, or not enough")
    invalid: list[str] = Field(description="item ids whose evidence cannot be used as written")
    stale: list[str] = Field(description="item ids whose evidence is out of date")


class Collection(_Result):
    """How far the evidence has been collected: every item the pack asks evidence for (indicators
    and basic conditions with evidence of their own) counted once, under the department that
    reported it or, when nobody has, the department whose file or lead it is."""

    items: int
    reported: int
    not_reported: int
    invalid: int
    stale: int
    collecting: bool = Field(description="some items are not yet reported")
    notice: LocalText | None = Field(
        None, description="the line shown beside the verdict while collecting")
    departments: list[DepartmentCollection]
    problems: list[ProblemData] = Field(
        default_factory=empty_list,
        description="entries that fit no item (an unknown id, an id reported twice), left out")


Assessment.model_rebuild()


class StatusReport(_Result):
    """What `nsc-check status --format json` prints."""

    model_config = _LATER

    tool_version: str
    pack: PackInfo
    city: CityInfo
    as_of: dt.date = Field(description="the assessment date")
    collection: Collection
