"""Every text a user reads comes from the message catalogue (src/nsc_check/messages/).

Read off the source: the calls that show a text to a user are given catalogue messages, never a
sentence; no language is chosen by a branch outside the renderer; every code the program names is
in the catalogue (a typo in a code would otherwise fail only when that message is shown).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from nsc_check.messages import CATALOGUE

SRC = Path(__file__).resolve().parents[1] / "src" / "nsc_check"
# Calls whose first argument is shown to a user: a message, or a code for one.
SHOWN = {"Problem", "single", "Refusal", "BadParameter", "UsageError", "ClickException", "echo",
         "secho"}
# Calls whose first argument is a catalogue code.
CODED = {"msg", "text", "Msg", "echo", "chinese", "zh"}
# Where a language may be chosen by comparing it: the renderers of bilingual values.
RENDERERS = {"text.py", "errors.py", "values.py"}


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "messages" not in p.relative_to(SRC).parts)


def _name(call: ast.Call) -> str | None:
    return getattr(call.func, "attr", getattr(call.func, "id", None))


def _offences(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    where = path.relative_to(SRC)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and path.name not in RENDERERS and any(
                isinstance(c, ast.Constant) and c.value in ("zh", "en")
                for c in [node.left, *node.comparators]):
            found.append(f"{where}:{node.lineno}: the language chosen by a branch")
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        first = node.args[0] if node.args else None
        if name in SHOWN and isinstance(first, ast.JoinedStr):
            found.append(f"{where}:{node.lineno}: {name}() given a sentence, not a message")
        if name in SHOWN and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                and first.value not in CATALOGUE and re.search(r"\w{3}", first.value):
            found.append(f"{where}:{node.lineno}: {name}() given a sentence, not a message")
        if name in ("of", "coded") and isinstance(node.func, ast.Attribute) and \
                getattr(node.func.value, "id", None) in ("LocalText", "Note"):
            found.append(f"{where}:{node.lineno}: a bilingual text built outside the catalogue")
        if name in CODED and isinstance(first, ast.Constant) and isinstance(first.value, str) \
                and re.fullmatch(r"[a-z_]+(\.[\w-]+)+", first.value) \
                and first.value not in CATALOGUE and not any(
                    f"{p}.{first.value}" in CATALOGUE for p in ("forms", "kinds", "ui")):
            found.append(f"{where}:{node.lineno}: no message {first.value!r} in the catalogue")
    return found


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_user_text_comes_from_the_catalogue(path):
    assert _offences(path) == []


def test_the_report_templates_name_only_labels_the_catalogue_has():
    templates = SRC / "report" / "templates"
    for template in templates.glob("*.j2"):
        for key in re.findall(r"\bt\('([\w.]+)'\)", template.read_text(encoding="utf-8")):
            assert f"ui.{key}" in CATALOGUE, f"{template.name}: t('{key}')"
