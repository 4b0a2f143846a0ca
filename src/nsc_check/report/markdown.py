"""The Markdown report: the HTML report's content for minutes and wikis.

Rendered from `templates/report.md.j2` with the HTML reporter's environment and context, with
autoescaping off: every table cell goes through `cell`, which escapes what would break the table
(`|`, line breaks) or turn evidence text into markup (`\\`, `<`, `` ` ``, `[ ]`): a link stays a
link only to an http(s) address, and no image is shown.
"""

from __future__ import annotations

import re
from typing import Any

from ..plan import Plan
from ..result import Assessment
from ..text import Lang
from .html import context, environment

_ESCAPES = str.maketrans({"\\": "\\\\", "|": "\\|", "<": "\\<", "`": "\\`", "[": "\\[",
                          "]": "\\]"})
# a link written in evidence text stays a link only to a web address (never `javascript:`, a file,
# or an image from elsewhere: `![…](…)` is shown as text)
_WEB_LINK = re.compile(r"(?<!!)\[([^\[\]\n]*)\]\((https?://[^\s()<>\\|`]+)\)")


def _escaped(text: str) -> str:
    return text.translate(_ESCAPES)


def _line(line: str) -> str:
    out, at = [], 0
    for link in _WEB_LINK.finditer(line):
        out += [_escaped(line[at:link.start()]), f"[{_escaped(link.group(1))}]({link.group(2)})"]
        at = link.end()
    return "".join([*out, _escaped(line[at:])])


def cell(value: Any) -> str:
    """Text safe inside one Markdown table cell: escaped, its links to web addresses kept."""
    lines = str(value if value is not None else "").strip().splitlines() or [""]
    return "<br>".join(_line(line) for line in lines)


def render(assessment: Assessment, lang: Lang = "zh", plan: Plan | None = None) -> str:
    env = environment(autoescape=False)
    env.filters["cell"] = cell
    return env.get_template("report.md.j2").render(context(assessment, lang, plan))
