"""Evidence folders: `city.yaml` and one YAML file per member department.

A department file maps indicator ids (and the ids of basic conditions with evidence of their own)
to evidence. Each entry is validated against its indicator's kind, with the rule as context so
units can be checked, the assessment date, so no evidence describes a day after it, and the
folder's attachment lookup. The loader is the only place that reads the folder: it looks up the
files that entries attach, so that `document` evidence is assessed without I/O.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import kinds
from .errors import InputError, Problem, Refusal
from .kinds.base import PAST_HINT, Checking, too_late
from .pack import Pack
from .text import LocalText
from .values import Date, parse_number
from .yamlio import YamlDoc, field_name, read_yaml, validation_problems

CITY_FILE = "city.yaml"
PLAN_FILE = "plan.yaml"  # the city's own costs for `nsc-check plan`: not a department's file
# Keys of an entry that are about the evidence rather than part of it.
ENVELOPE = ("as_of", "note", "source", "not_applicable", "waiver")


class City(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    name: LocalText
    assessment_date: Date
    built_up_area_km2: float | None = Field(None, gt=0)
    population: int | None = Field(None, gt=0, le=1_000_000_000)
    latitude: float | None = Field(None, ge=-90, le=90)
    province: str | None = None
    properties: dict[str, float] = Field(default_factory=dict)


    @field_validator("built_up_area_km2", "latitude", mode="before")
    @classmethod
    def _number(cls, value: object) -> float | None:
        return None if value is None else parse_number(value, None)

    @field_validator("properties")
    @classmethod
    def _not_a_field(cls, value: dict[str, float]) -> dict[str, float]:
        # under properties a field would escape its own checks (latitude within ±90, …)
        named = sorted(k for k in value if k in cls.model_fields)
        if named:
            raise ValueError(f"{named[0]} has a line of its own in city.yaml: write "
                             f"`{named[0]}: …` there, not under properties")
        return value

    def facts(self) -> dict[str, Any]:
        """The properties a rule's figure may depend on."""
        base = {"latitude": self.latitude, "population": self.population,
                "built_up_area_km2": self.built_up_area_km2}
        return {**{k: v for k, v in base.items() if v is not None}, **self.properties}


class DepartmentFile(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    department: str
    as_of: Date | None = None
    contact: str | None = None
    evidence: dict[str, Any] = Field(default_factory=dict)


    @field_validator("evidence", mode="before")
    @classmethod
    def _mapping(cls, value: object) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise ValueError("give a mapping of indicator id → evidence")
        return value


class Waiver(BaseModel):
    """An agreed exemption: why, who approved it, until when."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    justification: str = Field(min_length=1)
    approved_by: str = Field(min_length=1)
    expires: Date



class Envelope(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    as_of: Date | None = None
    note: str | None = None
    source: str | None = None
    not_applicable: str | None = Field(None, min_length=1)
    waiver: Waiver | None = None



@dataclass
class Entry:
    """One piece of evidence: which id it is for, who gave it, where it stands, what it says."""

    id: str
    department: str
    file: str
    line: int | None
    data: Any = None  # the kind's Evidence model; None when declared not applicable or invalid
    as_of: Date | None = None
    note: str | None = None
    source: str | None = None
    not_applicable: str | None = None
    waiver: Waiver | None = None
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class Unfilled:
    """An entry still as `nsc-check init` wrote it: counted as not reported."""

    id: str
    file: str
    line: int | None


@dataclass
class Departments:
    """What the department files say of their departments (the forms carry it back)."""

    contacts: dict[str, str] = field(default_factory=dict)  # department → its `contact:`
    dates: dict[str, dt.date] = field(default_factory=dict)  # department → its file's `as_of:`
    files: dict[str, str] = field(default_factory=dict)  # file name → the department it is of


@dataclass
class EvidenceSet:
    folder: str
    city: City
    entries: dict[str, Entry]
    attachments: frozenset[str]
    unfilled: list[Unfilled] = field(default_factory=list)
    departments: Departments = field(default_factory=Departments)

    def entry_problems(self) -> list[Problem]:
        return [p for e in self.entries.values() for p in e.problems]


def load_evidence(folder: Path, pack: Pack, strict: bool = True,
                  as_of: dt.date | None = None) -> EvidenceSet:
    """Read and check an evidence folder against a pack.

    Problems with files (syntax, unknown ids, an id reported twice, city.yaml) always raise.
    Problems inside one entry raise too when `strict`; otherwise the entry is kept, marked with
    its problems, and assessed as `invalid`. Dates are checked against `as_of` (the assessment
    date asked for), else city.yaml's assessment date.
    """
    if not folder.is_dir():
        raise InputError.single("evidence folder not found", folder,
                                hint="give the folder holding city.yaml and the departments' files")
    fatal: list[Problem] = []
    city = _load_city(folder, fatal)
    on = as_of or (city.assessment_date if city is not None else None)
    attachments = Attachments(folder)
    entries: dict[str, Entry] = {}
    unfilled: list[Unfilled] = []
    departments = Departments()
    files = department_files(folder)
    known = pack.evidence_ids()
    for path in files:
        try:
            doc = read_yaml(path, str(path))
        except InputError as exc:
            fatal.extend(exc.problems)
            continue
        _load_department(doc, pack, known, on, attachments.attach, entries, unfilled, departments,
                         fatal)
    if city is not None:
        _check_city_properties(city, pack, entries)
    if city is None or fatal or (strict and any(e.problems for e in entries.values())):
        raise InputError(fatal + [p for e in entries.values() for p in e.problems])
    return EvidenceSet(folder=str(folder), city=city, entries=entries,
                       attachments=frozenset(attachments.found), unfilled=unfilled,
                       departments=departments)


def department_files(folder: Path) -> list[Path]:
    """The department files of an evidence folder: every .yaml or .yml file but city.yaml."""
    with os.scandir(folder) as found:
        return sorted(folder / f.name for f in found if f.name not in (CITY_FILE, PLAN_FILE)
                      and f.is_file()
                      and os.path.splitext(f.name)[1] in (".yaml", ".yml"))


def _load_city(folder: Path, fatal: list[Problem]) -> City | None:
    path = folder / CITY_FILE
    if not path.is_file():
        fatal.append(Problem("city.yaml is missing: it gives the city's name and assessment date",
                             str(path)))
        return None
    try:
        doc = read_yaml(path)
        return City.model_validate(doc.data)
    except InputError as exc:
        fatal.extend(exc.problems)
    except ValidationError as exc:
        fatal.extend(validation_problems(doc, exc))
    return None


def _load_department(doc: YamlDoc, pack: Pack, known: set[str], on: dt.date | None,
                     attach: Callable[[str], None], entries: dict[str, Entry],
                     unfilled: list[Unfilled], departments: Departments,
                     fatal: list[Problem]) -> None:
    """Read one department file into `entries` (and `unfilled`); what it says of its department
    (contact, date, which file it is) into `departments`."""
    data = doc.data
    if isinstance(data, dict) and "department" not in data:
        data = {**data, "department": Path(doc.file).stem}
    try:
        dept = DepartmentFile.model_validate(data)
    except ValidationError as exc:
        fatal.extend(validation_problems(doc, exc))
        return
    if on is not None and dept.as_of is not None and dept.as_of > on:
        fatal.append(_after(doc, ("as_of",), dept.as_of, on))
    if dept.department not in pack.header.departments:
        fatal.append(doc.problem(f"department: unknown department {dept.department!r}",
                                 ("department",),
                                 hint=f"departments: {', '.join(pack.header.departments)}"))
        return
    departments.files[Path(doc.file).name] = dept.department
    if dept.contact:
        departments.contacts.setdefault(dept.department, dept.contact)
    if dept.as_of is not None:
        departments.dates.setdefault(dept.department, dept.as_of)
    for key, raw in dept.evidence.items():
        path = ("evidence", key)
        item_id = str(key)
        line = doc.key_line(path)
        if item_id in pack.removed:
            continue  # an overlay removed it; the evidence stays valid for the pack itself
        if item_id not in known:
            fatal.append(doc.problem(f"evidence.{item_id}: unknown indicator id", path,
                                     hint=_id_hint(item_id, pack)))
            continue
        first = entries.get(item_id) or next((u for u in unfilled if u.id == item_id), None)
        if first is not None:
            fatal.append(doc.problem(
                f"evidence.{item_id}: already reported in {first.file} line {first.line}", path,
                hint="each indicator is reported by one department, once"))
            continue
        if is_unfilled(raw):
            unfilled.append(Unfilled(item_id, doc.file, line))
            continue
        entries[item_id] = _load_entry(doc, pack, item_id, raw, dept, line, on, attach)


def is_unfilled(raw: Any) -> bool:
    """An entry left as the template wrote it: some empty values and nothing else."""
    return _empty(raw) is True


def _empty(raw: Any) -> bool | None:
    """True if every value inside is empty (None), False if one is not, None if there is no value
    at all (an empty mapping or list). Stops at the first value given: most entries are filled."""
    if raw is None:
        return True
    if isinstance(raw, dict):
        raw = raw.values()
    elif not isinstance(raw, list):
        return False
    seen = None
    for value in raw:
        inner = _empty(value)
        if inner is False:
            return False
        seen = seen or inner
    return seen


def _id_hint(item_id: str, pack: Pack) -> str:
    section = item_id[:3]
    same = sorted(i for i in pack.evidence_ids() if i.startswith(section))
    if same:
        return f"ids in {section}: {same[0]} … {same[-1]}"
    return "ids look like S03.04 (indicators) or B06 (basic conditions with own evidence)"


def _load_entry(doc: YamlDoc, pack: Pack, item_id: str, raw: Any, dept: DepartmentFile,
                line: int | None, on: dt.date | None, attach: Callable[[str], None]) -> Entry:
    path = ("evidence", item_id)
    entry = Entry(id=item_id, department=dept.department, file=doc.file, line=line)
    payload = raw
    if isinstance(raw, dict):
        head = {k: raw[k] for k in ENVELOPE if k in raw}
        if head:
            payload = {k: v for k, v in raw.items() if k not in ENVELOPE}
            try:
                env = Envelope.model_validate(head)
            except ValidationError as exc:
                entry.problems.extend(validation_problems(doc, exc, path))
                return entry
            entry.as_of, entry.note, entry.source = env.as_of, env.note, env.source
            entry.not_applicable, entry.waiver = env.not_applicable, env.waiver
            if on is not None and env.as_of is not None and env.as_of > on:
                entry.problems.append(_after(doc, (*path, "as_of"), env.as_of, on))
    entry.as_of = entry.as_of or dept.as_of
    rule_owner = pack.indicator(item_id) or pack.condition(item_id)
    assert rule_owner is not None and rule_owner.kind is not None
    if entry.not_applicable or entry.waiver:
        declared = "not_applicable" if entry.not_applicable else "waiver"
        refused = cannot_declare(pack, item_id, declared)
        if refused:
            entry.problems.append(doc.problem(
                f"evidence.{item_id}.{declared}: {refused} cannot be declared {declared}",
                (*path, declared), hint="report its evidence instead"))
            return entry
    if entry.not_applicable or (entry.waiver and payload == {}):
        return entry  # nothing to evaluate: declared not applicable, or waived without data
    module = kinds.get(rule_owner.kind)
    try:
        entry.data = module.Evidence.model_validate(
            payload, context=Checking(rule_owner.rule, on, attach))
    except ValidationError as exc:
        entry.problems.extend(
            validation_problems(doc, exc, path) if isinstance(payload, dict) or
            isinstance(payload, list) else
            [doc.problem(f"evidence.{item_id}: {_first_message(exc)}", path,
                         hint=_kind_hint(rule_owner.kind))])
    return entry


def cannot_declare(pack: Pack, item_id: str, declared: str) -> str | None:
    """What makes an item impossible to set aside: the prerequisites and the veto must be judged
    on evidence (a waiver only sets the score aside, so indicators of conditions may have one)."""
    if pack.condition(item_id) is not None:
        return "a basic condition"
    indicator = pack.indicator(item_id)
    if indicator is not None and indicator.veto:
        return "a veto indicator"
    users = [c.id for c in pack.conditions if item_id in c.rests_on]
    if declared == "not_applicable" and users:
        return f"an indicator basic condition {', '.join(users)} rests on"
    return None


def _first_message(exc: ValidationError) -> str:
    return exc.errors()[0]["msg"].removeprefix("Value error, ")


def _kind_hint(kind: str) -> str:
    return f"see `nsc-check criteria kinds` for how {kind} evidence is written"


class Attachments:
    """The files an evidence folder's entries attach, looked up as validation meets them: only the
    files named are checked, however many scans the folder holds.

    `attach` records a file that exists and refuses one reached through a symbolic link (the
    file, or a folder on its way): an attachment must really be inside the evidence folder.
    A missing file is not an error here; the kind reports it as a gap. Hidden files and folders
    (names starting with a dot: `.git`, editors' lock files) are not evidence: never found."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.found: set[str] = set()

    def attach(self, relative: str) -> None:
        path = str(self.folder)
        mode = 0
        for part in relative.split("/"):
            if part.startswith("."):
                return
            path = os.path.join(path, part)
            try:
                mode = os.lstat(path).st_mode
            except OSError:
                return
            if stat.S_ISLNK(mode):
                raise Refusal(f"{relative!r} is reached through a symbolic link; attachments "
                              "must be real files inside the evidence folder",
                              "copy the document into the evidence folder")
        if stat.S_ISREG(mode):
            self.found.add(relative)


# ---------------------------------------------------------------------------------------------
# Checks that need city.yaml or the assessment date.


def _check_city_properties(city: City, pack: Pack, entries: dict[str, Entry]) -> None:
    """A figure that depends on the city (flush toilets by latitude) needs city.yaml to say it;
    the entry is unusable until it does (an error, or `invalid` with --keep-going)."""
    facts = city.facts()
    for item_id, needs in pack.city_needs.items():
        entry = entries.get(item_id)
        for prop in sorted(needs - set(facts)) if entry else ():
            entry.problems.append(Problem(f"{prop} is missing: the figure of {entry.id} depends on it",
                                 str(Path(entry.file).parent / CITY_FILE), None, None,
                                 f"add `{prop}:` to city.yaml"))


def _after(doc: YamlDoc, path: tuple[Any, ...], date: dt.date, on: dt.date) -> Problem:
    return doc.problem(f"{field_name(path)}: {too_late(f'date {date}', on)}", path,
                       hint=PAST_HINT)
