"""Excel collection forms: export a workbook for the departments, import it back as evidence YAML.

The workbook opens on a 填表说明 sheet (how to fill it in), then the city sheet (城市基本情况, the
fields of city.yaml), then one sheet per department, its tab named by the department's Chinese
name, with one row per item it reports (several for an item of several years, measures or
documents), and a hidden `_meta` sheet with the pack id, what the workbook is for (the office's
workbook of every department, or one department's), and a sha256 fingerprint of every evidence
file as it was at export time. Column A of every sheet is hidden: A1 holds the key of the sheet
(`nsc-sheet:env`), by which the import finds it, so a tab may be renamed; every other cell of
column A holds the key a row stands for (`S01.05|2025`), so rows may be re-sorted or styled
without breaking the import. Which rows an item has, and what evidence its filled rows stand
for, is its kind's to say (`form_rows` and `form_evidence`, see nsc_check.kinds); this module
lays them out and reads them back.

The sheets are protected except the cells to fill in, which are light yellow; they print on A4
landscape, one page wide, the header rows on every page, with a 填报人 / 审核人 / 联系电话 / 日期
line. The city's data is the office's to fill in: a department's workbook (`--department`) shows
the city sheet read-only, and its import neither reads nor writes city.yaml, so the forms of
several departments import one after the other.

Import streams the workbook (openpyxl's read-only mode): its parts' sizes, then rows, cells and
text lengths are checked as they are read, so a pasted-over workbook is refused in about a second
at the first cell beyond the limits. It reads every value as its writer meant it (a
percent-formatted cell is a percentage, a fraction where a percentage is asked is refused, a
declaration of not applicable must give a reason), checks it against its kind (through the kind's
own Evidence model, so the rules are the loader's), and only when nothing is wrong writes the
files, each whole, in the same commented shape `nsc-check init` writes. A file that changed since
the export is not overwritten unless forced. Every message is in the catalogue (`forms.*`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import kinds
from .errors import Detail, InputError, Problem, Refusal
from .evidence import (
    CITY_FILE,
    NOT_A_VALUE,
    ONLY_MARKS,
    City,
    EvidenceSet,
    cannot_declare,
    department_files,
    is_unfilled,
    normal_word,
    not_a_reason,
    not_plain_file,
)
from .kinds.base import Checking
from .kinds.filling import FormRow
from .messages import CATALOGUE, Msg, msg, text
from .output import make_folder
from .pack import Pack
from .spreadsheet import put
from .template import (
    Owner,
    city_document,
    department_document,
    departments_with_items,
    dump,
    evidence_items,
    latest_year,
    placeholder,
    without_entries,
)
from .values import normalize_text, parse_date, parse_number, plain_text
from .yamlio import MAX_FILE_BYTES, YamlDoc, decode, pydantic_message, read_yaml

FORMAT = "nsc-check form 2"
META = "_meta"
CITY_SHEET = "city"
SHEET_KEY = "nsc-sheet:"  # A1 of every sheet the import reads: the key it is found by
SCOPE_ALL = "*"  # _meta `scope`: the office's workbook of every department, else a department id
# A form is a few hundred rows of a dozen columns; cells far beyond are a paste gone astray,
# refused while streaming, at the first row or column beyond these.
MAX_ROWS, MAX_COLUMNS = 5000, 40
# One cell's text: a note, a reason or a list of findings is a few sentences; 2000 characters
# (a printed page, ≤ 6 KB in UTF-8) is far beyond that, and a department file would need over
# 300 such cells to reach the 2 MB every evidence file is limited to (yamlio.MAX_FILE_BYTES),
# which the written file is checked against as well.
MAX_TEXT = 2000
# A part of the .xlsx (a zip) larger than this once unpacked is not a form: refused before it is
# read. Shared strings are read whole by openpyxl, so they have a lower limit.
MAX_PART_BYTES, MAX_STRINGS_BYTES = 1024 * 1024 * 1024, 20 * 1024 * 1024
# The problems an import lists: a sheet pasted full of rows finds one in every row (85,000 rows,
# 18 MB of messages); the rest are counted and said in one line.
MAX_LISTED = 100
FIRST_ROW = 5  # department sheets: title, as_of, contact, header, then the items
CITY_FIRST_ROW = 3  # city sheet: title, header, then the fields
HEADER_CODES = ("key", "id", "title", "unit", "required", "value", "second", "sample",
                "findings", "as_of", "not_applicable", "note")
CITY_HEADER_CODES = ("key", "title", "explain", "value")
# Columns by what they hold; F–I change meaning with the kind, as the header and column D say.
COL = {"key": 1, "id": 2, "title": 3, "unit": 4, "required": 5, "value": 6, "second": 7,
       "sample": 8, "findings": 9, "as_of": 10, "not_applicable": 11, "note": 12}
LETTER = "ABCDEFGHIJKL"
ENVELOPE_COLUMNS = ("as_of", "not_applicable", "note")
VALUE_COLUMNS = ("value", "second", "sample", "findings")  # what an item reports, not its envelope
CITY_KEYS = ("name.zh", "name.en", "assessment_date", "built_up_area_km2", "population",
             "latitude", "province")
PERCENT_FORMAT = "0.0##%"  # a value column whose unit is %: shows what it reads (86.2%)
INPUT_FILL = "FFF2CC"  # light yellow: the cells to fill in
HEADER_FILL = "DDEBF7"
_TAB_FORBIDDEN = re.compile(r"[\[\]:*?/\\：？＊／＼\x00-\x1f]")


def zh(code: str, **args: Any) -> str:
    """A text of the form itself: the form is for Chinese clerks, whatever --lang says."""
    return text(f"forms.{code}", "zh", **args)


HEADERS = tuple(zh(f"col.{c}") for c in HEADER_CODES)
CITY_HEADERS = tuple(zh(f"citycol.{c}") for c in CITY_HEADER_CODES)


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


def input_columns(owner: Owner, item: FormRow, first: bool) -> list[str]:
    """The columns of a row a department fills in: the value, the columns its kind reads other
    fields from, any it pre-fills, and on the item's first row the date, reason and note (the
    import reads those from the first row only)."""
    module = kinds.get(owner.kind or "")
    cols = ["value", *getattr(module, "FORM_FIELDS", {}).values(), *item.cells]
    if first:
        cols += ENVELOPE_COLUMNS
    return [c for c in COL if c in cols]


def value_unit(owner: Owner, suffix: str) -> Any:
    """The unit of what a row's value column (F) holds (a `Unit`), or None when it is not a
    quantity with a unit (a grade, a file, a count of a ratio: those say so themselves)."""
    rule = owner.rule
    if owner.kind == "metrics":
        return next((m.unit for m in getattr(rule, "measures", []) if m.id == suffix), None)
    if owner.kind == "series":
        return getattr(rule, "value_unit", None) or getattr(rule, "unit", None)
    if owner.kind == "threshold":
        return getattr(rule, "unit", None)
    return None


def is_percent_unit(unit: Any) -> bool:
    return unit is not None and (unit.zh or "").strip() in ("%", "％")


# ---------------------------------------------------------------------------------------------
# Export


def export(pack: Pack, evidence: EvidenceSet | None, department: str | None,
           today: dt.date | None = None, city_values: dict[str, Any] | None = None
           ) -> tuple[bytes, list[Msg]]:
    """The workbook as bytes, and notes for the user (entries left blank because unusable).

    `evidence.city` may be None (a folder fresh from `init`): the city sheet is then blank, or
    shows `city_values` (what city.yaml says so far), for the office to fill in."""
    import io

    from openpyxl import Workbook

    city = evidence.city if evidence else None
    year = city.assessment_date.year if city else latest_year(today)
    years = [year - 2, year - 1, year]
    notes: list[Msg] = []
    wb = Workbook()
    guide_ws = wb.active
    guide_ws.title = zh("tab.guide")
    office = department is None
    titles = _tab_titles(pack, departments_with_items(pack, department))
    city_ws = wb.create_sheet(zh("tab.city"))
    _city_sheet(city_ws, city, pack, city_values or {}, office)
    meta = wb.create_sheet(META)
    meta.append(["format", FORMAT])
    meta.append(["pack", pack.id])
    meta.append(["tailoring", _tailoring(pack)])
    meta.append(["scope", SCOPE_ALL if office else department])
    if not office:  # what the read-only city sheet shows: the import tells if it was edited
        meta.append(["city_shown", _city_digest(
            (city_ws.cell(r, 1).value, city_ws.cell(r, 4).value)
            for r in range(CITY_FIRST_ROW, city_ws.max_row + 1))])
    if city is not None:
        meta.append(["date", city.assessment_date.isoformat()])
    folder = Path(evidence.folder) if evidence else None
    if office:
        meta.append(["file", CITY_SHEET, CITY_FILE,
                     fingerprint(folder / CITY_FILE) if folder else ""])
    entries_of = {dept: {i.id: evidence.entries.get(i.id) for i in evidence_items(pack, dept)}
                  if evidence else {} for dept in titles}
    names = _file_names(list(entries_of), evidence.departments.files if evidence else {})
    if folder is not None:  # every evidence file, so that import can tell which changed since
        for found in department_files(folder):
            if not_plain_file(found) is not None:  # a pipe would never end; load refuses it
                continue
            meta.append(["seen", found.name, fingerprint(found)])
    for dept, entries in entries_of.items():
        ws = wb.create_sheet(titles[dept])
        name = names[dept]
        meta.append(["file", dept, name, fingerprint(folder / name) if folder else ""])
        for entry in entries.values():
            if entry is not None and entry.problems:
                notes.append(msg("forms.note.left_blank", file=entry.file, item=entry.id))
                meta.append(["blank", dept, entry.id])  # import keeps it as it is, if still blank
            if entry is not None and entry.waiver is not None:
                meta.append(["waived", dept, entry.id])  # import says so if it cannot keep it
        _department_sheet(ws, pack, dept, entries, years,
                          evidence.departments.contacts.get(dept) if evidence else None,
                          evidence.departments.dates.get(dept) if evidence else None)
    _guide_sheet(guide_ws, pack, titles, office)
    meta.sheet_state = "hidden"
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue(), notes


def _city_digest(pairs: Iterator[tuple[Any, Any]] | Any) -> str:
    """A fingerprint of what a city sheet shows: each field's key and value, read as the
    import reads them (a date as a date, text without its surrounding blanks)."""
    shown = []
    for key, value in pairs:
        if key is None:
            continue
        value = _Cells.value(FormCell(0, 0, value))
        shown.append(f"{_shown(key)}\t{'' if value is None else _shown(value)}")
    return hashlib.sha256("\n".join(shown).encode("utf-8")).hexdigest()


def _city_edited(found: list[Any], wb: Any, values: Any, shown: Any) -> bool:
    """Whether the read-only city sheet of a department's workbook was edited since export."""
    if not isinstance(shown, str) or len(found) != 1:
        return False
    try:
        grid = read_grid(found[0], wb, values)
    except TooLarge:
        return True
    return _city_digest((line[0].value, line[3].value)
                        for line in grid.lines(CITY_FIRST_ROW, 4)) != shown


def _tab_titles(pack: Pack, depts: list[str]) -> dict[str, str]:
    """Each department's tab: its Chinese name as Excel allows a tab name (≤ 31 characters, no
    []:*?/\\, not starting or ending with an apostrophe), unique (case-insensitively, as Excel
    compares them) and none of the other sheets' names."""
    taken = {zh("tab.guide").lower(), zh("tab.city").lower(), META.lower(), "history"}
    titles = {}
    for dept in depts:
        base = _TAB_FORBIDDEN.sub("、", pack.header.departments[dept].zh).strip(" '") or dept
        base = base[:31]
        choice, number = base, 2
        while choice.lower() in taken:
            suffix = f"（{number}）"
            choice, number = base[:31 - len(suffix)] + suffix, number + 1
        taken.add(choice.lower())
        titles[dept] = choice
    return titles


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


def _text_width(value: Any) -> float:
    """How wide a value shows, in Excel's column-width units (a CJK character takes two)."""
    shown = value.isoformat() if isinstance(value, dt.date) else str(value)
    return max((sum(1.85 if ord(ch) > 0x2E7F else 1.05 for ch in line) for line in shown.split("\n")),
               default=0)


def _fit_height(ws: Any, row: int, columns: str) -> None:
    """Give a row the height its wrapped text needs (neither Excel nor LibreOffice grows a row
    written by a program when the file is opened, so long items would print over each other)."""
    lines = 1
    for letter in columns:
        value = ws[f"{letter}{row}"].value
        if value is None:
            continue
        width = max((ws.column_dimensions[letter].width or 10) - 1, 1)
        text_ = value.isoformat() if isinstance(value, dt.date) else str(value)
        count = sum(max(1, -(-_text_width(line) // width)) for line in text_.split("\n"))
        lines = max(lines, int(count))
    ws.row_dimensions[row].height = 15 * lines + 2


def _put(ws: Any, row: int, col: int, value: Any) -> Any:
    return put(ws.cell(row=row, column=col), value)


def _styles() -> dict[str, Any]:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side

    thin = Side(style="thin", color="BFBFBF")
    return {
        "title": Font(bold=True, size=13),
        "bold": Font(bold=True),
        "header_fill": PatternFill("solid", fgColor=HEADER_FILL),
        "input_fill": PatternFill("solid", fgColor=INPUT_FILL),
        "wrap": Alignment(wrap_text=True, vertical="top"),
        "center": Alignment(wrap_text=True, vertical="center", horizontal="center"),
        "left": Alignment(horizontal="left", vertical="center"),
        "border": Border(left=thin, right=thin, top=thin, bottom=thin),
        "unlocked": Protection(locked=False),
    }


def _input(cell: Any, st: dict[str, Any]) -> None:
    cell.fill = st["input_fill"]
    cell.protection = st["unlocked"]


def _protect(ws: Any) -> None:
    """Only the unlocked cells can be typed into; columns and rows can still be resized."""
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.formatCells = False


def _print_setup(ws: Any, title_rows: str, last_column: str) -> None:
    """A4 landscape, one page wide (item and value on the same page), the header rows on every
    page, and the sign-off line in the page footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top, ws.page_margins.bottom = 0.5, 0.7
    ws.page_margins.footer = 0.3
    if title_rows:
        ws.print_title_rows = title_rows
    ws.print_area = f"B1:{last_column}{ws.max_row}"
    ws.oddFooter.left.text = zh("footer")
    ws.oddFooter.left.size = 9
    ws.oddFooter.right.text = zh("page")
    ws.oddFooter.right.size = 9


def _sign_off(ws: Any, row: int, last_column: str, st: dict[str, Any]) -> None:
    """The 填报人 / 审核人 / 联系电话 / 日期 line under the last row, as on paper forms."""
    cell = _put(ws, row, 2, zh("footer"))
    cell.font = st["bold"]
    ws.merge_cells(f"B{row}:{last_column}{row}")
    ws.row_dimensions[row].height = 28
    cell.alignment = st["center"]


def _city_sheet(ws: Any, city: City | None, pack: Pack, raw: dict[str, Any],
                office: bool) -> None:
    st = _styles()
    _put(ws, 1, 1, SHEET_KEY + CITY_SHEET)
    _put(ws, 1, 2, zh("city_title" if office else "city_title_readonly")).font = st["title"]
    ws.merge_cells("B1:D1")
    for number, value in enumerate(CITY_HEADERS, start=1):
        cell = _put(ws, 2, number, value)
        cell.font, cell.fill, cell.border = st["bold"], st["header_fill"], st["border"]
    extra = sorted({p for owner in _owners(pack) for p in kinds.city_properties(owner.rule)}
                   - {"latitude", "population", "built_up_area_km2"})
    extra = sorted(set(extra) | set(city.properties if city else {}))
    rows = [(key, zh(f"city.{key}")) for key in CITY_KEYS] + \
        [(f"properties.{p}", zh("city.property", name=p)) for p in extra]
    for i, (key, label) in enumerate(rows, start=CITY_FIRST_ROW):
        _put(ws, i, 1, key)
        _put(ws, i, 2, label)
        _put(ws, i, 3, zh(f"city_explain.{key}") if f"forms.city_explain.{key}" in CATALOGUE
             else zh("city_explain.other"))
        value = _city_value(city, key) if city else _raw_city_value(raw, key)
        _put(ws, i, 4, value)
        for number in range(2, 5):
            ws.cell(i, number).alignment, ws.cell(i, number).border = st["wrap"], st["border"]
        if office:
            _input(ws.cell(i, 4), st)
        if key == "assessment_date":
            ws.cell(i, 4).number_format = "yyyy-mm-dd"
    end = CITY_FIRST_ROW + len(rows)
    _sign_off(ws, end + 1, "D", st)
    ws.column_dimensions["A"].hidden = True
    for col, width in zip("BCD", (26, 40, 30), strict=True):
        ws.column_dimensions[col].width = width
    for line in range(CITY_FIRST_ROW, end):
        _fit_height(ws, line, "BCD")
    _protect(ws)
    _print_setup(ws, "1:2", "D")
    ws.page_setup.orientation = "portrait"


def _owners(pack: Pack) -> list[Owner]:
    return [*pack.indicators(), *(c for c in pack.conditions if c.kind)]


def _city_value(city: City, key: str) -> Any:
    if key.startswith("name."):
        return getattr(city.name, key.split(".")[1])
    if key.startswith("properties."):
        return city.properties.get(key.split(".", 1)[1])
    return getattr(city, key)


def _raw_city_value(raw: dict[str, Any], key: str) -> Any:
    """What city.yaml says so far (not yet a valid city): plain values only, shown as written."""
    value: Any = raw
    for part in key.split(".", 1) if key.startswith(("name.", "properties.")) else [key]:
        value = value.get(part) if isinstance(value, dict) else None
    return value if isinstance(value, (str, int, float, dt.date)) and \
        not isinstance(value, bool) else None


def _department_sheet(ws: Any, pack: Pack, dept: str, entries: dict[str, Any],
                      years: list[int], contact: str | None, as_of: dt.date | None) -> None:
    st = _styles()
    name = pack.header.departments[dept].zh
    _put(ws, 1, 1, SHEET_KEY + dept)
    _put(ws, 1, 2, zh("dept_title", department=name, pack=pack.header.title.zh)
         ).font = st["title"]
    ws.merge_cells("B1:L1")
    ws.row_dimensions[1].height = 24
    for row, key, label, value in ((2, "_as_of", zh("as_of_label"), as_of),
                                   (3, "_contact", zh("contact_label"), contact)):
        _put(ws, row, COL["key"], key)
        title = _put(ws, row, COL["title"], label)
        title.font, title.alignment = st["bold"], st["wrap"]
        _put(ws, row, COL["unit"], zh("as_of_explain" if key == "_as_of" else "contact_explain")
             ).alignment = st["wrap"]  # said whole, the row as tall as it needs
        _input(_put(ws, row, COL["value"], value), st)
        ws.merge_cells(start_row=row, start_column=COL["value"], end_row=row,
                       end_column=COL["sample"])
        if key == "_as_of":
            ws.cell(row, COL["value"]).number_format = "yyyy-mm-dd"
        ws.cell(row, COL["value"]).alignment = st["left"]
        _fit_height(ws, row, "CD")
    for number, value in enumerate(HEADERS, start=1):
        cell = _put(ws, 4, number, value)
        cell.font, cell.fill, cell.border, cell.alignment = (st["bold"], st["header_fill"],
                                                             st["border"], st["center"])
    checks: dict[str, Any] = {}
    row = FIRST_ROW
    for owner in evidence_items(pack, dept):
        entry = entries.get(owner.id)
        data = entry.data if entry is not None and not entry.problems else None
        for i, item in enumerate(rows_for(owner, data, years)):
            _put(ws, row, COL["key"], f"{owner.id}|{item.suffix}")
            percent = is_percent_unit(value_unit(owner, item.suffix))
            for col, shown in (("id", owner.id), ("title", item.label), ("unit", item.unit),
                               ("required", item.required), *item.cells.items()):
                if percent and col == "value" and isinstance(shown, (int, float)):
                    shown = fraction_of(shown)  # shown as the percentage it is: 0.8 → 0.8%
                _put(ws, row, COL[col], shown)
            if percent:  # what is typed here reads as the percentage Excel shows (96.1 → 96.1%)
                ws.cell(row, COL["value"]).number_format = PERCENT_FORMAT
            if i == 0 and entry is not None and not entry.problems:
                for col in ENVELOPE_COLUMNS:
                    value = getattr(entry, col)
                    if col == "as_of" and value == as_of:
                        continue
                    _put(ws, row, COL[col], value)
            for number in range(2, len(COL) + 1):
                ws.cell(row, number).alignment, ws.cell(row, number).border = (st["wrap"],
                                                                               st["border"])
            for col in input_columns(owner, item, i == 0):
                _input(ws.cell(row, COL[col]), st)
            fields = kinds.get(owner.kind or "").FORM_FIELDS
            for col in ("as_of", "second"):
                if col == "as_of" or any(fields.get(f) == "second" for f in ("date", "issued")):
                    ws.cell(row, COL[col]).number_format = "yyyy-mm-dd"
            for col, check in item.checks.items():
                _validation(ws, checks, check).add(f"{LETTER[COL[col] - 1]}{row}")
            row += 1
    _sign_off(ws, row + 1, "L", st)
    for col, width in zip(LETTER, (4, 8, 30, 26, 22, 14, 13, 14, 30, 12, 18, 18), strict=True):
        ws.column_dimensions[col].width = width
    for line in range(FIRST_ROW, row):
        _fit_height(ws, line, "BCDEFGHIJKL")
    ws.row_dimensions[4].height = 32
    ws.column_dimensions["A"].hidden = True
    ws.freeze_panes = f"F{FIRST_ROW}"
    _protect(ws)
    _print_setup(ws, "1:4", "L")


def _guide_sheet(ws: Any, pack: Pack, titles: dict[str, str], office: bool) -> None:
    """填表说明: how to fill in the form, in the clerk's words, and which tab is whose."""
    st = _styles()
    _put(ws, 1, 2, zh("guide.title", pack=pack.header.title.zh)).font = st["title"]
    ws.row_dimensions[1].height = 24
    lines = [zh(f"guide.{n}", limit=MAX_TEXT) for n in range(1, 10)]
    if not office:
        lines.append(zh("guide.department"))
    row = 3
    ws.column_dimensions["B"].width = 100
    for line in lines:
        _put(ws, row, 2, line).alignment = st["wrap"]
        _fit_height(ws, row, "B")
        row += 1
    row += 1
    _put(ws, row, 2, zh("guide.tabs")).font = st["bold"]
    row += 1
    for dept, title in titles.items():
        _put(ws, row, 2, zh("guide.tab", tab=title, department=pack.header.departments[dept].zh))
        row += 1
    ws.column_dimensions["A"].width = 2
    _protect(ws)
    _print_setup(ws, "", "B")
    ws.oddFooter.left.text = None


def _validation(ws: Any, made: dict[str, Any], check: str) -> Any:
    from openpyxl.worksheet.datavalidation import DataValidation

    if check not in made:
        if check.startswith("list:"):
            dv = DataValidation(type="list", formula1=f'"{check[5:]}"', allow_blank=True,
                                error=zh("check.list"), showErrorMessage=True)
        elif check == "whole":
            # a count, or a quantity the kind takes decimals of (an area in 万平方米): the kind's
            # own model says which; the form only keeps out what is not a number at all.
            # Percent-formatted cells pass here (a bare percentage) and are read as percentages.
            dv = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                                allow_blank=True, error=zh("check.non_negative"),
                                showErrorMessage=True)
        else:
            dv = DataValidation(type="decimal", operator="between", formula1="-1000000000",
                                formula2="1000000000", allow_blank=True, error=zh("check.number"),
                                showErrorMessage=True)
        ws.add_data_validation(dv)
        made[check] = dv
    return made[check]


# ---------------------------------------------------------------------------------------------
# Reading a workbook: streamed, with limits checked as it goes


@dataclass(frozen=True)
class FormCell:
    """A cell as read: its place, value, and what its format says of the value."""

    row: int
    column: int
    value: Any = None
    percent: bool = False  # its number format shows it as a percentage (0.862 shown 86.2%)
    formula: bool = False  # a formula (its value is the one last computed, if any)

    @property
    def coordinate(self) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.column)}{self.row}"


class TooLarge(Exception):
    """A sheet that goes beyond what a form can hold, at this cell."""

    def __init__(self, cell: FormCell, message: Msg, hint: Msg | None = None) -> None:
        super().__init__(message.text("en"))
        self.cell, self.message, self.hint = cell, message, hint


@dataclass
class Grid:
    """The cells of one sheet that hold something, by row, read within the limits."""

    title: str
    rows: dict[int, dict[int, FormCell]] = field(default_factory=dict)

    def cell(self, row: int, column: int) -> FormCell:
        return self.rows.get(row, {}).get(column) or FormCell(row, column)

    def line(self, row: int, width: int = len(COL)) -> list[FormCell]:
        return [self.cell(row, col) for col in range(1, width + 1)]

    def lines(self, min_row: int, width: int = len(COL)) -> Iterator[list[FormCell]]:
        for row in sorted(r for r in self.rows if r >= min_row):
            yield self.line(row, width)


def _stream(ws: Any, wb: Any) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """The rows of a read-only sheet as openpyxl's parser reads them: only the cells there are
    (its public iter_rows pads every row to the widest and every gap with empty rows, which a
    sheet with one cell at XFD1048576 turns into billions of cells). The parser is openpyxl's
    own (3.1), the one its read-only sheets use; tests/test_forms_clerks.py fails if it changes."""
    from openpyxl.worksheet._reader import WorkSheetParser

    with ws._get_source() as source:
        if _large(ws):
            source = _BlankRowsDropped(source)
        parser = WorkSheetParser(source, ws._shared_strings, data_only=wb.data_only,
                                 epoch=wb.epoch, date_formats=wb._date_formats,
                                 timedelta_formats=wb._timedelta_formats)
        parse_row = parser.parse_row

        def lean_row(row: Any) -> Any:
            # A cell with nothing in it (no value, formula or text: a format applied down a
            # million rows) is not parsed, when every cell of the row says where it is (one
            # that does not is placed after the one before it).
            empty = [cell for cell in row if not len(cell)]
            if empty and all(cell.get("r") for cell in row):
                for cell in empty:
                    row.remove(cell)
            return parse_row(row)

        parser.parse_row = lean_row
        yield from parser.parse()


# A row with no cells, or only cells with nothing in them (`<row r="7" s="2"><c r="F7" s="1"/>
# </row>`: a format applied down a million rows), is dropped from a large sheet's text before
# it is parsed, when the row after it says where it is (a row that does not is placed after the
# one before it) or the rows end. Never inside a comment or CDATA, whose words could look like
# rows: from the first `<!`, the text is read as it is. A sheet written with prefixed tags
# (`<x:row>`) is read in full.
_BLANK_ROW = re.compile(rb'(?:<row\s[^>]*/>|<row\s[^>]*>(?:\s*<c\s[^>]*/>)*\s*</row>)'
                        rb'(?=\s*(?:<row\b[^>]*?\sr=|</sheetData>))')
_LARGE_SHEET = 4 * 1024 * 1024  # bytes of a sheet's text: an exported form's are a few KB
_CHUNK = 1024 * 1024


def _large(ws: Any) -> bool:
    """Whether a sheet's text is large (blank rows are dropped from it, _BLANK_ROW)."""
    try:
        return bool(ws.parent._archive.getinfo(ws._worksheet_path).file_size >= _LARGE_SHEET)
    except (AttributeError, KeyError):
        return False


class _BlankRowsDropped:
    """A sheet's text as read from `source`, without its blank rows (_BLANK_ROW): each chunk is
    read up to its last `>`, so that a row is dropped only when it is whole in the text looked
    at (a row cut in two by a chunk's end is kept, and read as it is)."""

    def __init__(self, source: Any) -> None:
        self.source: Any = source
        self.rest = b""
        self.out = b""
        self.at = 0
        self.dropping = True  # until a comment or CDATA is met

    def read(self, size: int = -1) -> bytes:
        while self.at >= len(self.out) and self.source is not None:
            data = self.source.read(_CHUNK)
            if not data:
                self.out, self.at, self.rest, self.source = self.rest, 0, b"", None
                break
            data = self.rest + data
            self.dropping = self.dropping and b"<!" not in data
            if not self.dropping:
                self.out, self.at, self.rest = data, 0, b""
                continue
            cut = data.rfind(b">") + 1
            self.out, self.at, self.rest = _BLANK_ROW.sub(b"", data[:cut]), 0, data[cut:]
        end = len(self.out) if size < 0 else self.at + size
        chunk = self.out[self.at:end]
        self.at += len(chunk)
        return chunk


def read_grid(ws: Any, wb: Any, values_wb: Any | None = None) -> Grid:
    """Read a sheet within the limits (TooLarge at the first cell beyond them): rows up to
    MAX_ROWS, columns up to MAX_COLUMNS, text up to MAX_TEXT characters per cell. Formula cells
    take their computed value from `values_wb` (the same workbook read with data_only)."""
    from openpyxl.cell.read_only import ReadOnlyCell

    grid = Grid(ws.title)
    formulas: set[tuple[int, int]] = set()
    for index, raw_cells in _stream(ws, wb):
        cells = [c for c in raw_cells if c.get("value") is not None]
        if not cells:
            continue
        if index > MAX_ROWS:
            raise TooLarge(FormCell(index, cells[0]["column"]),
                           msg("forms.too_many_rows", row=index, limit=MAX_ROWS),
                           msg("forms.hint.delete_pasted"))
        row: dict[int, FormCell] = {}
        for raw in cells:
            column, value = raw["column"], raw["value"]
            if column > MAX_COLUMNS:
                raise TooLarge(FormCell(index, column),
                               msg("forms.too_many_columns", limit=MAX_COLUMNS),
                               msg("forms.hint.delete_pasted"))
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise TooLarge(FormCell(index, column),
                               msg("forms.text_too_long", length=len(value), limit=MAX_TEXT),
                               msg("forms.hint.text_too_long"))
            formula = raw.get("data_type") == "f"
            if formula:
                formulas.add((index, column))
            row[column] = FormCell(index, column, value,
                                   _percent_format(ReadOnlyCell(ws, **raw).number_format), formula)
        grid.rows[index] = row
    if formulas and values_wb is not None:
        computed = values_wb[ws.title]
        for index, raw_cells in _stream(computed, values_wb):
            if index > MAX_ROWS:
                break
            for raw in raw_cells:
                place = (index, raw["column"])
                if place in formulas:
                    old = grid.rows[index][raw["column"]]
                    value = raw.get("value")
                    if isinstance(value, str) and len(value) > MAX_TEXT:
                        raise TooLarge(old, msg("forms.text_too_long", length=len(value),
                                                limit=MAX_TEXT), msg("forms.hint.text_too_long"))
                    grid.rows[index][raw["column"]] = FormCell(
                        index, raw["column"], value, old.percent, True)
                    formulas.discard(place)
        for index, column in formulas:  # no computed value at all
            old = grid.rows[index][column]
            grid.rows[index][column] = FormCell(index, column, None, old.percent, True)
    return grid


def _percent_format(number_format: str | None) -> bool:
    """Whether a number format shows a value times 100 with a % sign (`0.0%`), not a literal %
    after the number as it is (`0"%"`, `0\\%`)."""
    shown = re.sub(r'"[^"]*"|\\.', "", number_format or "")
    return "%" in shown


def _sheet_key(ws: Any, wb: Any) -> str | None:
    """The key in A1 of a sheet (`nsc-sheet:env`), read without reading the rest."""
    for index, raw_cells in _stream(ws, wb):
        if index > 1:
            return None
        for raw in raw_cells:
            if raw["column"] == 1:
                value = raw.get("value")
                return value[len(SHEET_KEY):] if isinstance(value, str) and \
                    value.startswith(SHEET_KEY) and len(value) < 200 else None
        return None
    return None


def _check_parts(path: Path) -> None:
    """Refuse a workbook whose parts unpack to more than any form holds, before reading them."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError.single(msg("forms.not_a_workbook"), path,
                                hint=msg("forms.hint.give_exported")) from None
    for info in infos:
        limit = MAX_STRINGS_BYTES if info.filename.endswith("sharedStrings.xml") else MAX_PART_BYTES
        if info.file_size > limit:
            raise InputError.single(
                msg("forms.part_too_large", size=info.file_size // (1024 * 1024),
                    limit=limit // (1024 * 1024)), path, hint=msg("forms.hint.delete_pasted"))


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
              ) -> tuple[list[Planned], list[Msg]]:
    """Read a filled workbook into the files it stands for, and notes for the user (waivers the
    import could not keep, a city sheet a department's form cannot change); InputError naming
    sheet and cell.

    What the form does not carry is kept from the files already in `into` (see `_merge`)."""
    from openpyxl import load_workbook

    shown = path.name
    _check_parts(path)
    try:
        formulas = load_workbook(path, read_only=True, data_only=False)
        values = load_workbook(path, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many types for a file that is not a workbook
        raise InputError.single(msg("forms.not_a_workbook"), path,
                                hint=msg("forms.hint.give_exported")) from None
    try:
        return _read_form(formulas, values, shown, path, pack, into)
    finally:
        formulas.close()
        values.close()


def _read_form(wb: Any, values: Any, shown: str, path: Path, pack: Pack, into: Path | None
               ) -> tuple[list[Planned], list[Msg]]:
    """The steps of reading a form: its meta sheet (what it was exported for), its sheets found
    and read as grids, each sheet read into a city file or a department's entries, those merged
    with the files already in `into`, and the notes for the user."""
    meta = _FormMeta.read(wb, path, pack)
    found = Found()
    by_key = _sheets_by_key(wb, meta, shown, found)
    # a sheet beyond the limits is said before what is read from the sheets, as when every
    # sheet was read before any was looked at; a department's sheet is now read when its turn
    # comes, and let go after (a workbook pasted full holds a million cells)
    large, read = Found(), Found()
    sheet_of = _SheetReader(wb, values, by_key, shown, large)
    city = sheet_of.grid(CITY_SHEET) if meta.office else None
    on = _form_date(city, meta.info.get("date"), meta.office)
    year = on.year if on else latest_year()
    planned, sheets = _read_sheets(meta, city, sheet_of, by_key, pack, shown, on, read)
    problems = Found.joined(found, large, read)
    if problems:
        raise problems.error()
    existing = _evidence_files(into) if into is not None else {}
    planned += _merge(sheets, into or Path("."), existing, pack, year, meta.blank, meta.seen)
    _too_large(planned, sheets, shown, problems)
    if problems:
        raise problems.error()
    notes = _dropped_waivers(meta, existing, sheets, into)
    if not meta.office and _city_edited(by_key.get(CITY_SHEET, []), wb, values,
                                        meta.info.get("city_shown")):
        notes.append(msg("forms.note.city_sheet_ignored", sheet=zh("tab.city")))
    return planned, notes


class Found:
    """The problems an import finds: the first MAX_LISTED listed, the rest only counted (a
    sheet pasted full of rows would otherwise hold, and print, one for every row). Its length
    is how many were found, listed or not."""

    def __init__(self, limit: int = MAX_LISTED) -> None:
        self.listed: list[Problem] = []
        self.count = 0
        self.limit = limit

    def append(self, problem: Problem) -> None:
        self.count += 1
        if len(self.listed) < self.limit:
            self.listed.append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.append(problem)

    def __iadd__(self, problems: Iterable[Problem]) -> Found:
        self.extend(problems)
        return self

    def __len__(self) -> int:
        return self.count

    @classmethod
    def joined(cls, *parts: Found) -> Found:
        """The problems of `parts`, one after the other."""
        whole = cls()
        for part in parts:
            whole.listed += part.listed
            whole.count += part.count
        del whole.listed[whole.limit:]
        return whole

    def error(self) -> InputError:
        return InputError(list(self.listed), unlisted=self.count - len(self.listed))


@dataclass
class _FormMeta:
    """What a form's meta sheet says: the pack, overlays, scope and date it was exported for,
    and the files its sheets stand for (sheet key, file name, fingerprint when exported)."""

    rows: list[list[Any]]
    info: dict[str, Any]
    office: bool  # the whole city's workbook (the office's), not one department's
    files: list[tuple[Any, Any, str]]
    blank: set[tuple[Any, Any]]
    seen: dict[Any, str]

    @classmethod
    def read(cls, wb: Any, path: Path, pack: Pack) -> _FormMeta:
        """The meta sheet, refused when missing, overfilled, of an older format, or exported
        for another pack or other overlays."""
        if META not in wb.sheetnames:
            raise InputError.single(msg("forms.no_meta"), path,
                                    hint=msg("forms.hint.give_exported"))
        try:
            meta_grid = read_grid(wb[META], wb)
        except TooLarge:
            raise InputError.single(msg("forms.meta_overfilled"), path,
                                    hint=msg("forms.hint.export_again")) from None
        rows = [[c.value for c in line] + [None] * 4 for line in meta_grid.lines(1, 6)]
        info = {row[0]: row[1] for row in rows
                if row and row[0] in ("format", "pack", "tailoring", "scope", "date",
                                      "city_shown")}
        if info.get("format") != FORMAT:
            raise InputError.single(msg("forms.old_format"), path,
                                    hint=msg("forms.hint.export_again"))
        if info.get("pack") != pack.id:
            raise InputError.single(msg("forms.other_pack", exported=str(info.get("pack") or "")
                                        or msg("forms.none"),
                                        given=pack.id), path, hint=msg("forms.hint.same_criteria"))
        if (info.get("tailoring") or "") != _tailoring(pack):
            raise InputError.single(
                msg("forms.other_overlays", exported=info.get("tailoring") or msg("forms.none"),
                    given=_tailoring(pack) or msg("forms.none")), path,
                hint=msg("forms.hint.same_overlays"))
        return cls(rows=rows, info=info, office=info.get("scope") == SCOPE_ALL,
                   files=[(row[1], row[2], row[3] or "") for row in rows
                          if row and row[0] == "file"],
                   blank={(row[1], row[2]) for row in rows if row and row[0] == "blank"},
                   seen={row[1]: row[2] or "" for row in rows if row and row[0] == "seen"})


def _sheets_by_key(wb: Any, meta: _FormMeta, shown: str, problems: Found
                   ) -> dict[str, list[Any]]:
    """The workbook's sheets by the key each carries; a file the meta sheet lists twice, or a
    key two sheets carry, is a problem."""
    names = [name for _, name, _ in meta.files]
    problems += [Problem(msg("forms.meta_file_twice", file=str(name)), shown,
                         hint=msg("forms.hint.give_exported"))
                 for name in sorted({n for n in names if names.count(n) > 1}, key=str)]
    by_key: dict[str, list[Any]] = {}
    for ws in wb.worksheets:
        if ws.title != META:
            key = _sheet_key(ws, wb)
            if key is not None:
                by_key.setdefault(key, []).append(ws)
    for found in by_key.values():
        if len(found) > 1:
            problems.append(Problem(msg("forms.sheet_twice", tabs=[ws.title for ws in found]),
                                    shown, hint=msg("forms.hint.one_sheet")))
    return by_key


@dataclass
class _SheetReader:
    """Reads a sheet, found by its key, as a grid of cells; a sheet beyond the limits is a
    problem (in `large`), and no grid."""

    wb: Any
    values: Any
    by_key: dict[str, list[Any]]
    shown: str
    large: Found

    def grid(self, key: Any) -> Grid | None:
        found = self.by_key.get(key, [])
        if len(found) != 1:
            return None
        try:
            return read_grid(found[0], self.wb, self.values)
        except TooLarge as exc:
            _Cells(self.shown, found[0].title, self.large).fail(exc.cell, exc.message, exc.hint)
            return None


def _read_sheets(meta: _FormMeta, city_grid: Grid | None, sheet_of: _SheetReader,
                 by_key: dict[str, list[Any]], pack: Pack, shown: str, on: dt.date | None,
                 problems: Found) -> tuple[list[Planned], list[Sheet]]:
    """Each file the meta sheet lists, from its sheet: the city's file written as it is (from
    `city_grid`, read already: a department's workbook shows the city read-only, and its city sheet
    is neither read nor compared, whatever was typed there, so departments' forms import one
    after the other), the departments' sheets as read (merged with their files afterwards)."""
    planned: list[Planned] = []
    sheets: list[Sheet] = []
    for sheet, name, exported in meta.files:
        # read first, whatever else is wrong with the line: a sheet beyond the limits is said
        grid = city_grid if sheet == CITY_SHEET else sheet_of.grid(sheet)
        if not _file_name_ok(sheet, name, pack) or (sheet == CITY_SHEET and not meta.office):
            problems.append(Problem(msg("forms.meta_bad_file", file=str(name)), shown,
                                    hint=msg("forms.hint.give_exported")))
            continue
        if grid is None:
            if not by_key.get(sheet):
                label = zh("tab.city") if sheet == CITY_SHEET else \
                    pack.header.departments[sheet].zh
                problems.append(Problem(msg("forms.sheet_missing", sheet=label), shown,
                                        hint=msg("forms.hint.give_exported")))
            continue
        reader = _Cells(shown, grid.title, problems, on)
        if not _layout_kept(grid, sheet, reader):
            continue
        if sheet == CITY_SHEET:
            city = _read_city(grid, reader)
            if city is not None:
                planned.append(Planned(sheet, name, dump(city_document(city)), exported))
            continue
        content = _read_department(grid, pack, sheet, reader)
        if content is not None:
            sheets.append(Sheet(sheet, name, exported, grid.title, *content))
    return planned, sheets


def _too_large(planned: list[Planned], sheets: list[Sheet], shown: str,
               problems: Found) -> None:
    """A file the import would write that is larger than nsc-check reads back."""
    for item in planned:
        if len(item.text.encode("utf-8")) > MAX_FILE_BYTES:
            tab = next((s.title for s in sheets if s.name == item.name), item.name)
            problems.append(Problem(msg("forms.file_too_large", file=item.name,
                                        limit=MAX_FILE_BYTES // (1024 * 1024)),
                                    f"{shown}:{tab}", hint=msg("forms.hint.text_too_long")))


def _dropped_waivers(meta: _FormMeta, existing: dict[str, Any], sheets: list[Sheet],
                     into: Path | None) -> list[Msg]:
    """Notes on the waivers the export showed that the files no longer hold."""
    still = {str(key) for doc in existing.values() for key, raw in doc.data["evidence"].items()
             if isinstance(raw, dict) and raw.get("waiver") is not None}
    return [msg("forms.note.waiver_dropped", item=item, folder=str(into)) for sheet, item in
            ((row[1], row[2]) for row in meta.rows if row and row[0] == "waived")
            if item not in still and any(s.dept == sheet for s in sheets)]


# What an entry may say that the form has no column for: a waiver is agreed by the patriotic
# health committee, not filled in by the department; the source names where a figure comes from.
KEPT = ("waiver", "source")


@dataclass
class Sheet:
    """A department sheet as filled in, and the file it is written back to."""

    dept: str
    name: str
    exported: str  # the file's fingerprint at export
    title: str  # its tab, as the workbook names it now
    evidence: dict[str, Any]
    as_of: dt.date | None
    contact: str | None


def _evidence_files(folder: Path) -> dict[str, YamlDoc]:
    """The department files already in the folder, as read. One that cannot be read stops the
    import: which items it holds cannot be told, so writing them elsewhere could repeat them."""
    found, problems = {}, []
    try:
        paths = department_files(folder) if folder.is_dir() else []
    except OSError as exc:  # a folder that cannot be listed: what it holds cannot be told
        why = msg("cli.input.no_permission") if isinstance(exc, PermissionError) else \
            msg("cli.input.cannot_look", detail=Detail.of_os_error(exc))
        raise InputError([Problem(why, str(folder), hint=msg("cli.hint.permission")),
                          Problem(msg("forms.folder_unreadable"), str(folder),
                                  hint=msg("forms.hint.validate_first"))]) from None
    for path in paths:
        strange = not_plain_file(path)
        if strange is not None:
            problems.append(Problem(strange, str(path), hint=msg("evidence.hint.plain_file")))
            continue
        try:
            doc = read_yaml(path)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if isinstance(doc.data, dict) and isinstance(doc.data.get("evidence"), dict):
            found[path.name] = doc
    if problems:
        raise InputError([*problems, Problem(msg("forms.folder_unreadable"), str(folder),
                                             hint=msg("forms.hint.validate_first"))])
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
    kept: set[str] = set()  # entries staying where they are, in whichever file
    for name, doc in existing.items():
        data = doc.data
        for key, raw in data["evidence"].items():
            item_id = str(key)
            owner = pack.indicator(item_id) or pack.condition(item_id)
            sheet = sheet_of.get(item_id)
            if sheet is None or ((sheet.dept, item_id) in blank
                                 and item_id not in sheet.evidence):
                kept.add(item_id)
                if name in stays:
                    stays[name][item_id] = _dated(raw, data.get("as_of"), owner)
                continue
            _carry(raw, sheet.evidence, item_id, owner)
            if name not in targets:
                taken_out.setdefault(name, []).append(item_id)
    # an item the form leaves empty is written as `init` writes it (empty, under its notes):
    # validate and status still list it as not yet filled, and the file keeps its guidance
    empty = {sheet.name: {owner.id: placeholder(owner, year)
                          for owner in evidence_items(pack, sheet.dept)
                          if owner.id not in sheet.evidence and owner.id not in kept}
             for sheet in sheets}
    planned = [Planned(sheet.dept, sheet.name, dump(department_document(
        pack, sheet.dept, year, {**empty[sheet.name], **sheet.evidence, **stays[sheet.name]},
        sheet.as_of, sheet.contact)), sheet.exported) for sheet in sheets]
    for name, ids in taken_out.items():
        text_, _ = decode((folder / name).read_bytes(), name)
        rewritten = without_entries(text_, existing[name], ids)
        if rewritten is None:
            raise InputError.single(msg("forms.cannot_take_out", items=ids), folder / name,
                                    hint=msg("forms.hint.move_by_hand"))
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


def _form_date(city: Grid | None, exported: Any, office: bool) -> dt.date | None:
    """The assessment date: on the office's workbook, the city sheet's (if it is readable);
    on a department's, the one it was exported with. The written files then do not depend on
    the day of the import, and no date in the form may be after it."""
    if not office or city is None:
        try:
            return parse_date(exported) if exported else None
        except ValueError:
            return None
    for line in city.lines(CITY_FIRST_ROW, 4):
        if line[0].value == "assessment_date" and line[3].value is not None:
            try:
                return parse_date(line[3].value)
            except ValueError:
                return None  # reported where the city sheet is read
    return None


def _layout_kept(grid: Grid, sheet: str, cells: _Cells) -> bool:
    """The sheet still has the exported columns, and no formula lacks its computed value
    (a workbook saved by a program that does not compute them): otherwise values would be read
    from the wrong cells, or silently lost."""
    header_row, headers = (CITY_FIRST_ROW - 1, CITY_HEADERS) if sheet == CITY_SHEET else \
        (FIRST_ROW - 1, HEADERS)
    found = tuple(c.value for c in grid.line(header_row, len(headers)))
    if found != headers:
        cells.fail(grid.cell(header_row, 1), msg("forms.columns_changed"),
                   msg("forms.hint.fresh_columns"))
        return False
    for line in grid.rows.values():
        for cell in line.values():
            if cell.formula and cell.value is None:
                cells.fail(cell, msg("forms.formula_without_value"),
                           msg("forms.hint.formula"))
    return True


class _Cells:
    """Reads cells; records problems located at `form.xlsx:环保局!C7` (the tab as named now).
    `on` is the assessment date, when there is one: no date may be after it."""

    def __init__(self, file: str, sheet: str, problems: Found,
                 on: dt.date | None = None) -> None:
        self.file, self.sheet, self.problems, self.on = file, sheet, problems, on
        self.places: list[str] | None = None  # where it failed, while someone asks

    @staticmethod
    def value(cell: FormCell) -> Any:
        """A cell's value as its writer meant it: text as typed (blank text is no value), a
        date as a date, a percent-formatted number as the percentage it shows (0.862 → 86.2)."""
        value = cell.value
        if isinstance(value, str):
            value = value if value.strip() else None
            if value is not None and value != value.strip():
                value = value.strip()
        if isinstance(value, dt.datetime):
            value = value.date()
        if cell.percent and isinstance(value, (int, float)) and not isinstance(value, bool):
            value = percent_of(value)
        return value

    def fail(self, cell: FormCell, message: Msg, hint: Msg | None = None) -> None:
        place = f"{self.file}:{self.sheet}!{cell.coordinate}"
        self.problems.append(Problem(message, place, hint=hint))
        if self.places is not None:
            self.places.append(place)

    def date(self, cell: FormCell) -> dt.date | None:
        value = self.value(cell)
        if value is None:
            return None
        try:
            date = parse_date(value)
        except ValueError:
            self.fail(cell, msg("forms.bad_date", value=_shown(value)), msg("forms.hint.date"))
            return None
        if self.on is not None and date > self.on:
            self.fail(cell, msg("forms.date_after", date=date.isoformat(),
                                on=self.on.isoformat()), msg("forms.hint.past"))
            return None
        return date


def percent_of(value: float) -> float | int:
    """The percentage a percent-formatted cell shows: 0.862 → 86.2, 1 → 100 (no float noise)."""
    try:
        shown = Decimal(repr(value)) * 100
    except InvalidOperation:
        return value * 100
    return int(shown) if shown == shown.to_integral_value() else float(shown)


def fraction_of(value: float) -> float:
    """The cell value Excel stores for a percentage: 96.1 → 0.961 (no float noise)."""
    try:
        return float(Decimal(repr(value)) / 100)
    except InvalidOperation:
        return value / 100


def _shown(value: Any) -> str:
    """A value as the clerk typed or sees it, never a Python spelling."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value)


def _read_city(grid: Grid, cells: _Cells) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    where: dict[str, FormCell] = {}
    before = len(cells.problems)
    cells.places = []  # the cells that fail from here on, listed or not
    for line in grid.lines(CITY_FIRST_ROW, 4):
        key = cells.value(line[0])
        if key is None:
            continue
        if not isinstance(key, str) or not (key in CITY_KEYS or key.startswith("properties.")):
            cells.fail(line[0], msg("forms.row_key_changed", row=line[0].row),
                       msg("forms.hint.fresh_rows"))
            continue
        value_cell = line[3]
        where.setdefault(key.split(".")[0] if key.startswith("name.") else key, value_cell)
        value = cells.value(value_cell)
        if value is None:
            continue
        if value_cell.percent:
            cells.fail(value_cell, msg("forms.percent_in_city"), msg("forms.hint.plain_number"))
            continue
        if key == "assessment_date":
            value = cells.date(value_cell)
            if value is None:
                continue
        elif key in CITY_NUMBERS or key.startswith("properties."):
            number = _city_number(value)
            if number is None:
                label = msg(f"forms.city.{key}") if key in CITY_NUMBERS else key.split(".", 1)[1]
                refusal = _number_refusal(value)  # a number written another way (`6.12e5`)
                if refusal is not None and refusal.hint is not None:
                    cells.fail(value_cell, msg("forms.city_value", field=label,
                                               problem=refusal.message), refusal.hint)
                    continue
                cells.fail(value_cell, msg("forms.city_not_a_number", field=label,
                                           value=_shown(value)), msg("forms.hint.city_number"))
                continue
            value = number
        if key.startswith("name."):
            values.setdefault("name", {})[key.split(".")[1]] = str(value)
        elif key.startswith("properties."):
            values.setdefault("properties", {})[key.split(".", 1)[1]] = value
        else:
            values[key] = value
    failed = set(cells.places)
    for key in ("name", "assessment_date"):
        cell = where.get(key, grid.cell(CITY_FIRST_ROW, 4))
        if key not in values and f"{cells.file}:{cells.sheet}!{cell.coordinate}" not in failed:
            cells.fail(cell, msg(f"forms.city_missing.{key}"), msg("forms.hint.city"))
    if len(cells.problems) > before:
        return None
    try:
        City.model_validate(values)
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            top = str(err["loc"][0]) if err["loc"] else "name"
            cell = where.get(top, grid.cell(CITY_FIRST_ROW, 4))
            label = msg(f"forms.city.{top}") if f"forms.city.{top}" in CATALOGUE else top
            cells.fail(cell, msg("forms.city_value", field=label, problem=_error_msg(err)))
        return None
    return values


CITY_NUMBERS = ("built_up_area_km2", "population", "latitude")


def _number_refusal(value: Any) -> Refusal | None:
    """Why a text is not a number as evidence would say it (`6.12e5`: an exponent), if it says
    what to write instead; None otherwise (the form's own words are clearer)."""
    if not isinstance(value, str):
        return None
    try:
        parse_number(value, None)
    except Refusal as refusal:
        return refusal if refusal.message.code in ("values.exponent",
                                                   "values.number_as_written") else None
    return None


def _city_number(value: Any) -> float | int | None:
    """A plain number, typed as a number or as text of one (全角 digits too); None otherwise
    (text with a unit, such as 96.1%, is its kind's to read)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, str):
        try:  # read as evidence reads a number: `1e1`, `1_000`, `inf` are no number typed
            number = parse_number(value, None)
        except ValueError:
            return None
        return int(number) if number.is_integer() and "." not in normalize_text(value) else number
    return None



def _error_msg(err: Mapping[str, Any]) -> Msg:
    """A pydantic error of a kind's Evidence model as a message: a Refusal brings its own, a
    pydantic error is worded by the catalogue (as the loader words it)."""
    refusal = (err.get("ctx") or {}).get("error")
    if isinstance(refusal, Refusal):
        return refusal.message
    return pydantic_message(err)


def _read_department(grid: Grid, pack: Pack, dept: str, cells: _Cells
                     ) -> tuple[dict[str, Any], dt.date | None, str | None] | None:
    by_item: dict[str, dict[str, dict[str, Any]]] = {}
    raw_cells: dict[str, dict[str, list[FormCell]]] = {}
    first_row: dict[str, list[FormCell]] = {}
    as_of: dt.date | None = None
    contact: str | None = None
    before = len(cells.problems)
    owners = {owner.id: owner for owner in evidence_items(pack, dept)}
    seen: set[str] = set()  # the items whose rows are there, filled in or not
    started: set[str] = set()  # the items whose first row was read
    for line in grid.lines(2):
        if line[0].row == FIRST_ROW - 1:
            continue  # the header
        key = cells.value(line[0])
        key = key if isinstance(key, str) else _shown(key) if key is not None else ""
        if key == "_as_of":
            as_of = cells.date(line[COL["value"] - 1])
            continue
        if key == "_contact":
            contact = cells.value(line[COL["value"] - 1])
            contact = None if contact is None else _shown(contact)
            continue
        item_id, _, suffix = key.partition("|")
        seen.add(item_id)
        values = {name: cells.value(line[col - 1]) for name, col in COL.items()
                  if col >= COL["value"]}
        if item_id not in owners:
            if any(v is not None for v in values.values()):
                cells.fail(line[0], msg("forms.row_key_changed", row=line[0].row),
                           msg("forms.hint.fresh_rows"))
            continue
        shown_id = cells.value(line[COL["id"] - 1])
        if (shown_id is None and any(v is not None for v in values.values())) or (
                shown_id is not None and _shown(shown_id).strip() != item_id):
            # the visible columns were sorted or pasted over: the values are another item's
            cells.fail(line[COL["id"] - 1], msg("forms.row_moved", row=line[0].row,
                                                shown=_shown(shown_id) if shown_id else "—",
                                                item=item_id), msg("forms.hint.rows_in_place"))
            continue
        first = item_id not in started
        started.add(item_id)
        if not _read_columns_only(owners[item_id], first, line, values, cells):
            continue
        if suffix in by_item.get(item_id, {}):
            cells.fail(line[0], msg("forms.row_copied", row=line[0].row, key=key),
                       msg("forms.hint.one_row"))
            continue
        if not _values_meant(owners[item_id], suffix, line, values, cells):
            continue
        by_item.setdefault(item_id, {})[suffix] = values
        raw_cells.setdefault(item_id, {})[suffix] = line
        first_row.setdefault(item_id, line)
    for owner in owners.values():
        if owner.id not in seen:  # deleted, not emptied: the folder's value would go unseen
            cells.fail(grid.line(FIRST_ROW - 1)[COL["id"] - 1],
                       msg("forms.rows_deleted", item=owner.id, title=owner.title.zh),
                       msg("forms.hint.rows_deleted"))
    if len(cells.problems) > before:
        return None
    evidence: dict[str, Any] = {}
    for owner in owners.values():
        if owner.id not in by_item:
            continue
        item = _read_item(pack, owner, by_item[owner.id], first_row[owner.id], cells,
                          raw_cells[owner.id])
        if item is not None:
            evidence[owner.id] = item
    if len(cells.problems) > before:
        return None
    if not evidence and as_of is None and contact is None:
        return None
    return evidence, as_of, contact


def _read_columns_only(owner: Owner, first: bool, line: list[FormCell], values: dict[str, Any],
                       cells: _Cells) -> bool:
    """Whether the row has nothing in the columns the import does not read for it (the grey
    cells: another kind's columns; the date, reason and note below an item's first row); else a
    problem at each such cell, naming the columns to use. A value typed there was never read."""
    read = {"value", *kinds.get(owner.kind or "").FORM_FIELDS.values()}
    if first:
        read.update(ENVELOPE_COLUMNS)
    ok = True
    for name, value in values.items():
        if value is not None and name not in read:
            cells.fail(line[COL[name] - 1],
                       msg("forms.cell_not_read", column=zh(f"col.{name}"), value=_shown(value)),
                       msg("forms.hint.cell_not_read",
                           columns=[f"{LETTER[COL[c] - 1]}（{zh(f'col.{c}')}）"
                                    for c in COL if c in read]))
            ok = False
    return ok


def _values_meant(owner: Owner, suffix: str, line: list[FormCell], values: dict[str, Any],
                  cells: _Cells) -> bool:
    """Whether a row's values can be read as their writer meant them; else a problem at the
    cell, saying what it seems to mean. Percent-formatted cells become percentages (in `values`,
    already); a fraction where a percentage is asked, a percentage where another unit is, a
    declaration typed in a value column and a non-reason in column K are refused."""
    ok = True
    unit = value_unit(owner, suffix)
    for name in ("value", "second", "sample"):
        cell = line[COL[name] - 1]
        value = values[name]
        if value is None:
            continue
        if isinstance(value, bool):  # Excel's TRUE / FALSE (是 / 否 in a Chinese Excel)
            cells.fail(cell, msg("forms.logical_value", shown=_shown(value),
                                 column=zh(f"col.{name}")), _fill_hint(cell))
            ok = False
            continue
        if isinstance(value, str) and (normal_word(value) in NOT_A_VALUE or ONLY_MARKS.match(value)) \
                and not (owner.kind == "no_events" and normal_word(value) == "无"):
            cells.fail(cell, msg("forms.declaration_in_value", value=value,
                                 column=zh(f"col.{name}"), na_column=zh("col.not_applicable")),
                       msg("forms.hint.declare_in_k", na_column=zh("col.not_applicable")))
            ok = False
            continue
        if isinstance(value, str) and name == "value" and is_percent_unit(unit):
            typed = _city_number(value)  # a number typed as text, in a cell formatted as text
            if typed is not None and 0 < typed <= 1:
                cells.fail(cell, msg("forms.percent_fraction", value=value.strip(),
                                     percent=_shown(percent_of(typed))),
                           msg("forms.hint.percent_fraction", value=value.strip(),
                               percent=_shown(percent_of(typed))))
                ok = False
            continue
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            continue
        if name == "value" and cell.percent and value > 100 and (
                is_percent_unit(unit) or (owner.kind == "ratio" and values["second"] is None)):
            # 86.2 typed into a %-formatted cell that did not turn it into 86.2%: shows 8620%
            meant = _shown(cell.value)
            cells.fail(cell, msg("forms.percent_shown_too_large", shown=f"{_shown(value)}%",
                                 meant=f"{meant}%"),
                       msg("forms.hint.percent_shown_too_large", meant=f"{meant}%"))
            ok = False
            continue
        if owner.kind == "ratio" and name == "value" and cell.percent:
            if values["second"] is not None:
                cells.fail(cell, msg("forms.percent_with_counts", shown=_shown(value)),
                           msg("forms.hint.counts_or_percent"))
                ok = False
            else:  # a bare percentage, as the kind reads it
                # as shown, unless that is not all of it: an exponent (1e-05%, refused as a
                # person's spelling) or digits cut off (12.3456789012345%)
                shown = _shown(value)
                exact = "e" not in shown and float(shown) == value
                values[name] = f"{shown if exact else plain_text(value)}%"
            continue
        if cell.percent and (name != "value" or not is_percent_unit(unit)):
            if name == "value" and unit is not None and unit.zh:
                cells.fail(cell, msg("forms.percent_wrong_unit", shown=f"{_shown(value)}%",
                                     unit=unit), msg("forms.hint.plain_number"))
            else:
                cells.fail(cell, msg("forms.percent_not_asked", shown=f"{_shown(value)}%",
                                     column=zh(f"col.{name}")), msg("forms.hint.plain_number"))
            ok = False
        elif name == "value" and not cell.percent and is_percent_unit(unit) and 0 < value <= 1:
            cells.fail(cell, msg("forms.percent_fraction", value=_shown(value),
                                 percent=_shown(percent_of(value))),
                       msg("forms.hint.percent_fraction", value=_shown(value),
                           percent=_shown(percent_of(value))))
            ok = False
    findings = values["findings"]
    if isinstance(findings, str) and not_a_reason(findings):
        cells.fail(line[COL["findings"] - 1], msg("forms.no_findings_text", value=findings,
                                                  column=zh("col.findings")),
                   msg("forms.hint.no_findings"))
        ok = False
    reason = values["not_applicable"]
    if reason is not None and not_a_reason(reason):
        # `不适用` says that, not why: the column is for the reason the item does not apply
        cells.fail(line[COL["not_applicable"] - 1],
                   msg("forms.not_a_reason", value=_shown(reason),
                       na_column=zh("col.not_applicable")),
                   msg("forms.hint.reason_not_word" if normal_word(reason) in NOT_A_VALUE
                       else "forms.hint.not_a_reason"))
        ok = False
    return ok


def _read_item(pack: Pack, owner: Owner, rows: dict[str, dict[str, Any]], row: list[FormCell],
               cells: _Cells, lines: dict[str, list[FormCell]]) -> Any:
    first = rows.get("", next(iter(rows.values())))
    envelope: dict[str, Any] = {}
    if first.get("not_applicable") is not None:
        refused = cannot_declare(pack, owner.id, "not_applicable")
        if refused:
            cells.fail(row[COL["not_applicable"] - 1], _cannot_declare_msg(pack, owner.id),
                       msg("forms.hint.report_instead"))
            return None
        given = [lines[suffix][COL[name] - 1] for suffix, values in rows.items()
                 for name in VALUE_COLUMNS if values.get(name) is not None]
        if given:  # a value and a declaration: keeping either would silently drop the other
            cells.fail(row[COL["not_applicable"] - 1],
                       msg("forms.item_value", item=owner.id, problem=msg(
                           "forms.value_and_reason", cells=[c.coordinate for c in given],
                           reason=row[COL["not_applicable"] - 1].coordinate)),
                       msg("forms.hint.value_or_reason", na_column=zh("col.not_applicable")))
            return None
        envelope["not_applicable"] = _shown(first["not_applicable"])
    if first.get("as_of") is not None:
        envelope["as_of"] = cells.date(row[COL["as_of"] - 1])
    if first.get("note") is not None:
        envelope["note"] = _shown(first["note"])
    try:
        data = None if "not_applicable" in envelope else data_from(owner, rows)
    except ValueError:  # a row key edited into something its kind cannot read
        cells.fail(row[0], msg("forms.row_key_unreadable", item=owner.id),
                   msg("forms.hint.fresh_rows"))
        return None
    if data is None:
        return envelope if "not_applicable" in envelope else None
    module = kinds.get(owner.kind or "")
    try:
        module.Evidence.model_validate(data, context=Checking(owner.rule, cells.on))
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            cell = _cell_for((*err["loc"], *_subject(err)), rows, row, module.FORM_FIELDS)
            cells.fail(cell, msg("forms.item_value", item=owner.id, problem=_error_msg(err)),
                       _refusal_hint(err) or _fill_hint(cell))
        return None
    if not envelope:
        return data
    wrapped = data if isinstance(data, dict) else {module.SHORTHAND: data}
    return {**wrapped, **envelope}


# Hints that name the YAML's fields (`date:`, `findings`), said as the form says them instead
_FORM_HINTS = {"kinds.inspection.incomplete_hint": "forms.hint.inspection_incomplete",
               "kinds.inspection.no_findings_hint": "forms.hint.inspection_findings"}


def _refusal_hint(err: Any) -> Msg | None:
    refusal = (err.get("ctx") or {}).get("error")
    if not isinstance(refusal, Refusal) or refusal.hint is None:
        return None
    hint: Msg = refusal.hint
    return msg(_FORM_HINTS[hint.code]) if hint.code in _FORM_HINTS else hint


def _fill_hint(cell: FormCell) -> Msg:
    """How to fill a cell in, as the form itself says it: its row's 填写说明 and 要求."""
    name = next((n for n, c in COL.items() if c == cell.column), "value")
    return msg("forms.hint.fill_as_row_says", column=zh(f"col.{name}"),
               letter=LETTER[cell.column - 1], row=cell.row)


def _subject(err: Any) -> tuple[str, ...]:
    """The key a kind's refusal is about (a year, a measure), as its rows are keyed."""
    refusal = (err.get("ctx") or {}).get("error")
    subject = getattr(refusal, "subject", None) if isinstance(refusal, Refusal) else None
    return () if subject is None else (str(subject).removesuffix("年").strip(),)


def _cannot_declare_msg(pack: Pack, item_id: str) -> Msg:
    if pack.condition(item_id) is not None:
        return msg("forms.na_condition", item=item_id)
    indicator = pack.indicator(item_id)
    if indicator is not None and indicator.veto:
        return msg("forms.na_veto", item=item_id)
    users = [c.id for c in pack.conditions if item_id in c.rests_on]
    return msg("forms.na_rested_on", item=item_id, conditions=users)


def _cell_for(loc: tuple[Any, ...], rows: dict[str, dict[str, Any]], row: list[FormCell],
              columns: dict[str, str]) -> FormCell:
    """The cell a validation error is about: the row of the year, measure or document named in
    the error's location, and the column the kind reads that field from (`columns`)."""
    keys = list(rows)
    line = row[0].row
    for part in loc:
        if str(part) in keys:
            line = row[0].row + keys.index(str(part))
    column = next((columns[str(p)] for p in loc if str(p) in columns), "value")
    return FormCell(line, COL[column])


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
        raise InputError([Problem(msg("forms.not_a_file"), str(path)) for path in not_files])
    changing = [item for item in planned if not _holds(into / item.name, item.text)]
    refused = [into / item.name for item in changing if not force and (into / item.name).exists()
               and fingerprint(into / item.name) != item.exported_hash]
    if refused:
        return [], refused
    for item in changing:
        write(into / item.name, item.text)
    return [into / item.name for item in changing], []


def _holds(path: Path, text_: str) -> bool:
    """Whether the file already says exactly this (another form's import wrote it): nothing to
    write, and no conflict with what changed since the export."""
    try:
        return path.is_file() and path.read_bytes() == text_.encode("utf-8")
    except OSError:
        return False
