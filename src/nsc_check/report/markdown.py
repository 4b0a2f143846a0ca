"""The Markdown report: the HTML report's content for minutes and wikis.

Rendered from `templates/report.md.j2` with the HTML reporter's environment and context, with
autoescaping off: every table cell goes through `cell`, which escapes what would break the table
(`|`, line breaks) or turn evidence text into markup (`\\`, `<`, `` ` ``).
"""

from __future__ import annotations

from typing import Any

from ..plan import Plan
from ..result import Assessment
from ..text import Lang
from .html import context, environment

_ESCAPES = str.maketrans({"\\": "\\\\", "|": "\\|", "<": "\\<", "`": "\\`"})


def cell(value: Any) -> str:
    """Text safe inside one Markdown table cell."""
    lines = str(value if value is not None else "").strip().splitlines() or [""]
    return "<br>".join(line.translate(_ESCAPES) for line in lines)


def render(assessment: Assessment, lang: Lang = "zh", plan: Plan | None = None) -> str:
    env = environment(autoescape=False)
    env.filters["cell"] = cell
    return env.get_template("report.md.j2").render(context(assessment, lang, plan))
