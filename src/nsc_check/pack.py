"""Criteria packs: the loader that checks a pack folder and applies overlays (the models and the
checks they share with overlays are in packmodel.py, and imported from here by the rest).

A pack is a folder: `pack.yaml` (id, title, edition, source, scoring, points, verdict policy,
departments), `basic-conditions.yaml` (B01…; a pack with none says `basic_conditions: false`), and
every other `*.yaml` file is a section with its indicators (`S01-organization.yaml`, `1-x.yaml`),
read in the natural order of their names. Ids are the pack's own (`S03.01`, `2.3`): one safe
pattern (ids.py), an indicator's section being the file it is written in. The loader reports every
problem it finds, each with its file, line and column, before anything is assessed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from . import packcache
from .errors import InputError, Problem
from .inputs import check_file
from .messages import msg
from .packmodel import (  # the models, imported from here by the rest
    DEFAULT_PACK,
    AtLeast,
    Condition,
    EffortClass,
    Indicator,
    Located,
    Pack,
    PackHeader,
    Policy,
    Rule,
    Scoring,
    Section,
    _validate,
    cross_check,
    default_efforts,
    quote_figures,
    type_rule,
)
from .yamlio import YamlDoc, read_yaml, validation_problems

__all__ = ["DEFAULT_PACK", "AtLeast", "Condition", "EffortClass", "Indicator", "Located", "Pack",
           "PackHeader", "Policy", "Rule", "Scoring", "Section", "bundled_packs_dir",
           "cross_check", "default_efforts", "load_pack", "quote_figures", "resolve_pack",
           "section_paths", "type_rule"]

# ---------------------------------------------------------------------------------------------
# Loading


def bundled_packs_dir() -> Path:
    """Packs ship inside the installed package; in a source checkout they live at the top."""
    # The package's own folder, as `importlib.resources.files("nsc_check")` names it for a
    # package of files, without importing resources' readers in every run.
    shipped = Path(__file__).parent / "criteria"
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parents[2] / "criteria"


def resolve_pack(id_or_dir: str | None) -> Path:
    choice = id_or_dir or DEFAULT_PACK
    path = Path(choice)
    if path.is_dir():
        return path
    bundled = bundled_packs_dir() / choice
    if (bundled / "pack.yaml").is_file():
        return bundled
    known = sorted(p.name for p in bundled_packs_dir().glob("*") if (p / "pack.yaml").is_file())
    raise InputError.single(msg("packs.no_such_pack", pack=choice),
                            hint=msg("packs.hint.bundled", packs=known or msg("packs.none")))


def load_pack(id_or_dir: str | None = None, overlays: Sequence[str | Path] = ()) -> Pack:
    """Load and check a pack, then apply overlays in order; raise InputError listing every
    problem with its position. A pack loaded before from the same bytes comes from the cache
    (packcache.py)."""
    folder = resolve_pack(id_or_dir)
    paths = [Path(o) for o in overlays]
    for path in paths:  # before the cache reads them: a pipe would be drained, a FIFO wait
        check_file(path, msg("packs.overlay_not_found"))
    entry = packcache.key(folder, paths)
    if entry is not None:
        kept = packcache.read(entry)
        if isinstance(kept, Pack):
            return kept
    pack = _load_folder(folder)
    if paths:
        from .overlay import apply_overlays  # here: most runs apply none

        pack = apply_overlays(pack, paths)
    if entry is not None and packcache.key(folder, paths) == entry:  # unchanged while loading
        packcache.write(entry, pack)
    return pack


def _load_folder(folder: Path) -> Pack:
    problems: list[Problem] = []

    header_doc = _read(folder / HEADER_FILE, problems)
    header = None
    if header_doc is not None:
        header = _validate(PackHeader, header_doc, header_doc.data, (), problems)

    conditions: list[Condition] = []
    if header is None or header.basic_conditions:
        cond_doc = _read(folder / CONDITIONS_FILE, problems)
        if cond_doc is not None:
            conditions = _load_conditions(cond_doc, problems)
    elif (folder / CONDITIONS_FILE).exists():
        problems.append(Problem(msg("structure.conditions_not_read"), str(folder / CONDITIONS_FILE),
                                hint=msg("structure.hint_conditions_not_read")))

    sections: list[Section] = []
    broken: set[str] = set()  # ids of indicators that failed to load: no follow-on problems
    section_files = section_paths(folder)
    if not section_files:
        problems.append(Problem(msg("packs.no_sections"), str(folder)))
    for path in section_files:
        doc = _read(path, problems)
        if doc is not None:
            section = _load_section(doc, problems, broken)
            if section is not None:
                sections.append(section)

    if header is not None and header_doc is not None:
        cross_check(header, conditions, sections, problems, header_doc, broken)
        quote_figures(conditions, sections, problems, broken)
    if problems or header is None:
        raise InputError(problems)
    return Pack(header=header, conditions=conditions, sections=sections, folder=str(folder))


HEADER_FILE, CONDITIONS_FILE = "pack.yaml", "basic-conditions.yaml"


def section_paths(folder: Path) -> list[Path]:
    """The section files of a pack: every other YAML file, in the natural order of their names
    (`S2-…` before `S10-…`, `2-…` before `10-…`)."""
    def natural(path: Path) -> list[Any]:
        return [(0, int(part), "") if part.isdigit() else (1, 0, part)
                for part in re.split(r"(\d+)", path.name) if part]

    found = [p for p in folder.iterdir() if p.suffix in (".yaml", ".yml")
             and p.name not in (HEADER_FILE, CONDITIONS_FILE)]
    return sorted(found, key=natural)


def _read(path: Path, problems: list[Problem]) -> YamlDoc | None:
    if not path.is_file():
        problems.append(Problem(msg("packs.file_missing"), str(path)))
        return None
    try:
        return read_yaml(path, strict_numbers=True)
    except InputError as exc:
        problems.extend(exc.problems)
        return None


def _items(doc: YamlDoc, key: str, problems: list[Problem]) -> list[tuple[int, Any]]:
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        problems.append(doc.problem(msg("packs.list_expected", key=key), ()))
        return []
    return list(enumerate(data[key]))


def _load_conditions(doc: YamlDoc, problems: list[Problem]) -> list[Condition]:
    out = []
    for i, raw in _items(doc, "conditions", problems):
        path = ("conditions", i)
        cond = _validate(Condition, doc, raw, path, problems)
        if cond is None:
            continue
        cond.at = Located(file=doc.file, line=doc.locate(path)[0])
        if cond.kind is not None and not type_rule(cond, doc, path, problems):
            continue
        out.append(cond)
    return out


def _load_section(doc: YamlDoc, problems: list[Problem], broken: set[str]) -> Section | None:
    data = doc.data
    if not isinstance(data, dict):
        problems.append(doc.problem(msg("packs.section_not_mapping")))
        return None
    head = {k: v for k, v in data.items() if k != "indicators"}
    indicators = []
    for i, raw in _items(doc, "indicators", problems):
        path = ("indicators", i)
        ind = _validate(Indicator, doc, raw, path, problems)
        if ind is not None:
            ind.at = Located(file=doc.file, line=doc.locate(path)[0])
        if ind is not None and type_rule(ind, doc, path, problems):
            indicators.append(ind)
        else:
            broken.add(str(raw.get("id")) if isinstance(raw, dict) else f"#{i}")
    try:
        section = Section.model_validate({**head, "indicators": indicators or None})
    except ValidationError as exc:
        problems.extend(p for p in validation_problems(doc, exc)
                        if not (p.field or "").startswith("indicators") or not indicators)
        return None
    for ind in section.indicators:
        if ind.section is None:
            ind.section = section.id
    return section


