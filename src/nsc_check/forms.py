"""Excel collection forms: export a workbook for the departments, import it back as evidence YAML.

The workbook has a `city` sheet (the fields of city.yaml), one sheet per department (named by its
id) with one row per item it reports (several for an item of several years, measures or
documents), and a hidden `_meta` sheet with the pack id and a sha256 fingerprint of every evidence
file as it was at export time. Column A of every sheet is hidden and holds the key a row stands for
(`S01.05|2025`), so rows may be re-sorted or styled without breaking the import. Which rows an item
has, and what evidence its filled rows stand for, is its kind's to say (`form_rows` and
`form_evidence`, see nsc_check.kinds); this module lays them out and reads them back.

Import reads every sheet, checks every value against its kind (through the kind's own Evidence
model, so the rules are the loader's), and only when nothing is wrong writes the files, each whole,
in the same commented shape `nsc-check init` writes. A file that changed since the export is not
overwritten unless forced. Every text cell goes through `spreadsheet.guard`; import undoes it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import kinds
from .errors import InputError, Problem
from .evidence import (
    CITY_FILE,
    City,
    EvidenceSet,
    cannot_declare,
    department_files,
    is_unfilled,
)
from .kinds.base import PAST_HINT, Checking, too_late
from .kinds.filling import FormRow
from .output import make_folder
from .pack import Pack
from .spreadsheet import guard
from .template import (
    Owner,
    city_document,
    department_document,
    departments_with_items,
    dump,
    evidence_items,
    latest_year,
    without_entries,
)
from .values import parse_date
from .yamlio import YamlDoc, decode, read_yaml

FORMAT = "nsc-check form 1"
META = "_meta"
CITY_SHEET = "city"
# A form is a few hundred rows of a dozen columns; cells far beyond are a paste gone astray,
# refused before any row is read (openpyxl would otherwise walk every cell up to them).
MAX_ROWS, MAX_COLUMNS = 5000, 40
FIRST_ROW = 5  # department sheets: title, as_of, contact, header, then the items
HEADERS = ("键", "编号", "项目", "单位 / 填写说明", "要求", "填报值", "分母 / 日期", "抽查范围",
           "发现问题（地点：问题；地点：问题）", "数据日期", "不适用原因", "备注")
CITY_HEADERS = ("键", "项目", "说明", "填报值")
# Columns by what they hold; F–I change meaning with the kind, as the header and column D say.
COL = {"key": 1, "id": 2, "title": 3, "unit": 4, "required": 5, "value": 6, "second": 7,
       "sample": 8, "findings": 9, "as_of": 10, "not_applicable": 11, "note": 12}
LETTER = "ABCDEFGHIJKL"
CITY_ROWS: list[tuple[str, str]] = [
    ("name.zh", "城市名称（中文）"), ("name.en", "城市名称（英文）"),
    ("assessment_date", "评估日期"), ("built_up_area_km2", "建成区面积（平方公里）"),
    ("population", "建成区人口（人）"), ("latitude", "纬度（度）"), ("province", "所在省份"),
]


def fingerprint(path: Path) -> str:
    """sha256 of a file's bytes, or '' when there is no file."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


# ---------------------------------------------------------------------------------------------
# Rows per kind: export (rule, evidence → rows) and import (cells → evidence data)


def rows_for(owner: Owner, data: Any, years: list[int]) -> list[FormRow]:
    """The rows of one item, pre-filled from its evidence (`data`, None when there is none)."""
    return kinds.get(owner.kind or "").form_rows(owner.rule, data, years, owner.title.zh)


def data_from(owner: Owner, cells: dict[str, dict[str, Any]]) -> Any:
    """The evidence a filled item stands for, or None when its rows are empty."""
    return kinds.get(owner.kind or "").form_evidence(owner.rule, cells)


# ---------------------------------------------------------------------------------------------
# Export


def export(pack: Pack, evidence: EvidenceSet | None, department: str | None,
           today: dt.date | None = None) -> tuple[bytes, list[str]]:
    """The workbook as bytes, and notes for the user (entries left blank because unusable)."""
    import io

    from openpyxl import Workbook

    year = evidence.city.assessment_date.year if evidence else latest_year(today)
    years = [year - 2, year - 1, year]
    notes: list[str] = []
    wb = Workbook()
    city_ws = wb.active
    city_ws.title = CITY_SHEET
    _city_sheet(city_ws, evidence, pack)
    meta = wb.create_sheet(META)
    meta.append(["format", FORMAT])
    meta.append(["pack", pack.id])
    meta.append(["tailoring", _tailoring(pack)])
    folder = Path(evidence.folder) if evidence else None
    meta.append(["file", CITY_SHEET, CITY_FILE, fingerprint(folder / CITY_FILE) if folder else ""])
    entries_of = {dept: {i.id: evidence.entries.get(i.id) for i in evidence_items(pack, dept)}
                  if evidence else {} for dept in departments_with_items(pack, department)}
    names = _file_names(list(entries_of), evidence.departments.files if evidence else {})
    if folder is not None:  # every evidence file, so that import can tell which changed since
        for found in department_files(folder):
            meta.append(["seen", found.name, fingerprint(found)])
    for dept, entries in entries_of.items():
        ws = wb.create_sheet(dept)
        name = names[dept]
        meta.append(["file", dept, name, fingerprint(folder / name) if folder else ""])
        for entry in entries.values():
            if entry is not None and entry.problems:
                notes.append(f"{entry.file}: {entry.id} is not valid evidence and was left blank "
                             "in the form (run `nsc-check validate`)")
                meta.append(["blank", dept, entry.id])  # import keeps it as it is, if still blank
            if entry is not None and entry.waiver is not None:
                meta.append(["waived", dept, entry.id])  # import says so if it cannot keep it
        _department_sheet(ws, pack, dept, entries, years,
                          evidence.departments.contacts.get(dept) if evidence else None,
                          evidence.departments.dates.get(dept) if evidence else None)
    meta.sheet_state = "hidden"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue(), notes


def _file_names(depts: list[str], files: dict[str, str]) -> dict[str, str]:
    """The file each department's sheet is written back to: the department's own file (the one
    whose `department:` names it; `<department>.yaml` first, if it has several), else a new
    `<department>.yaml` (numbered if that name is another department's file). Never another
    department's file, never one file for two sheets, never a name the import would refuse
    (`.env.yaml`: its items move to the new file)."""
    taken = {CITY_FILE, *files}
    names = {}
    for dept in depts:
        own = sorted(name for name, of in files.items() if of == dept and _plain_name(name))
        own.sort(key=lambda name: name != f"{dept}.yaml")
        if own:
            names[dept] = own[0]
            continue
        choice, number = f"{dept}.yaml", 2
        while choice in taken:
            choice, number = f"{dept}-{number}.yaml", number + 1
        names[dept] = choice
        taken.add(choice)
    return names


def _put(ws: Any, row: int, col: int, value: Any) -> Any:
    cell = ws.cell(row=row, column=col, value=guard(value))
    return cell


def _city_sheet(ws: Any, evidence: EvidenceSet | None, pack: Pack) -> None:
    from openpyxl.styles import Font

    city = evidence.city if evidence else None
    for col, text in enumerate(CITY_HEADERS, start=1):
        _put(ws, 1, col, text).font = Font(bold=True)
    extra = sorted({p for owner in _owners(pack) for p in kinds.city_properties(owner.rule)}
                   - {"latitude", "population", "built_up_area_km2"})
    extra = sorted(set(extra) | set(city.properties if city else {}))
    rows = CITY_ROWS + [(f"properties.{p}", f"城市属性：{p}") for p in extra]
    for i, (key, label) in enumerate(rows, start=2):
        _put(ws, i, 1, key)
        _put(ws, i, 2, label)
        _put(ws, i, 3, "市爱卫办填写")
        _put(ws, i, 4, _city_value(city, key) if city else None)
    ws.column_dimensions["A"].hidden = True
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["D"].width = 30


def _owners(pack: Pack) -> list[Owner]:
    return [*pack.indicators(), *(c for c in pack.conditions if c.kind)]


def _city_value(city: City, key: str) -> Any:
    if key.startswith("name."):
        return getattr(city.name, key.split(".")[1])
    if key.startswith("properties."):
        return city.properties.get(key.split(".", 1)[1])
    return getattr(city, key)


def _department_sheet(ws: Any, pack: Pack, dept: str, entries: dict[str, Any],
                      years: list[int], contact: str | None, as_of: dt.date | None) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    name = pack.header.departments[dept].zh
    _put(ws, 1, 2, f"{name} 证据采集表（{pack.header.title.zh}）").font = Font(bold=True, size=13)
    for row, key, label, value in ((2, "_as_of", "数据截止日期（各项默认）", as_of),
                                   (3, "_contact", "联系人及电话", contact)):
        _put(ws, row, COL["key"], key)
        _put(ws, row, COL["title"], label)
        _put(ws, row, COL["value"], value)
    for col, text in enumerate(HEADERS, start=1):
        cell = _put(ws, 4, col, text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    checks: dict[str, DataValidation] = {}
    row = FIRST_ROW
    for owner in evidence_items(pack, dept):
        entry = entries.get(owner.id)
        data = entry.data if entry is not None and not entry.problems else None
        for i, item in enumerate(rows_for(owner, data, years)):
            _put(ws, row, COL["key"], f"{owner.id}|{item.suffix}")
            for col, value in (("id", owner.id), ("title", item.label), ("unit", item.unit),
                               ("required", item.required), *item.cells.items()):
                _put(ws, row, COL[col], value)
            if i == 0 and entry is not None and not entry.problems:
                for col in ("as_of", "not_applicable", "note"):
                    value = getattr(entry, col)
                    if col == "as_of" and value == as_of:
                        continue
                    _put(ws, row, COL[col], value)
            for col, check in item.checks.items():
                _validation(ws, checks, check).add(f"{LETTER[COL[col] - 1]}{row}")
            row += 1
    for col, width in zip(LETTER, (4, 9, 36, 30, 24, 16, 14, 18, 36, 12, 16, 16), strict=True):
        ws.column_dimensions[col].width = width
    for line in ws.iter_rows(min_row=FIRST_ROW, max_row=row):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = f"F{FIRST_ROW}"


def _validation(ws: Any, made: dict[str, Any], check: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    if check not in made:
        if check.startswith("list:"):
            dv = DataValidation(type="list", formula1=f'"{check[5:]}"', allow_blank=True,
                                error="请从下拉列表中选择", showErrorMessage=True)
        elif check == "whole":
            dv = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                                allow_blank=True, error="请填写非负整数", showErrorMessage=True)
        else:
            dv = DataValidation(type="decimal", operator="between", formula1="-1000000000",
                                formula2="1000000000", allow_blank=True, error="请填写数字",
                                showErrorMessage=True)
        ws.add_data_validation(dv)
        made[check] = dv
    return made[check]


# ---------------------------------------------------------------------------------------------
# Import


@dataclass
class Planned:
    """A file the import would write: its name, content and the fingerprint taken at export (or
    "" for a file that was not there). `sheet` is None for a file written only to take out
    entries a sheet now holds."""

    sheet: str | None
    name: str
    text: str
    exported_hash: str


def read_form(path: Path, pack: Pack, into: Path | None = None
              ) -> tuple[list[Planned], list[str]]:
    """Read a filled workbook into the files it stands for, and notes for the user (waivers the
    import could not keep); InputError naming sheet and cell.

    What the form does not carry is kept from the files already in `into` (see `_merge`)."""
    from openpyxl import load_workbook

    shown = path.name
    try:
        wb = load_workbook(path, data_only=True)
        formulas = load_workbook(path, data_only=False)
    except Exception as exc:  # openpyxl raises many types for a file that is not a workbook
        raise InputError.single(f"cannot read the workbook: {exc}", path,
                                hint="give the .xlsx file written by `nsc-check form export`"
                                ) from None
    if META not in wb.sheetnames:
        raise InputError.single("this workbook was not written by `nsc-check form export` "
                                f"(no {META} sheet)", path)
    if wb[META].max_row > MAX_ROWS or wb[META].max_column > MAX_COLUMNS:
        raise InputError.single(f"sheet {META!r} has been written into far beyond what the export "
                                "put there", path, hint="export the form again")
    meta = [[c.value for c in row] + [None] * 4 for row in wb[META].iter_rows()]
    info = {row[0]: row[1] for row in meta if row and row[0] in ("format", "pack", "tailoring")}
    if info.get("pack") != pack.id:
        raise InputError.single(
            f"the form was exported for criteria pack {info.get('pack')!r}, not {pack.id!r}",
            path, hint="give the same --criteria as at export")
    if "tailoring" in info and (info["tailoring"] or "") != _tailoring(pack):
        raise InputError.single(
            f"the form was exported with the overlays {info['tailoring'] or 'none'!r}, not "
            f"{_tailoring(pack) or 'none'!r}: its rows are another set", path,
            hint="give the same --overlay options as at export")
    files = [(row[1], row[2], row[3] or "") for row in meta if row and row[0] == "file"]
    blank = {(row[1], row[2]) for row in meta if row and row[0] == "blank"}
    sheets: list[Sheet] = []
    names = [name for _, name, _ in files]
    problems = [Problem(f"sheet {META!r} names the file {name!r} for two sheets", shown,
                        hint="use the workbook as `nsc-check form export` wrote it")
                for name in sorted({n for n in names if names.count(n) > 1}, key=str)]
    planned: list[Planned] = []
    on = _form_date(wb, files)
    year = on.year if on else latest_year()
    for sheet, name, exported in files:
        if not _file_name_ok(sheet, name, pack):
            problems.append(Problem(f"sheet {META!r} names the file {name!r} for sheet {sheet!r}, "
                                    "which is not a file name this form writes", shown,
                                    hint="use the workbook as `nsc-check form export` wrote it"))
            continue
        if sheet not in wb.sheetnames:
            problems.append(Problem(f"sheet {sheet!r} is missing from the workbook", shown))
            continue
        ws = wb[sheet]
        reader = _Cells(shown, sheet, problems, on)
        if ws.max_row > MAX_ROWS or ws.max_column > MAX_COLUMNS:
            reader.fail(ws.cell(min(ws.max_row, MAX_ROWS + 1), 1),
                        f"the sheet has cells out to row {ws.max_row}, column {ws.max_column}; a "
                        f"form ends well before row {MAX_ROWS} and column {MAX_COLUMNS}",
                        "delete what was typed or pasted far below or to the right of the form")
            continue
        if not _layout_kept(ws, formulas[sheet], reader):
            continue
        if sheet == CITY_SHEET:
            values = _read_city(ws, reader)
            if values is None:
                continue
            text = dump(city_document(values))
        else:
            content = _read_department(ws, pack, sheet, reader)
            if content is not None:
                sheets.append(Sheet(sheet, name, exported, *content))
            continue
        planned.append(Planned(sheet, name, text, exported))
    if problems:
        raise InputError(problems)
    existing = _evidence_files(into) if into is not None else {}
    seen = {row[1]: row[2] or "" for row in meta if row and row[0] == "seen"}
    planned += _merge(sheets, into or Path("."), existing, pack, year, blank, seen)
    still = {str(key) for doc in existing.values() for key, raw in doc.data["evidence"].items()
             if isinstance(raw, dict) and raw.get("waiver") is not None}
    notes = [f"{item}: its waiver is not on the form and not in {into}, so it was not written; "
             "add it back if it still applies" for sheet, item in
             ((row[1], row[2]) for row in meta if row and row[0] == "waived")
             if item not in still and any(s.dept == sheet for s in sheets)]
    return planned, notes


# What an entry may say that the form has no column for: a waiver is agreed by the patriotic
# health committee, not filled in by the department; the source names where a figure comes from.
KEPT = ("waiver", "source")


@dataclass
class Sheet:
    """A department sheet as filled in, and the file it is written back to."""

    dept: str
    name: str
    exported: str  # the file's fingerprint at export
    evidence: dict[str, Any]
    as_of: dt.date | None
    contact: str | None


def _evidence_files(folder: Path) -> dict[str, YamlDoc]:
    """The department files already in the folder, as read. One that cannot be read stops the
    import: which items it holds cannot be told, so writing them elsewhere could repeat them."""
    found, problems = {}, []
    for path in department_files(folder) if folder.is_dir() else ():
        try:
            doc = read_yaml(path)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if isinstance(doc.data, dict) and isinstance(doc.data.get("evidence"), dict):
            found[path.name] = doc
    if problems:
        raise InputError([*problems, Problem(
            "a file in the folder cannot be read, so the import cannot tell which items it holds; "
            "nothing was written", str(folder), hint="fix it first (nsc-check validate)")])
    return found


def _merge(sheets: list[Sheet], folder: Path, existing: dict[str, YamlDoc], pack: Pack,
           year: int, blank: set[tuple[str, str]], seen: dict[str, str]) -> list[Planned]:
    """The department files the import writes: each filled sheet's file, holding its items, and
    any other file in the folder that held one of them, without it.

    An item a filled sheet holds lives in that sheet's file only: taken out of any other file,
    its waiver and source (which the form has no column for) come with it. An entry no filled
    sheet holds stays where it is, and so does one the export left blank because it was
    unusable, while the form leaves it blank; in a file the form rewrites, it keeps the date its
    file gave it."""
    sheet_of = {owner.id: sheet for sheet in sheets for owner in evidence_items(pack, sheet.dept)}
    targets = {sheet.name: sheet for sheet in sheets}
    stays: dict[str, dict[str, Any]] = {name: {} for name in targets}
    taken_out: dict[str, list[str]] = {}
    for name, doc in existing.items():
        data = doc.data
        for key, raw in data["evidence"].items():
            item_id = str(key)
            owner = pack.indicator(item_id) or pack.condition(item_id)
            sheet = sheet_of.get(item_id)
            if sheet is None or ((sheet.dept, item_id) in blank
                                 and item_id not in sheet.evidence):
                if name in stays:
                    stays[name][item_id] = _dated(raw, data.get("as_of"), owner)
                continue
            _carry(raw, sheet.evidence, item_id, owner)
            if name not in targets:
                taken_out.setdefault(name, []).append(item_id)
    planned = [Planned(sheet.dept, sheet.name, dump(department_document(
        pack, sheet.dept, year, {**sheet.evidence, **stays[sheet.name]}, sheet.as_of,
        sheet.contact)), sheet.exported) for sheet in sheets]
    for name, ids in taken_out.items():
        text, _ = decode((folder / name).read_bytes(), name)
        rewritten = without_entries(text, existing[name], ids)
        if rewritten is None:
            raise InputError.single(
                f"cannot take {', '.join(ids)} out of this file without changing its other values "
                "(nothing was written)", folder / name,
                hint="move those entries to their department's file by hand, then import again")
        planned.append(Planned(None, name, rewritten, seen.get(name, "")))
    return planned


def _carry(raw: Any, evidence: dict[str, Any], item_id: str, owner: Owner | None) -> None:
    """Bring an entry's waiver and source over to the item the form gives (a waiver comes even
    where the form left the item empty: it stands on its own)."""
    kept = {k: raw[k] for k in KEPT if isinstance(raw, dict) and raw.get(k) is not None}
    item = evidence.get(item_id)
    if not kept or owner is None or owner.kind is None or (item is None and "waiver" not in kept):
        return
    wrapped = {} if item is None else item if isinstance(item, dict) else \
        {kinds.get(owner.kind).SHORTHAND: item}
    evidence[item_id] = {**wrapped, **kept}


def _dated(raw: Any, as_of: Any, owner: Owner | None) -> Any:
    """An entry kept as it was, carrying the date its file gave it: the new file's `as_of` is the
    form's, which says nothing of entries the form did not hold."""
    if as_of is None or (isinstance(raw, dict) and "as_of" in raw) or is_unfilled(raw):
        return raw
    try:
        as_of = parse_date(as_of)  # written back as a date, not as quoted text
    except ValueError:
        pass  # the loader will say what is wrong with it, as it did before
    if isinstance(raw, dict):
        return {**raw, "as_of": as_of}
    if owner is not None and owner.kind is not None and raw is not None:
        return {kinds.get(owner.kind).SHORTHAND: raw, "as_of": as_of}
    return raw


def _tailoring(pack: Pack) -> str:
    """The overlays a pack was tailored with, as the form records them (their files' names)."""
    return ", ".join(Path(o.file).name for o in pack.tailoring)


def _file_name_ok(sheet: Any, name: Any, pack: Pack) -> bool:
    """Whether `_meta` names a file the form writes: city.yaml for the city sheet, else a plain
    .yaml name in the folder (never a path: the workbook must not steer writes elsewhere)."""
    if sheet == CITY_SHEET:
        return name == CITY_FILE
    return sheet in pack.header.departments and _plain_name(name)


def _plain_name(name: Any) -> bool:
    """A name a form may write to: a visible .yaml file right in the folder, no path, no drive."""
    return (isinstance(name, str) and name != CITY_FILE and len(name) <= 120
            and re.fullmatch(r"[^/\\:.\x00-\x1f][^/\\:\x00-\x1f]*\.ya?ml", name) is not None)


def _form_date(wb: Any, files: list[tuple[str, str, str]]) -> dt.date | None:
    """The assessment date on the city sheet, if it is there and readable: the written files then
    do not depend on the day of the import, and no date in the form may be after it."""
    if not any(sheet == CITY_SHEET for sheet, _, _ in files) or CITY_SHEET not in wb.sheetnames:
        return None
    for row in wb[CITY_SHEET].iter_rows(min_row=2, max_row=MAX_ROWS, max_col=4, values_only=True):
        if row and row[0] == "assessment_date" and len(row) > 3 and row[3] is not None:
            try:
                return parse_date(row[3] if not isinstance(row[3], dt.datetime) else row[3].date())
            except ValueError:
                return None  # reported where the city sheet is read
    return None


def _layout_kept(ws: Any, formulas: Any, cells: _Cells) -> bool:
    """The sheet still has the exported columns, and no formula lacks its computed value
    (a workbook saved by a program that does not compute them): otherwise values would be read
    from the wrong cells, or silently lost."""
    header_row, headers = (1, CITY_HEADERS) if cells.sheet == CITY_SHEET else (FIRST_ROW - 1,
                                                                               HEADERS)
    found = tuple(c.value for c in ws[header_row])[:len(headers)]
    if found != headers:
        cells.fail(ws.cell(header_row, 1), "the columns of this sheet were changed (moved, "
                   "inserted or deleted), so its values cannot be read",
                   "fill in a freshly exported form without changing its columns")
        return False
    for row in formulas.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("=") \
                    and ws[cell.coordinate].value is None:
                cells.fail(cell, "a formula without a computed value",
                           "type the value itself, or open and save the form in Excel or WPS")
    return True


class _Cells:
    """Reads cells, undoing the formula guard; records problems located at `form.xlsx:sheet X!C7`.
    `on` is the assessment date on the city sheet, when there is one: no date may be after it."""

    def __init__(self, file: str, sheet: str, problems: list[Problem],
                 on: dt.date | None = None) -> None:
        self.file, self.sheet, self.problems, self.on = file, sheet, problems, on

    def value(self, cell: Any) -> Any:
        value = cell.value
        if isinstance(value, str):
            if value.startswith("'") and guard(value[1:]) == value:
                value = value[1:]
            value = value.strip() or None
        if isinstance(value, dt.datetime):
            value = value.date()
        return value

    def fail(self, cell: Any, message: str, hint: str | None = None) -> None:
        self.problems.append(Problem(message, f"{self.file}:sheet {self.sheet}!{cell.coordinate}",
                                     hint=hint))

    def date(self, cell: Any) -> dt.date | None:
        value = self.value(cell)
        if value is None:
            return None
        try:
            date = parse_date(value)
        except ValueError as exc:
            self.fail(cell, str(exc))
            return None
        if self.on is not None and date > self.on:
            self.fail(cell, str(too_late(f"date {date}", self.on)), PAST_HINT)
            return None
        return date


def _read_city(ws: Any, cells: _Cells) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    where: dict[str, Any] = {}
    for row in ws.iter_rows(min_row=2):
        key = cells.value(row[0])
        if not key:
            continue
        if not isinstance(key, str):
            cells.fail(row[0], f"row {row[0].row} is not a row of this form (its hidden key was "
                       "changed), so its value cannot be read",
                       "fill in the rows of a freshly exported form")
            continue
        value_cell = row[3]
        where[key.split(".")[0]] = value_cell
        value = cells.value(value_cell)
        if value is None:
            continue
        if key.startswith("name."):
            values.setdefault("name", {})[key.split(".")[1]] = str(value)
        elif key.startswith("properties."):
            values.setdefault("properties", {})[key.split(".", 1)[1]] = value
        else:
            values[key] = value
    try:
        City.model_validate(values)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            top = str(err["loc"][0]) if err["loc"] else "name"
            cell = where.get(top, ws["D2"])
            message = err["msg"].removeprefix("Value error, ")
            cells.fail(cell, f"{'.'.join(str(p) for p in err['loc'])}: {message}",
                       "fill in the city's name and assessment date"
                       if top in ("name", "assessment_date") else None)
        return None
    return values


def _read_department(ws: Any, pack: Pack, dept: str, cells: _Cells
                     ) -> tuple[dict[str, Any], dt.date | None, str | None] | None:
    by_item: dict[str, dict[str, dict[str, Any]]] = {}
    first_row: dict[str, Any] = {}
    as_of: dt.date | None = None
    contact: str | None = None
    before = len(cells.problems)
    expected = {owner.id for owner in evidence_items(pack, dept)}
    for row in ws.iter_rows(min_row=2):
        if row[0].row == FIRST_ROW - 1:
            continue  # the header
        key = cells.value(row[0])
        key = key if isinstance(key, str) else str(key or "")
        if key == "_as_of":
            as_of = cells.date(row[COL["value"] - 1])
            continue
        if key == "_contact":
            contact = cells.value(row[COL["value"] - 1])
            contact = None if contact is None else str(contact)
            continue
        item_id, _, suffix = key.partition("|")
        values = {name: cells.value(row[col - 1]) for name, col in COL.items()
                  if col >= COL["value"]}
        if item_id not in expected:
            if any(v is not None for v in values.values()):
                cells.fail(row[0], f"row {row[0].row} is not a row of this form (its hidden key "
                           f"{key!r} was changed), so its values cannot be read",
                           "fill in the rows of a freshly exported form")
            continue
        if suffix in by_item.get(item_id, {}):
            cells.fail(row[0], f"row {row[0].row} repeats the row of {key!r} (a row copied?), so "
                       "which one holds the value cannot be told", "keep one row for each item")
            continue
        by_item.setdefault(item_id, {})[suffix] = values
        first_row.setdefault(item_id, row)
    evidence: dict[str, Any] = {}
    for owner in evidence_items(pack, dept):
        if owner.id not in by_item:
            continue
        item = _read_item(pack, owner, by_item[owner.id], first_row[owner.id], cells)
        if item is not None:
            evidence[owner.id] = item
    if len(cells.problems) > before:
        return None
    if not evidence and as_of is None and contact is None:
        return None
    return evidence, as_of, contact


def _read_item(pack: Pack, owner: Owner, rows: dict[str, dict[str, Any]], row: Any,
               cells: _Cells) -> Any:
    first = rows.get("", next(iter(rows.values())))
    envelope: dict[str, Any] = {}
    if first.get("not_applicable") is not None:
        refused = cannot_declare(pack, owner.id, "not_applicable")
        if refused:
            cells.fail(row[COL["not_applicable"] - 1], f"{owner.id}: {refused} cannot be declared "
                       "not applicable", "report its evidence instead")
            return None
        envelope["not_applicable"] = str(first["not_applicable"])
    if first.get("as_of") is not None:
        envelope["as_of"] = cells.date(row[COL["as_of"] - 1])
    if first.get("note") is not None:
        envelope["note"] = str(first["note"])
    try:
        data = None if "not_applicable" in envelope else data_from(owner, rows)
    except ValueError as exc:  # a row key edited into something its kind cannot read
        cells.fail(row[0], f"{owner.id}: {exc}", "fill in the rows of a freshly exported form")
        return None
    if data is None:
        return envelope if "not_applicable" in envelope else None
    module = kinds.get(owner.kind or "")
    try:
        module.Evidence.model_validate(data, context=Checking(owner.rule, cells.on))
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            cells.fail(_cell_for(err["loc"], rows, row, module.FORM_FIELDS),
                       f"{owner.id}: {err['msg'].removeprefix('Value error, ')}",
                       f"see `nsc-check criteria kinds` for how {owner.kind} evidence is written")
        return None
    if not envelope:
        return data
    wrapped = data if isinstance(data, dict) else {module.SHORTHAND: data}
    return {**wrapped, **envelope}


def _cell_for(loc: tuple[Any, ...], rows: dict[str, dict[str, Any]], row: Any,
              columns: dict[str, str]) -> Any:
    """The cell a validation error is about: the row of the year, measure or document named in
    the error's location, and the column the kind reads that field from (`columns`)."""
    ws = row[0].parent
    keys = list(rows)
    line = row[0].row
    for part in loc:
        if str(part) in keys:
            line = row[0].row + keys.index(str(part))
    column = next((columns[str(p)] for p in loc if str(p) in columns), "value")
    return ws.cell(row=line, column=COL[column])


def write_planned(planned: list[Planned], into: Path, force: bool,
                  write: Callable[[Path, str], None]) -> tuple[list[Path], list[Path]]:
    """Write every planned file, or none: (written, refused).

    Every target is checked before the first is written: one that cannot be a file stops the
    import (InputError), and so does one that changed since the export, unless `force` (it is
    then listed as refused). Entries can move between files, so writing some files and not
    others could leave an entry in none."""
    make_folder(into)
    not_files = [into / item.name for item in planned
                 if (into / item.name).exists() and not (into / item.name).is_file()]
    if not_files:
        raise InputError([Problem("cannot write the file: something that is not a file is there "
                                  "(nothing was written)", str(path)) for path in not_files])
    changing = [item for item in planned if not _holds(into / item.name, item.text)]
    refused = [into / item.name for item in changing if not force and (into / item.name).exists()
               and fingerprint(into / item.name) != item.exported_hash]
    if refused:
        return [], refused
    for item in changing:
        write(into / item.name, item.text)
    return [into / item.name for item in changing], []


def _holds(path: Path, text: str) -> bool:
    """Whether the file already says exactly this (another form's import wrote it): nothing to
    write, and no conflict with what changed since the export."""
    try:
        return path.is_file() and path.read_bytes() == text.encode("utf-8")
    except OSError:
        return False
