"""document: required documents, each an attachment that exists under the evidence folder.

What users read about this kind (`nsc-check criteria kinds`) is in the catalogue,
`kinds.doc.document`; its examples are EXAMPLES below, which tests load through the real loaders.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import PurePosixPath
from typing import Any, Literal

from pydantic import Field, ValidationInfo, field_validator, model_validator

from ..errors import Refusal
from ..ids import SafeId
from ..messages import Msg, msg
from ..text import LocalText, Words
from ..values import FIRST_YEAR, LAST_YEAR, normalize_text
from .base import (
    Context,
    Examples,
    MappingShorthand,
    Outcome,
    PastDate,
    Shortfall,
    Status,
    Strict,
    joined,
    no_repeats,
    rule_of,
)
from .filling import Cells, FormRow, Guide, chinese

NAME = "document"
# the years a plan covers: 2021-2025, 2021—2025, 2021~2025, 2021年至2025年
_PERIOD = re.compile(r"^(\d{4})\s*年?\s*(?:-|–|—|~|至|到)+\s*(\d{4})\s*年?$")
SHORTHAND = "documents"
FORM_FIELDS = {"issued": "second"}


EXAMPLES = Examples(
    rule="""\
kind: document
rule:
  documents:
    - {id: regulation, title: {zh: 爱国卫生管理条例或规范性文件, en: municipal regulation}}
max_age_days: 3650
""",
    passing="""\
B06:
  regulation: {file: attachments/aiwei/爱国卫生管理办法.pdf, issued: 2019-05-20}
""",
    failing="""\
B06:
  regulation: attachments/aiwei/missing.pdf
""",
)


class RequiredDocument(Strict):
    id: SafeId
    title: LocalText
    valid_for: Literal["standing", "year", "period"] = Field("standing", description=(
        "how long the document stays current. standing: until replaced, judged by its own issue "
        "date against the item's max_age_days (a regulation, a membership notice); year: the "
        "calendar year it is issued in (this year's work plan, budget, summary); period: the "
        "years it covers, `period:` in the evidence or else `period_years` from its issue year "
        "(a five-year plan)"))
    period_years: int = Field(5, ge=1, le=20, description="years a `period` document covers "
                              "from its issue year when the evidence gives no `period:`")


class Rule(Strict):
    documents: list[RequiredDocument] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> Rule:
        no_repeats([d.id for d in self.documents], msg("kinds.what.document_ids"))
        return self


@functools.lru_cache(maxsize=4096)
def tidy_path(value: str) -> str:
    """A '/'-separated path inside the evidence folder; refuses absolute paths and `..`.
    A pure function of the text, asked of the same few names in every city of a batch: what it
    made of a text is remembered (a refusal is not, and is made afresh)."""
    text = value.strip().replace("\\", "/")
    path = PurePosixPath(text)
    if path.is_absolute() or (len(text) > 1 and text[1] == ":"):
        raise Refusal(msg("kinds.document.absolute", path=value))
    if ".." in path.parts:
        raise Refusal(msg("kinds.document.outside", path=value))
    if ":" in text:  # a drive or a stream on Windows (`attachments/D:/a.pdf`) leaves the folder
        raise Refusal(msg("kinds.document.colon", path=value))
    return str(path)


class Attachment(Strict):
    file: str
    issued: PastDate | None = None
    title: str | None = None
    period: tuple[int, int] | None = Field(None, description="the years a plan covers: 2021-2025")

    @field_validator("period", mode="before")
    @classmethod
    def _years(cls, value: object) -> tuple[int, int] | None:
        if value is None:
            return None
        match = _PERIOD.match(normalize_text(str(value)))
        first, last = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        if not match or not FIRST_YEAR <= first <= last <= LAST_YEAR:
            raise Refusal(msg("collect.period_invalid", value=str(value)))
        return first, last

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return {"file": data} if isinstance(data, str) else data

    @field_validator("file")
    @classmethod
    def _inside(cls, value: str, info: ValidationInfo) -> str:
        path = tidy_path(value)
        attach = getattr(info.context, "attach", None)
        if attach is not None:
            attach(path)
        return path



class Evidence(MappingShorthand):
    SHORTHAND = SHORTHAND
    documents: dict[str, Attachment]

    @field_validator("documents")
    @classmethod
    def _known(cls, docs: dict[str, Attachment], info: ValidationInfo) -> dict[str, Attachment]:
        rule: Rule | None = rule_of(info)
        if rule is not None:
            known = [d.id for d in rule.documents]
            for key in docs:
                if key not in known:
                    raise Refusal(msg("kinds.document.unknown", key=key, expected=known))
        if len(docs) > 1:  # one file for two documents asked for is one document given
            first: dict[str, str] = {}
            for key, given in docs.items():
                other = first.setdefault(given.file, key)
                if other != key:
                    raise Refusal(msg("evidence.same_file_twice", file=given.file, first=other),
                                  msg("evidence.hint.same_file_twice"), subject=key)
        return docs


def describe(rule: Rule) -> LocalText:
    titles = joined([d.title for d in rule.documents], "kinds.title_sep")
    return LocalText.from_msg(msg("kinds.document.describe", titles=titles))


def evaluate(rule: Rule, evidence: Evidence, ctx: Context) -> Outcome:
    present, absent = [], []
    findings: list[Words] = []
    for doc in rule.documents:
        given = evidence.documents.get(doc.id)
        if given is not None and given.file in ctx.attachments:
            present.append(doc)
        else:
            absent.append(doc)
            findings.append(
                msg("kinds.document_missing", title=doc.title, file=given.file) if given
                else msg("kinds.document_not_given", title=doc.title))
    total = len(rule.documents)
    status: Status = "pass" if not absent else ("partial" if present else "fail")
    gap = None
    if absent:
        gap = Shortfall(amount=len(absent), unit="documents", direction="count",
                        text=msg("kinds.document.gap", count=len(absent)))
    stale = [note for doc in present
             if (note := _not_current(doc, evidence.documents[doc.id], ctx)) is not None]
    findings.extend(stale)
    if stale and status == "pass":
        status = "stale"
    return Outcome(
        status=status,
        measured=len(present),
        measured_text=msg("kinds.document.measured", present=len(present), total=total),
        required_text=msg("kinds.document.required", total=total),
        gap=gap,
        findings=findings,
        data_date=_data_date(rule, evidence),
        dates_judged=True,
    )


def _not_current(doc: RequiredDocument, given: Attachment, ctx: Context) -> Msg | None:
    """Why a document that is there is no longer current, judged by its own date and validity;
    None when it is (a standing document is aged by the assessor, see _data_date)."""
    on, title = ctx.assessment_date, doc.title
    if doc.valid_for == "standing":
        return None
    if doc.valid_for == "period" and given.period is not None:
        first, last = given.period
    elif given.issued is None:
        return msg("collect.doc_undated", title=title)
    elif doc.valid_for == "year":
        first = last = given.issued.year
    else:
        first, last = given.issued.year, given.issued.year + doc.period_years - 1
    if doc.valid_for == "year" and last < on.year:
        return msg("collect.doc_not_this_year", title=title, year=last, date=str(on),
                   due=on.year)
    if doc.valid_for == "period" and not first <= on.year <= last:
        return msg("collect.doc_period_over", title=title, period=f"{first}–{last}",
                   date=str(on))
    return None


def _data_date(rule: Rule, evidence: Evidence) -> dt.date | None:
    """The date the assessor ages the item by: its oldest standing document's, so that a fresh
    file never vouches for an old one (documents for a year or a period are judged above)."""
    standing = [evidence.documents[d.id].issued for d in rule.documents
                if d.valid_for == "standing" and d.id in evidence.documents
                and evidence.documents[d.id].issued is not None]
    return min(standing) if standing else None  # type: ignore[type-var]


def guide(rule: Rule, year: int) -> Guide:
    # by id, not only by title: the ids are what the department writes
    docs = joined([LocalText.from_msg(msg("kinds.guide.document_id", id=d.id, title=d.title))
                   for d in rule.documents])
    first = rule.documents[0].id
    return Guide(chinese("kinds.guide.document_unit"),
                 chinese("kinds.guide.document_required", documents=docs),
                 f"{{{first}: {{file: attachments/{first}.pdf, issued: {year}-03-01}}}}")


def placeholder(rule: Rule, year: int) -> Any:
    return {d.id: {"file": None, "issued": None} for d in rule.documents}


def form_rows(rule: Rule, data: Evidence | None, years: list[int], title: str) -> list[FormRow]:
    # each row asks for its own document, by its title (a clerk never sees the YAML's ids)
    given = data.documents if data else {}
    return [FormRow(d.id, chinese("kinds.form.sub_label", title=title, part=d.title),
                    chinese("kinds.form.document_unit"),
                    chinese("kinds.form.document_required", title=d.title),
                    {"value": given[d.id].file if d.id in given else None,
                               "second": given[d.id].issued if d.id in given else None})
            for d in rule.documents]


def form_evidence(rule: Rule, cells: dict[str, Cells]) -> Any:
    docs = {}
    for doc_id, c in cells.items():
        if c.get("value") is not None or c.get("second") is not None:
            docs[doc_id] = {"file": c.get("value"), **({"issued": c["second"]}
                                                       if c.get("second") is not None else {})}
    return docs or None
