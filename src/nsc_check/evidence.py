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
import re
import stat
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from . import kinds
from .errors import Detail, InputError, Problem, Refusal
from .inputs import check_folder
from .kinds.base import Checking
from .messages import Msg, msg
from .pack import Pack
from .text import LocalText
from .values import Date, normalize_text, parse_count, parse_date, parse_number
from .yamlio import (
    FULLWIDTH_COLON,
    FULLWIDTH_SPACE,
    YamlDoc,
    pydantic_message,
    read_yaml,
    subject_path,
    validation_problems,
)

CITY_FILE = "city.yaml"
PLAN_FILE = "plan.yaml"  # the city's own costs for `nsc-check plan`: not a department's file
# Keys of an entry that are about the evidence rather than part of it.
ENVELOPE = ("as_of", "note", "source", "not_applicable", "waiver")
# What people write meaning "no reason, it applies", or meaning "not applicable" without saying
# why: never the reason an item does not apply (a form's column K, an entry's `not_applicable`),
# never a value.
NOT_A_REASON = {"无", "没有", "否", "不", "空", "无原因", "暂无", "没", "不是", "是", "有", "适用",
                "na", "n/a", "none", "null", "nil", "no", "0", "x", "×", "无此项",
                "true", "false", "yes", "对", "√"}
NOT_A_VALUE = {"不适用", "不涉及", "无此项", "na", "n/a", "无", "不适用。", "本项不适用"}
ONLY_MARKS = re.compile(r"^[\s\-—–―－─_/／\\、.。…·,，;；:：*＊xX×]+$")


def normal_word(value: object) -> str:
    """A short answer as compared with the words above: without spaces, in lower case."""
    return re.sub(r"\s+", "", str(value)).lower()


# Placeholders: a reason still to be written (待定, TBD), or one given elsewhere (见附件, 同上).
PLACEHOLDERS = {"待定", "待补", "待补充", "待填", "待填写", "待查", "待核实", "待确认", "未定",
                "未知", "不详", "不清楚", "略", "省略", "此处省略", "见附件", "详见附件", "见附表",
                "详见附表", "见备注", "详见备注", "见说明", "详见说明", "见上", "暂无", "暂缺",
                "同上", "同前", "如上", "同左", "tbd", "tba", "todo", "tbc", "pending",
                "unknown", "seeattachment", "seeabove", "ditto", "idem", "same", "various", "etc",
                "notapplicable", "inapplicable"}
# A reason says why in at least two letters or characters (`无港`): a single one is a mark or
# a word that says nothing (无, 略, 否, 空, x), and any text that says why is longer.
MIN_REASON = 2


def reason_word(value: object) -> str:
    """A text as compared with the words that are no reason: NFKC (full-width letters are
    letters), in lower case, without format characters (a zero-width space), punctuation,
    symbols or spaces: `Ｎ／Ａ`, `N/A.` and `n a` are all `na`, `无。` is `无`."""
    folded = unicodedata.normalize("NFKC", str(value)).lower()
    return "".join(c for c in folded if unicodedata.category(c)[0] in "LNM")


# Each word above as compared: `reason_word` of it (`n/a` is `na`, `不适用。` is `不适用`).
_NOT_REASONS = frozenset(map(reason_word, NOT_A_REASON | NOT_A_VALUE | PLACEHOLDERS))


def not_a_reason(value: object) -> bool:
    """Whether a text given as the reason an item does not apply says no reason (`无`, `不适用`,
    `/`, blank, `N/A.`, a placeholder such as `待定` or `见附件`, a number alone): an item is set
    aside only for a reason someone can check. Written with its punctuation and in full-width
    letters alike (`无。`, `Ｎ／Ａ`); a reason holds a letter or a Chinese character, and two at
    least (`MIN_REASON`)."""
    word = reason_word(value)
    return (word in _NOT_REASONS or len(word) < MIN_REASON
            or not any(unicodedata.category(c)[0] == "L" for c in word))


class City(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)

    name: LocalText
    assessment_date: Date
    built_up_area_km2: float | None = Field(None, gt=0)
    population: int | None = Field(None, gt=0, le=1_000_000_000)
    latitude: float | None = Field(None, ge=-90, le=90)
    province: str | None = None
    properties: dict[str, float] = Field(default_factory=dict)


    # city.yaml's numbers are read as evidence reads its numbers: `６１２０００` is 612000,
    # `612_000` and `6.12e5` are refused with the same messages
    @field_validator("built_up_area_km2", "latitude", mode="before")
    @classmethod
    def _number(cls, value: object) -> float | None:
        return None if value is None else parse_number(value, None)

    @field_validator("population", mode="before")
    @classmethod
    def _count(cls, value: object) -> int | None:
        return None if value is None else parse_count(value)

    @field_validator("properties", mode="before")
    @classmethod
    def _numbers(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value  # the model words what is not a mapping
        return {key: parse_number(number, None, str(key)) for key, number in value.items()}

    @field_validator("properties")
    @classmethod
    def _not_a_field(cls, value: dict[str, float]) -> dict[str, float]:
        # under properties a field would escape its own checks (latitude within ±90, …)
        named = sorted(k for k in value if k in cls.model_fields)
        if named:
            raise Refusal(msg("evidence.property_is_field", name=named[0]))
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
            raise Refusal(_one_line_mistake(value) or msg("evidence.not_a_mapping"))
        return value


@dataclass(slots=True)
class _PlainHeader:
    """A department file's header as `DepartmentFile` reads it, when written plainly."""

    department: str
    as_of: dt.date | None
    contact: str | None
    evidence: dict[str, Any]


_HEADER_KEYS = frozenset(DepartmentFile.model_fields)
_TEXT_ONLY = frozenset((str,))


def _plain_header(data: Any, file: str) -> _PlainHeader | None:
    """The header of a department file as `DepartmentFile` reads it, taken without the model
    when written plainly (texts, a date as text, entries under ids that are texts), as nearly
    all are; None for the model to read or refuse (anything else), so that a refusal is always
    the model's own."""
    if type(data) is not dict or not _HEADER_KEYS.issuperset(data):
        return None
    department = data["department"] if "department" in data else Path(file).stem
    plain, as_of = _plain_date(data.get("as_of"))
    contact = data.get("contact")
    if not plain or type(department) is not str or (
            contact is not None and type(contact) is not str):
        return None
    evidence = data.get("evidence")
    if evidence is None:
        evidence = {}
    elif type(evidence) is not dict or not _TEXT_ONLY.issuperset(map(type, evidence)):
        return None  # a key that is no text (`2025:`): the model says so
    return _PlainHeader(department, as_of, contact, evidence)


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

    @field_validator("not_applicable")
    @classmethod
    def _a_reason(cls, value: str | None) -> str | None:
        if value is not None and not_a_reason(value):
            raise Refusal(msg("evidence.not_a_reason", value=value),
                          msg("evidence.hint.not_a_reason"))
        return value


@dataclass(slots=True)
class _PlainEnvelope:
    """An envelope without a waiver whose values are what `Envelope` would make of them."""

    as_of: dt.date | None
    note: str | None
    source: str | None
    not_applicable: str | None
    waiver: None = None


def _plain_date(value: Any) -> tuple[bool, dt.date | None]:
    """A date written plainly, as the models read it: (True, the date, or None when there is
    none), or (False, None) for the model to read or to refuse."""
    if value is None:
        return True, None
    if type(value) is not str:
        return False, None
    try:
        return True, parse_date(value)
    except Refusal:
        return False, None


def _plain_envelope(head: dict[str, Any]) -> _PlainEnvelope | None:
    """The envelope of an entry as `Envelope` reads it, taken without the model when it is
    written plainly (texts, a date as text, no waiver), as nearly all are; None for the model to
    read (a waiver) or to refuse (anything else), so a refusal is always the model's own."""
    plain, as_of = _plain_date(head.get("as_of"))
    if "waiver" in head or not plain:
        return None
    note, source = head.get("note"), head.get("source")
    if (note is not None and type(note) is not str) or \
            (source is not None and type(source) is not str):
        return None
    not_applicable = head.get("not_applicable")
    if not_applicable is not None and (type(not_applicable) is not str or not not_applicable
                                       or not_a_reason(not_applicable)):
        return None
    return _PlainEnvelope(as_of, note, source, not_applicable)


@dataclass(slots=True)
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
    # Entries that fit no item (an unknown id, an id reported twice), kept out of the assessment
    # when it goes on without them (--keep-going) and reported as its problems.
    astray: list[Problem] = field(default_factory=list)
    # Warnings: files named like evidence that are not read, copies of files that are
    not_read: list[Problem] = field(default_factory=list)

    def entry_problems(self) -> list[Problem]:
        return [p for e in self.entries.values() for p in e.problems]


def load_evidence(folder: Path, pack: Pack, strict: bool = True,
                  as_of: dt.date | None = None, city_optional: bool = False,
                  keep_going: bool = False) -> EvidenceSet:
    """Read and check an evidence folder against a pack.

    Problems with files (syntax, unknown ids, an id reported twice, city.yaml) always raise.
    Problems inside one entry raise too when `strict`; otherwise the entry is kept, marked with
    its problems, and assessed as `invalid`. With `keep_going`, an entry that fits no item (an
    unknown id, an id reported twice) does not raise either: it is left out, kept in `astray`
    for the report. Dates are checked against `as_of` (the assessment date asked for), else
    city.yaml's assessment date.
    """
    check_folder(folder, msg("evidence.folder_not_found"), msg("evidence.hint.folder"))
    fatal: list[Problem] = []
    city = _load_city(folder, [] if city_optional else fatal)  # form export: the office fills it
    on = as_of or (city.assessment_date if city is not None else None)
    attachments = Attachments(folder)
    got = _Gathered(pack=pack, on=on, attach=attachments.attach, fatal=fatal,
                    keep_going=keep_going)
    skipped: list[str] = []
    try:
        listing = _department_listing(folder, skipped)
    except OSError as exc:  # it could not be listed after all (its permissions just changed)
        raise InputError.single(msg("cli.input.cannot_look", detail=Detail.of_os_error(exc)),
                                folder, hint=msg("cli.hint.permission")) from None
    not_read = _skipped_problems(folder, skipped, [(os.path.basename(f), r) for f, r in listing],
                                 fatal) if skipped else []
    for file, regular in listing:
        doc = _department_doc(file, regular, fatal)
        if doc is not None:
            _load_department(doc, got)
    entries = got.entries
    if city is not None:
        _check_city_properties(city, pack, entries)
    if (city is None and not city_optional) or fatal or \
            (strict and any(e.problems for e in entries.values())):
        raise InputError(fatal + [p for e in entries.values() for p in e.problems])
    return EvidenceSet(folder=str(folder), city=city, entries=entries,  # type: ignore[arg-type]
                       attachments=frozenset(attachments.found), unfilled=got.unfilled,
                       departments=got.departments, astray=got.astray,
                       not_read=not_read + got.left_out)


@dataclass
class _Gathered:
    """What reading an evidence folder's department files gathers, file after file: the entries,
    those left unfilled, what each file says of its department, and the problems: `fatal` ones,
    and `astray` entries that fit no item (fatal too unless the assessment goes on without them,
    `keep_going`)."""

    pack: Pack
    on: dt.date | None  # the assessment date the entries' dates are checked against
    attach: Callable[[str], None]
    fatal: list[Problem]
    keep_going: bool = False
    entries: dict[str, Entry] = field(default_factory=dict)
    unfilled: list[Unfilled] = field(default_factory=list)
    departments: Departments = field(default_factory=Departments)
    astray: list[Problem] = field(default_factory=list)
    known: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    left_out: list[Problem] = field(default_factory=list)  # entries of items an overlay removed
    items: dict[str, _Item] = field(default_factory=dict)

    def __post_init__(self) -> None:
        index = _PackIndex.of(self.pack)
        self.known, self.items = index.known, index.items
        self.removed = self.pack.removed

    def item(self, item_id: str) -> _Item:
        """The item an entry is for (its id known to the pack), with its kind's Evidence."""
        item = self.items.get(item_id)
        if item is None:
            owner = self.pack.indicator(item_id) or self.pack.condition(item_id)
            assert owner is not None and owner.kind is not None
            item = self.items[item_id] = _Item(owner.rule, kinds.get(owner.kind).Evidence,
                                               owner.kind)
        return item

    def stray(self, problem: Problem) -> None:
        """An entry that fits no item: fatal, or left out of a --keep-going assessment."""
        (self.astray if self.keep_going else self.fatal).append(problem)


@dataclass(frozen=True, slots=True)
class _Item:
    """What loading an entry needs of its item: its rule, its kind and the kind's Evidence."""

    rule: Any
    evidence: type[BaseModel]
    kind: str


class _PackIndex:
    """What loading needs of a pack, made once for it rather than for every city of a batch:
    the ids an entry may have, and the items looked up (`_Gathered.item`). The last pack's is
    kept (a batch loads every city against one pack)."""

    last: ClassVar[_PackIndex | None] = None

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.known = pack.evidence_ids()
        self.items: dict[str, _Item] = {}

    @classmethod
    def of(cls, pack: Pack) -> _PackIndex:
        index = cls.last
        if index is None or index.pack is not pack:
            index = cls.last = cls(pack)
        return index


def _department_doc(file: str, regular: bool, fatal: list[Problem]) -> YamlDoc | None:
    """A department file read, or None with why not in `fatal` (a link, a pipe, bad YAML).
    `regular`: the folder's listing says it is a regular file (no link), so no need to ask."""
    strange = None if regular else not_plain_file(file)
    if strange is not None:
        fatal.append(Problem(strange, file, hint=msg("evidence.hint.plain_file")))
        return None
    try:
        return read_yaml(file, file)
    except InputError as exc:
        fatal.extend(exc.problems)
        return None


def department_files(folder: Path) -> list[Path]:
    """The department files of an evidence folder: every .yaml or .yml file but city.yaml (and
    the plan's file); a name that is no plain file is among them too, for `load_evidence` to
    refuse (`not_plain_file`), never skipped in silence."""
    return [folder / name for name, _ in _department_names(folder)]


def _department_names(folder: Path, skipped: list[str] | None = None
                      ) -> list[tuple[str, bool]]:
    """The names of `department_files`, sorted (as the paths themselves sort), each with whether
    the folder's listing says it is a regular file, not a link (then no `lstat` is needed to
    tell: `DirEntry.is_file(follow_symlinks=False)`). A name ending .yaml or .yml in any case
    is read (`ENV.YAML`, as Windows and WPS may write it: Windows sees no difference). The names
    that look like evidence files but are not read (`env.yaml.txt`) are added to `skipped`."""
    names = []
    with os.scandir(folder) as found:
        for f in found:
            name = f.name
            if _is_evidence_name(name):
                if name not in (CITY_FILE, PLAN_FILE) and not _is_folder(f):
                    names.append((name, f.is_file(follow_symlinks=False)))
            elif skipped is not None and (".yaml" in name.lower() or ".yml" in name.lower()):
                skipped.append(name)
    names.sort()
    return names


_READ_SUFFIXES = (".yaml", ".yml")


def _is_evidence_name(name: str) -> bool:
    """Whether a name in the evidence folder is one of its YAML files (city.yaml, the plan's, a
    department's): its suffix is .yaml or .yml, in any case."""
    return os.path.splitext(name)[1].lower() in _READ_SUFFIXES


def _skipped_problems(folder: Path, skipped: list[str], read: list[tuple[str, bool]],
                      fatal: list[Problem]) -> list[Problem]:
    """The files named like evidence (`env.yaml.txt`, `env.yaml.bak`) that are not read: one
    whose evidence would be lost (no `env.yaml` is read) is refused into `fatal`; a copy of a
    file that is read is returned, a warning. Hidden files (an editor's `.env.yaml.swp`) and
    folders are left alone."""
    warnings: list[Problem] = []
    present = {name.lower() for name, _ in read} | {
        name for name in (CITY_FILE, PLAN_FILE) if (folder / name).is_file()}
    for name in sorted(skipped):
        if name.startswith(".") or _is_folder_path(folder / name):
            continue
        lower = name.lower()
        at = min(i for i in (lower.find(".yaml"), lower.find(".yml")) if i >= 0)
        suffix = ".yaml" if lower.startswith(".yaml", at) else ".yml"
        meant = name[:at].strip() + suffix
        file = str(folder / name)
        if meant.lower() in present:
            warnings.append(Problem(msg("evidence.file_copy_not_read", name=meant), file,
                                    hint=msg("evidence.hint.move_copy", name=meant),
                                    severity="warning"))
        else:
            fatal.append(Problem(msg("evidence.file_not_read", suffix=name[at + len(suffix):]
                                     or name[at:]), file,
                                 hint=msg("evidence.hint.rename_to", name=meant)))
    return warnings


def _is_folder_path(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _is_folder(found: os.DirEntry[str]) -> bool:
    """Whether a listed name is a folder, through a link too; a link that cannot be followed (a
    loop) is not one: it is listed, and refused as a link when read."""
    try:
        return found.is_dir()
    except OSError:
        return False


def _department_listing(folder: Path, skipped: list[str] | None = None
                        ) -> list[tuple[str, bool]]:
    """`department_files` as the texts of their paths (`str(folder / name)`), each with whether
    it is known to be a regular file (see `_department_names`)."""
    prefix = str(folder / "x")[:-1]  # the folder as pathlib joins it: `a/b/`, `/`, `` for `.`
    return [(prefix + name, regular) for name, regular in _department_names(folder, skipped)]


def not_plain_file(path: Path | str) -> Msg | None:
    """Why `path` cannot be read as a department's file: a symbolic link (the file must be in the
    folder itself), a named pipe (reading it would wait for ever) or a device; None if plain."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return None  # missing or unreadable: reading it says so
    return _not_plain(mode)


def _not_plain(mode: int) -> Msg | None:
    """`not_plain_file` of a file's `lstat` mode."""
    if stat.S_ISLNK(mode):
        return msg("evidence.file_is_link")
    if stat.S_ISFIFO(mode):
        return msg("evidence.file_is_pipe")
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
        return msg("evidence.file_is_device")
    return None


def _load_city(folder: Path, fatal: list[Problem]) -> City | None:
    path = folder / CITY_FILE
    try:  # one look at it: a link, a pipe or a device is refused, a plain file read
        mode: int | None = os.lstat(path).st_mode
    except OSError:
        mode = None  # missing, or out of reach: `is_file` below says which, as it did
    strange = _not_plain(mode) if mode is not None else None
    if strange is not None:
        fatal.append(Problem(strange, str(path), hint=msg("evidence.hint.plain_file")))
        return None
    if not (stat.S_ISREG(mode) if mode is not None else path.is_file()):
        fatal.append(Problem(msg("evidence.city_missing"), str(path)))
        return None
    try:
        doc = read_yaml(path)
        return City.model_validate(doc.data)
    except InputError as exc:
        fatal.extend(exc.problems)
    except ValidationError as exc:
        fatal.extend(validation_problems(doc, exc))
    return None


def _load_department(doc: YamlDoc, got: _Gathered) -> None:
    """Read one department file into `got`: its header (which department, its date and contact)
    first, then each entry."""
    dept = _department_header(doc, got)
    if dept is None:
        return
    for key, raw in dept.evidence.items():
        _take_entry(doc, dept, key, raw, got)


def _department_header(doc: YamlDoc, got: _Gathered) -> DepartmentFile | _PlainHeader | None:
    """The file as a model, its department known to the pack and recorded (which file is whose,
    its contact and date); None, with the problem in `got.fatal`, if it is not."""
    dept: DepartmentFile | _PlainHeader | None = _plain_header(doc.data, doc.file)
    if dept is None:  # the model reads it, or says what is wrong
        data = doc.data
        if isinstance(data, dict) and "department" not in data:
            data = {**data, "department": Path(doc.file).stem}
        try:
            dept = DepartmentFile.model_validate(data)
        except ValidationError as exc:
            got.fatal.extend(validation_problems(doc, exc))
            return None
    if got.on is not None and dept.as_of is not None and dept.as_of > got.on:
        got.fatal.append(_after(doc, ("as_of",), dept.as_of, got.on))
    departments = got.pack.header.departments
    if dept.department not in departments:
        got.fatal.append(_unknown_department(doc, dept.department, got.pack))
        return None
    name = os.path.basename(doc.file)
    named = os.path.splitext(name)[0].lower()
    if named != dept.department and named in departments:
        # env.yaml saying `department: water`: whose evidence is it? Not a guess to make
        got.fatal.append(doc.problem(
            msg("evidence.department_not_file", file=name, named=named,
                named_name=departments[named], department=dept.department,
                name=departments[dept.department]), ("department",),
            hint=msg("evidence.hint.department_not_file", department=dept.department,
                     named=named)))
        return None
    got.departments.files[name] = dept.department
    if dept.contact:
        got.departments.contacts.setdefault(dept.department, dept.contact)
    if dept.as_of is not None:
        got.departments.dates.setdefault(dept.department, dept.as_of)
    return dept


def _take_entry(doc: YamlDoc, dept: DepartmentFile | _PlainHeader, key: Any, raw: Any,
                got: _Gathered) -> None:
    """One entry: left out if an overlay removed its item, astray if it fits none or repeats one
    (then its first report is unusable too, so neither is taken on trust), unfilled if still as
    the template wrote it, else loaded."""
    item_id, path = str(key), ("evidence", key)
    line = doc.key_lines.get(path) or doc.locate(path)[0]  # doc.key_line(path)
    if item_id in got.removed:  # the evidence stays valid for the pack itself: said, not used
        got.left_out.append(doc.problem(msg("evidence.removed_by_overlay"), path,
                                        msg("evidence.hint.removed_by_overlay"),
                                        severity="warning"))
        return
    if item_id not in got.known:
        got.stray(_unknown_id(doc, item_id, got.pack, path))
        return
    first: Entry | Unfilled | None = got.entries.get(item_id)
    if first is None and got.unfilled:
        first = next((u for u in got.unfilled if u.id == item_id), None)
    if first is not None:
        twice = doc.problem(msg("evidence.reported_twice", file=first.file, line=first.line),
                            path, hint=msg("evidence.hint.once"))
        got.stray(twice)
        if got.keep_going and isinstance(first, Entry):
            first.problems.append(twice)
        return
    if is_unfilled(raw):
        got.unfilled.append(Unfilled(item_id, doc.file, line))
        return
    got.entries[item_id] = _load_entry(doc, got, item_id, raw, dept, line)


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
        if value is None:
            seen = True
            continue
        if not isinstance(value, (dict, list)):
            return False  # a value given
        inner = _empty(value)
        if inner is False:
            return False
        seen = seen or inner
    return seen


def _unknown_department(doc: YamlDoc, written: str, pack: Pack) -> Problem:
    """An unknown department; a department written by its Chinese name gets its id."""
    names = pack.header.departments
    meant = next((d for d, name in names.items() if written.strip() in (name.zh, name.en)), None)
    message = (msg("evidence.department_by_name", department=written, id=meant) if meant else
               msg("evidence.unknown_department", department=written))
    return doc.problem(message, ("department",), hint=msg(
        "evidence.hint.departments",
        departments=[msg("evidence.department_named", id=d, name=n) for d, n in names.items()]))


def _unknown_id(doc: YamlDoc, item_id: str, pack: Pack, path: tuple[Any, ...]) -> Problem:
    known = pack.evidence_ids()
    meant = normalize_text(item_id).upper().replace(" ", "")
    if meant != item_id and meant in known:  # `s03.02`, `Ｓ03.02`: the id meant is plain
        return doc.problem(msg("evidence.id_written_otherwise", meant=meant), path)
    return doc.problem(msg("evidence.unknown_id"), path, hint=_id_hint(item_id, pack))


def _id_hint(item_id: str, pack: Pack) -> Msg:
    """The ids of the section the unknown id seems to be numbered in (`S03.99`: S03's)."""
    section, dot, _ = item_id.rpartition(".")
    same = [ind.id for ind in pack.indicators() if dot and ind.section_id == section]
    if same:  # in the pack's order: `1.9` before `1.10`
        return msg("evidence.hint.ids_in_section", section=section, first=same[0], last=same[-1])
    own = [c.id for c in pack.conditions if c.kind]
    if own:
        return msg("evidence.hint.id_form", indicator=pack.indicators()[0].id, condition=own[0])
    return msg("evidence.hint.id_form_indicators", indicator=pack.indicators()[0].id)


def _one_line_mistake(value: object) -> Msg | None:
    """`evidence:` followed by one entry YAML read as a text: `S03.02:96.1%` (no space after the
    colon) or `S03.02：96.1%` (a full-width colon)."""
    if not isinstance(value, str):
        return None
    head, colon, rest = value.partition(FULLWIDTH_COLON)
    if colon and head and " " not in head.strip() and ":" not in head \
            and FULLWIDTH_COLON not in rest:
        return msg("yaml.fullwidth_colon", meant=f"{head.strip()}: {rest.strip()}")
    head, colon, rest = value.partition(":")
    if colon and head and " " not in head.strip() and rest.startswith(FULLWIDTH_SPACE) \
            and ":" not in rest:
        return msg("yaml.fullwidth_space_after_colon",
                   meant=f"{head.strip()}: {rest.lstrip(' ' + FULLWIDTH_SPACE)}")
    if colon and head and " " not in head.strip() and rest and not rest[0].isspace() \
            and ":" not in rest:  # several such lines read as one text: not one entry's mistake
        return msg("yaml.missing_space", meant=f"{head.strip()}: {rest.strip()}")
    return None


def _load_entry(doc: YamlDoc, got: _Gathered, item_id: str, raw: Any,
                dept: DepartmentFile | _PlainHeader, line: int | None) -> Entry:
    path = ("evidence", item_id)
    entry = Entry(item_id, dept.department, doc.file, line)
    payload = raw
    if isinstance(raw, dict) and not raw.keys().isdisjoint(ENVELOPE):
        payload = _take_envelope(doc, got, entry, raw, dept, path)
        if payload is None:
            return entry
    else:
        entry.as_of = dept.as_of
    item = got.item(item_id)
    key_lines = doc.key_lines
    try:
        entry.data = item.evidence.model_validate(
            payload, context=Checking(item.rule, got.on, got.attach,
                                      lambda sub: key_lines.get((*path, *sub)), entry.as_of))
    except ValidationError as exc:
        entry.problems.extend(
            validation_problems(doc, exc, path) if isinstance(payload, dict) or
            isinstance(payload, list) else
            [_first_problem(doc, exc, path, item.kind)])
    return entry


def _take_envelope(doc: YamlDoc, got: _Gathered, entry: Entry, raw: dict[str, Any],
                   dept: DepartmentFile | _PlainHeader, path: tuple[Any, ...]
                   ) -> dict[str, Any] | None:
    """An entry's envelope (its date, note, source, a declaration) read into `entry`; the rest
    of the entry, to validate as its kind's evidence, or None when there is nothing to validate:
    the envelope refused, or a declaration (not applicable, a waiver without data), refused or
    not."""
    on = got.on
    head = {k: raw[k] for k in ENVELOPE if k in raw}
    payload = {k: v for k, v in raw.items() if k not in ENVELOPE}
    env: _PlainEnvelope | Envelope | None = _plain_envelope(head)
    if env is None:  # a waiver, or something to refuse: the model says what
        try:
            env = Envelope.model_validate(head)
        except ValidationError as exc:
            entry.problems.extend(validation_problems(doc, exc, path))
            return None
    entry.as_of, entry.note, entry.source = env.as_of, env.note, env.source
    entry.not_applicable, entry.waiver = env.not_applicable, env.waiver
    if on is not None and env.as_of is not None and env.as_of > on:
        entry.problems.append(_after(doc, (*path, "as_of"), env.as_of, on))
    entry.as_of = entry.as_of or dept.as_of
    if entry.not_applicable or entry.waiver:
        declared = "not_applicable" if entry.not_applicable else "waiver"
        refused = cannot_declare(got.pack, entry.id, declared)
        if refused:
            entry.problems.append(doc.problem(
                msg("evidence.cannot_declare", what=refused,
                    declared=msg(f"evidence.declared.{declared}")),
                (*path, declared), hint=msg("evidence.hint.report_instead")))
            # refused, the declaration is not made: a waiver refused sets nothing aside
            entry.not_applicable = entry.waiver = None
            return None
    if entry.not_applicable and _empty(payload) is False:
        # figures and a declaration: keeping either would silently drop the other
        given = next(k for k, v in payload.items() if _empty(v) is False)
        entry.problems.append(doc.problem(msg("evidence.value_and_not_applicable"),
                                          (*path, given), hint=msg("evidence.hint.value_or_na")))
        return None
    if entry.not_applicable or (entry.waiver and payload == {}):
        return None  # nothing to evaluate: declared not applicable, or waived without data
    return payload


def cannot_declare(pack: Pack, item_id: str, declared: str) -> Msg | None:
    """What makes an item impossible to set aside: the prerequisites and the veto must be judged
    on evidence (a waiver only sets the score aside, so indicators of conditions may have one)."""
    if pack.condition(item_id) is not None:
        return msg("evidence.what.condition")
    indicator = pack.indicator(item_id)
    if indicator is not None and indicator.veto:
        return msg("evidence.what.veto")
    users = [c.id for c in pack.conditions if item_id in c.rests_on]
    if declared == "not_applicable" and users:
        return msg("evidence.what.rested_on", conditions=users)
    return None


def _first_problem(doc: YamlDoc, exc: ValidationError, path: tuple[Any, ...],
                   kind: str) -> Problem:
    """The problem with an entry written as one value (`S03.02: 96.1%`): the kind's refusal, with
    its hint, or else where to read how the kind's evidence is written."""
    err = exc.errors(include_url=False)[0]
    refusal = (err.get("ctx") or {}).get("error")
    if isinstance(refusal, Refusal):
        message, hint = refusal.message, refusal.hint
        path = subject_path(doc, path, refusal.subject)
    else:
        message, hint = pydantic_message(err), None
    return doc.problem(message, path, hint=hint or msg("evidence.hint.kind", kind=msg(f"cli.kind.{kind}")))


class Attachments:
    """The files an evidence folder's entries attach, looked up as validation meets them: only the
    files named are checked, however many scans the folder holds.

    `attach` records a file that exists and refuses one reached through a symbolic link (the
    file, or a folder on its way): an attachment must really be inside the evidence folder.
    A missing file is not an error here; the kind reports it as a gap. A file that could not be
    looked for is refused, never reported missing nor counted present: a folder on its way that
    cannot be read (permission), or that is a file. A file in a hidden folder (`.scans/a.pdf`)
    is found like any other: the entry names it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._prefix = str(folder / "x")[:-1]  # the folder as `os.path.join` joins it: `a/`
        self.found: set[str] = set()
        # What each path looked up is (its lstat mode), while this folder is read: most entries
        # attach files of the same one or two folders, looked at once each.
        self._modes: dict[str, int] = {}
        self._empty: set[str] = set()  # the paths of those that are empty files (0 bytes)

    def attach(self, relative: str) -> None:
        if "/" not in relative and _is_evidence_name(relative):
            # city.yaml, a department's file: read as evidence, never evidence of a document
            raise Refusal(msg("evidence.attachment_is_evidence", file=relative),
                          msg("evidence.hint.attach_document"))
        path = ""
        mode = 0
        for part in relative.split("/"):
            if part in ("", ".", ".."):  # refused or tidied away by the kind already
                return
            if path and not stat.S_ISDIR(mode):  # `attachments` is a file, not a folder
                folder = path[len(self._prefix):]
                raise Refusal(msg("evidence.attachment_not_in_folder", folder=folder,
                                  file=relative), msg("evidence.hint.make_folder", folder=folder))
            path = path + "/" + part if path else self._prefix + part
            known = self._modes.get(path)
            if known is None:
                try:
                    found = os.lstat(path)
                except FileNotFoundError:
                    return
                except OSError as exc:  # not looked at: neither missing nor there
                    raise Refusal(*self._out_of_reach(exc, path, relative)) from None
                known = self._modes[path] = found.st_mode
                if not found.st_size and stat.S_ISREG(known):
                    self._empty.add(path)
            mode = known
            if stat.S_ISLNK(mode):
                raise Refusal(msg("evidence.symlink", file=relative), msg("evidence.hint.copy_in"))
        if path in self._empty:  # a document of no bytes shows nothing: not a document given
            raise Refusal(msg("evidence.attachment_empty", file=relative),
                          msg("evidence.hint.attachment_empty"))
        if stat.S_ISREG(mode):
            self.found.add(relative)
        elif stat.S_ISDIR(mode):  # there, but no document: never "not found"
            raise Refusal(msg("evidence.attachment_is_folder", file=relative),
                          msg("evidence.hint.name_the_file"))
        else:
            raise Refusal(msg("evidence.attachment_not_plain", file=relative),
                          msg("evidence.hint.copy_in"))

    def _out_of_reach(self, exc: OSError, path: str, relative: str) -> tuple[Msg, Msg]:
        """Why the attachment at `path` could not be looked for, and what to do: the folder it
        is in cannot be read (permission), or the system's own reason."""
        if isinstance(exc, PermissionError):
            folder = os.path.dirname(path)[len(self._prefix):] or "."
            return (msg("evidence.attachment_folder_unreadable", folder=folder, file=relative),
                    msg("evidence.hint.folder_permission", folder=folder))
        return (msg("evidence.attachment_unreadable", file=relative,
                    detail=Detail.of_os_error(exc)), msg("evidence.hint.folder_permission",
                                                        folder=os.path.dirname(relative) or "."))


# ---------------------------------------------------------------------------------------------
# Checks that need city.yaml or the assessment date.


def _check_city_properties(city: City, pack: Pack, entries: dict[str, Entry]) -> None:
    """A figure that depends on the city (flush toilets by latitude) needs city.yaml to say it;
    the entry is unusable until it does (an error, or `invalid` with --keep-going)."""
    facts = city.facts()
    for item_id, needs in pack.city_needs.items():
        entry = entries.get(item_id)
        if entry is None:
            continue
        for prop in sorted(needs - set(facts)):
            entry.problems.append(Problem(
                msg("evidence.city_property_missing", property=prop, id=entry.id),
                str(Path(entry.file).parent / CITY_FILE), None, None,
                msg("evidence.hint.add_property", property=prop)))


def _after(doc: YamlDoc, path: tuple[Any, ...], date: dt.date, on: dt.date) -> Problem:
    return doc.problem(msg("evidence.after_assessment", date=str(date), on=str(on)), path,
                       hint=msg("evidence.hint.past"))
