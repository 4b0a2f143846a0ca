"""The remediation task list (整改任务清单) as a workbook: a summary sheet, then one sheet per lead
department with a row per gap and blank deadline / owner columns for the office to fill in.

Every text cell goes through `spreadsheet.guard`, so evidence text that starts like a formula
stays text in Excel, WPS and LibreOffice.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..i18n import status as status_text
from ..i18n import t
from ..messages import text
from ..result import Assessment, IndicatorResult, is_gap
from ..spreadsheet import guard
from ..text import Lang
from ..values import format_number

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TO_FILL = PatternFill("solid", fgColor="FFF2CC")  # the columns the office fills in
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
# Key of the header text and column width (in characters; CJK characters count about double).
TASK_COLUMNS = (("indicator_id", 10), ("indicator", 24), ("status", 10), ("measured", 20),
                ("required", 20), ("gap", 28), ("remediation", 40), ("lead", 18),
                ("deadline", 14), ("owner", 12))
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def render(assessment: Assessment, lang: Lang = "zh") -> bytes:
    book = Workbook()
    book.properties.title = t("tasks_title", lang)
    book.properties.creator = f"nsc-check {assessment.tool_version}"
    groups = assessment.grouped("department", lang)
    _summary(book.active, assessment, groups, lang)
    used = {book.active.title}
    for _dept, name, gaps in groups:
        sheet = book.create_sheet(_sheet_name(name, used))
        used.add(sheet.title)
        _tasks(sheet, gaps, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _summary(sheet: Worksheet, a: Assessment, groups: Sequence[tuple[str, str, list[IndicatorResult]]],
             lang: Lang) -> None:
    s = a.summary
    sheet.title = t("summary_sheet", lang)
    sheet.append([guard(t("tasks_title", lang))])
    sheet["A1"].font = Font(bold=True, size=14)
    facts = [
        (t("city", lang), a.city.name.get(lang)),
        (t("pack", lang), f"{a.pack.title.get(lang)} [{a.pack.id}, {a.pack.edition}]"),
        (t("as_of", lang), str(a.as_of)),
        (t("verdict", lang), status_text(s.verdict, lang)),
        (t(a.label_key("score"), lang),
         f"{format_number(s.points_awarded)} / {format_number(s.points_possible)}"
         f" ({format_number(s.percent)}%)"),
        (t("conditions", lang), f"{s.conditions_met} / {s.conditions_total}"),
        *((t("reasons", lang) if i == 0 else "", r.get(lang)) for i, r in enumerate(s.reasons)),
    ]
    for label, value in facts:
        sheet.append([guard(label), guard(value)])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    sheet.append([])
    statuses = [k for k in s.counts if is_gap(k)]
    _header(sheet, [t("lead", lang), t("gap_count", lang), *(status_text(k, lang) for k in statuses)],
            row=sheet.max_row + 1)
    for _dept, name, gaps in groups:
        sheet.append([guard(name), len(gaps), *(sum(g.status == k for g in gaps) for k in statuses)])
        _frame(sheet[sheet.max_row])
    declared = [(r, t("declared_na", lang), r.not_applicable_reason or "")
                for r in a.not_applicable()]
    declared += [(r, t("waived", lang) if r.waiver.applied else t("waiver_expired", lang),
                  text("ui.waiver_detail", lang, justification=r.waiver.justification,
                       approved_by=r.waiver.approved_by, expires=str(r.waiver.expires)))
                 for r in a.indicators if r.waiver is not None and (r.waiver.applied
                                                                    or not r.waiver.active)]
    if declared:  # declarations the meeting should see: not applicable, waived, waiver expired
        sheet.append([])
        _header(sheet, [t("id", lang), t("indicator", lang), t("status", lang),
                        t("justification", lang)], row=sheet.max_row + 1)
        for r, what, why in declared:
            sheet.append([guard(v) for v in (r.id, r.title.get(lang), what, why)])
            _frame(sheet[sheet.max_row])
    _widths(sheet, [22, 60] + [12] * len(statuses))


def _tasks(sheet: Worksheet, gaps: Iterable[IndicatorResult], lang: Lang) -> None:
    _header(sheet, [t(key, lang) for key, _ in TASK_COLUMNS], row=1)
    for r in gaps:
        gap = r.gap.text.get(lang) if r.gap else "; ".join(m.get(lang) for m in r.messages)
        sheet.append([guard(v) for v in (
            r.id, r.title.get(lang), status_text(r.status, lang),
            r.measured_text.get(lang) if r.measured_text else "",
            r.required_text.get(lang) if r.required_text else "",
            gap, r.remediation.get(lang) if r.remediation else "", r.lead.name.get(lang), "", "")])
        _frame(sheet[sheet.max_row])
        for cell in sheet[sheet.max_row][-2:]:
            cell.fill = TO_FILL
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _widths(sheet, [width for _, width in TASK_COLUMNS])


def _header(sheet: Worksheet, titles: Sequence[str], row: int) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row, column, guard(title))
        cell.fill, cell.font, cell.border = HEADER_FILL, HEADER_FONT, BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)


def _frame(cells: Iterable[Any]) -> None:
    for cell in cells:
        cell.border, cell.alignment = BORDER, WRAP


def _widths(sheet: Worksheet, widths: Sequence[int]) -> None:
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def _sheet_name(name: str, used: set[str]) -> str:
    """A legal, unique sheet name: at most 31 characters, none of []:*?/\\."""
    base = _SHEET_NAME_FORBIDDEN.sub("_", name).strip("'") or "sheet"
    candidate, n = base[:31], 2
    while candidate.lower() in {u.lower() for u in used}:
        suffix = f" ({n})"
        candidate, n = base[:31 - len(suffix)] + suffix, n + 1
    return candidate
