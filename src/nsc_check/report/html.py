"""The HTML report: one self-contained page (CSS and a small sorting script inline, no network)
that an office can mail or put on a shared drive, and print.

Rendered by jinja2 from `templates/report.html.j2` with autoescaping on, so evidence text
(findings, notes, file names) can never become markup. The Markdown reporter shares the template
environment and the context built here, so both say the same.
"""

from __future__ import annotations

from typing import Any

import jinja2

from .. import i18n
from ..messages import text
from ..plan import Plan
from ..result import Assessment
from ..text import Lang
from ..values import format_number
from . import words

# Sorting the gap table by status should put the worst first, not alphabetical order.
STATUS_ORDER = ("invalid", "fail", "missing", "stale", "partial", "pass", "not_applicable")


def environment(autoescape: bool = True) -> jinja2.Environment:
    """The template environment; autoescaping is on for HTML, off for Markdown (which escapes
    its own table cells)."""
    return jinja2.Environment(
        loader=jinja2.PackageLoader("nsc_check.report", "templates"),
        autoescape=autoescape, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def context(assessment: Assessment, lang: Lang, plan: Plan | None = None) -> dict[str, Any]:
    """What the templates read: the Assessment itself (and, for a city not ready, the plan)
    plus the words of the interface."""
    return {
        "plan": plan,
        "t_args": lambda key, **args: text(f"ui.{assessment.label_key(key)}", lang, **args),
        "plan_text": lambda key, **args: text(f"plan.{key}", lang, **args),
        "effort": lambda it: words.effort(it, lang),
        "serves": lambda sv: words.serves_short(sv, lang),
        "serves_all": lambda it: "\n".join(words.serves_short(sv, lang) for sv in it.serves),
        "place": lambda where: words.place(where, lang),
        "short_overall": words.short_overall(assessment, lang),
        "why_not_full": words.why_not_full(assessment, lang),
        "a": assessment,
        "lang": lang,
        "t": lambda key: i18n.t(assessment.label_key(key), lang),
        "label": lambda key: i18n.status(key, lang),
        "num": format_number,
        "status_rank": {s: i for i, s in enumerate(STATUS_ORDER)},
        "views": [("section", assessment.grouped("section", lang)),
                  ("department", assessment.grouped("department", lang))],
        "waived": [r for r in assessment.indicators if r.waiver is not None],
    }


def render(assessment: Assessment, lang: Lang = "zh", plan: Plan | None = None) -> str:
    template = environment(autoescape=True).get_template("report.html.j2")
    return template.render(context(assessment, lang, plan))
