"""The house's structure (issue 14): imports in one direction with no cycle, the result contract
free of the kinds, drawing only in report/, every kind module a `Kind`."""

from __future__ import annotations

import ast
from pathlib import Path

import nsc_check
from nsc_check import kinds

PACKAGE = Path(nsc_check.__file__).parent


def _imports() -> dict[str, set[str]]:
    """Module → the package modules it imports, at the top or inside a function."""
    modules = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = package[:len(package) - node.level + 1] if node.level else []
                target = ".".join([*base, *([node.module] if node.module else [])])
                found |= {t for t in (target, *(f"{target}.{a.name}" for a in node.names))
                          if t in modules}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name in modules}
        edges[name] = {m for m in found if m != name and not name.startswith(m + ".")}
    return edges


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in edges:
        if v not in index:
            visit(v)
    return cycles


def test_no_import_cycle_even_inside_functions():
    assert _cycles(_imports()) == []


def test_the_result_contract_imports_no_kind_and_no_loader():
    edges = _imports()
    # fields: the defaults of model fields, a leaf that imports nothing of nsc_check
    assert edges["nsc_check.result"] <= {"nsc_check.text", "nsc_check.messages", "nsc_check.fields"}
    assert not edges.get("nsc_check.fields")
    assert "nsc_check.overlay" not in edges["nsc_check.packmodel"]
    assert not any(m.startswith("nsc_check.kinds") for m in edges["nsc_check.report.terminal"])


def test_rich_is_drawn_with_only_in_report():
    """Drawing lives in report/; the commands print what report/ draws (and a progress bar)."""
    drawing = {name for name, path in _modules_using("rich")}
    allowed = {"nsc_check.commands.common", "nsc_check.commands.batch",  # console, progress bar
               "nsc_check.diff"}  # TRANSITIONAL: its drawing moves to report/ (issue 12 branch)
    assert {m for m in drawing if not m.startswith("nsc_check.report")} <= allowed


def _modules_using(library: str):
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([node.module or ""] if isinstance(node, ast.ImportFrom) else
                     [a.name for a in node.names] if isinstance(node, ast.Import) else [])
            if any(n == library or n.startswith(library + ".") for n in names):
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
                yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path
                break


def test_every_kind_module_is_a_kind():
    for name, module in kinds.KINDS.items():
        assert isinstance(module, kinds.Kind), name
        assert module.NAME == name
