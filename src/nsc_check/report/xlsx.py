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
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..i18n import status as status_text
from ..i18n import t
from ..messages import text
from ..plan import Plan, PlanItem
from ..result import Assessment, IndicatorResult, is_gap
from ..spreadsheet import guard
from ..text import Lang
from ..values import format_number
from . import words

HEADER_FILL = PatternFill("solid", fgColor="1F4E78")
HEADER_FONT = Font(bold=True, color="FFFFFF")
TO_FILL = PatternFill("solid", fgColor="FFF2CC")  # the columns the office fills in
THIN = Side(style="thin", color="BFBFBF")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
# Key of the header text and column width (in characters; CJK characters count about double).
TASK_COLUMNS = (("indicator_id", 10), ("plan_order", 8), ("indicator", 24), ("status", 10),
                ("col_points_lost", 8), ("measured", 20), ("required", 20), ("gap", 28),
                ("findings", 36), ("remediation", 40), ("lead", 18), ("task_progress", 10),
                ("task_due", 13), ("owner", 12))
TO_FILL_COLUMNS = 3  # the last three: progress, due date, person responsible
PROGRESS = ("progress_todo", "progress_doing", "progress_done")
VALIDATED_ROWS = 1000  # rows the drop-down and the date check cover, for rows the office adds
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def render(assessment: Assessment, lang: Lang = "zh", plan: Plan | None = None) -> bytes:
    """The task list; with a plan (a city not ready), each department's rows in the plan's
    order, the plan's gaps first, and the plan itself on the summary sheet."""
    book = Workbook()
    book.properties.title = t("tasks_title", lang)
    book.properties.creator = f"nsc-check {assessment.tool_version}"
    groups = assessment.grouped("department", lang)
    order = {it.id: n for n, it in enumerate(plan.items, start=1)} if plan else {}
    _summary(book.active, assessment, groups, lang, plan)
    used = {book.active.title}
    names = {key: name for key, name, _gaps in groups}
    rows: dict[str, list[list[Any]]] = {key: [] for key, _name, _gaps in groups}
    for key, _name, gaps in groups:
        rows[key] = [_indicator_row(r, order.get(r.id), lang) for r in gaps]
    for it in plan.items if plan else []:  # basic conditions with evidence of their own
        if it.item == "condition":
            names.setdefault(it.lead.id, it.lead.name.get(lang))
            rows.setdefault(it.lead.id, []).append(_condition_row(it, order[it.id], lang))
    first = {it.lead.id: n for n, it in reversed(list(enumerate(plan.items)))} if plan else {}
    for key, name in sorted(names.items(), key=lambda kv: first.get(kv[0], len(order))):
        sheet = book.create_sheet(_sheet_name(name, used))
        used.add(sheet.title)
        ordered = sorted(rows[key], key=lambda row: (row[1] is None, row[1] or 0))  # stable
        _tasks(sheet, ordered, lang)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _summary(sheet: Worksheet, a: Assessment,
             groups: Sequence[tuple[str, str, list[IndicatorResult]]], lang: Lang,
             plan: Plan | None) -> None:
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
        *((t("col_short", lang), words.short_overall(a, lang)),) * bool(s.points_short),
        *((t("col_short", lang) if not s.points_short and i == 0 else "",
           text("ui." + a.label_key("points_short_section"), lang, id=sec.id, title=sec.title,
                floor=sec.floor_percent, points=sec.points_short))
          for i, sec in enumerate(x for x in a.sections if x.points_short)),
        *(("", words.why_not_full(a, lang)),) * bool(s.not_applicable),
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
    if plan is not None and plan.items:
        sheet.append([])
        sheet.append([guard(t("plan_section", lang)), guard(text(
            "plan.plan_summary", lang, count=len(plan.items), weeks=plan.weeks,
            points=plan.points_regained))])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        _header(sheet, [t("plan_order", lang), t("id", lang), t("indicator", lang),
                        t("lead", lang), t("plan_regained", lang), t("plan_effort", lang),
                        t("plan_serves", lang)], row=sheet.max_row + 1)
        for n, it in enumerate(plan.items, start=1):
            sheet.append([n, *(guard(v) for v in (
                it.id, it.title.get(lang), it.lead.name.get(lang))),
                it.points_regained, *(guard(v) for v in (
                    words.effort(it, lang),
                    "\n".join(words.serves_short(sv, lang) for sv in it.serves)))])
            _frame(sheet[sheet.max_row])
    _widths(sheet, [22, 60] + [12] * max(len(statuses), 5))


def _indicator_row(r: IndicatorResult, order: int | None, lang: Lang) -> list[Any]:
    gap = r.gap.text.get(lang) if r.gap else "; ".join(m.get(lang) for m in r.messages)
    findings = [f.get(lang) for f in r.findings] + ([r.note] if r.note else [])
    return [r.id, order, r.title.get(lang), status_text(r.status, lang), r.points_lost,
            r.measured_text.get(lang) if r.measured_text else "",
            r.required_text.get(lang) if r.required_text else "", gap, "\n".join(findings),
            r.remediation.get(lang) if r.remediation else "", r.lead.name.get(lang)]


def _condition_row(it: PlanItem, order: int, lang: Lang) -> list[Any]:
    return [it.id, order, it.title.get(lang), status_text(it.status, lang), it.points_regained,
            it.measured_text.get(lang) if it.measured_text else "",
            it.required_text.get(lang) if it.required_text else "",
            it.gap.text.get(lang) if it.gap else "",
            "\n".join(f.get(lang) for f in it.findings),
            it.remediation.get(lang) if it.remediation else "", it.lead.name.get(lang)]


def _tasks(sheet: Worksheet, rows: Iterable[list[Any]], lang: Lang) -> None:
    """One row per gap, and the columns the office fills in: progress (a drop-down), the due
    date (only a date is accepted) and the person responsible."""
    _header(sheet, [t(key, lang) for key, _ in TASK_COLUMNS], row=1)
    todo = t(PROGRESS[0], lang)
    for row in rows:
        order = row[1] if row[1] is not None else t("not_in_plan", lang)
        sheet.append([guard(v) if isinstance(v, str) else v
                      for v in (row[0], order, *row[2:], todo, None, None)])
        _frame(sheet[sheet.max_row])
        for cell in sheet[sheet.max_row][-TO_FILL_COLUMNS:]:
            cell.fill = TO_FILL
    _validations(sheet, lang)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    _widths(sheet, [width for _, width in TASK_COLUMNS])


def _validations(sheet: Worksheet, lang: Lang) -> None:
    keys = [key for key, _ in TASK_COLUMNS]
    progress = get_column_letter(keys.index("task_progress") + 1)
    due = get_column_letter(keys.index("task_due") + 1)
    choices = ",".join(t(key, lang) for key in PROGRESS)
    listed = DataValidation(type="list", formula1=f'"{choices}"', allow_blank=True,
                            showErrorMessage=True, showInputMessage=True,
                            promptTitle=t("progress_title", lang),
                            prompt=t("progress_prompt", lang),
                            errorTitle=t("progress_title", lang),
                            error=t("progress_prompt", lang))
    listed.add(f"{progress}2:{progress}{VALIDATED_ROWS}")
    dated = DataValidation(type="date", operator="between", formula1="DATE(2000,1,1)",
                           formula2="DATE(2099,12,31)", allow_blank=True,
                           showErrorMessage=True, showInputMessage=True,
                           promptTitle=t("due_title", lang), prompt=t("due_prompt", lang),
                           errorTitle=t("due_title", lang), error=t("due_error", lang))
    dated.add(f"{due}2:{due}{VALIDATED_ROWS}")
    sheet.add_data_validation(listed)
    sheet.add_data_validation(dated)
    for row in range(2, sheet.max_row + 1):
        sheet[f"{due}{row}"].number_format = "yyyy-mm-dd"


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
