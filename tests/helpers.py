"""Building small evidence folders for the mini pack inside a test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from nsc_check.assess import assess
from nsc_check.evidence import load_evidence
from nsc_check.pack import Pack
from nsc_check.result import Assessment

CITY = """name: {zh: 测试市, en: Test City}
assessment_date: 2025-12-31
latitude: %s
"""


def make_city(folder: Path, departments: dict[str, str], latitude: float = 36.5) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "city.yaml").write_text(CITY % latitude, encoding="utf-8")
    for name, body in departments.items():
        (folder / f"{name}.yaml").write_text(f"department: {name}\nevidence:\n{body}",
                                             encoding="utf-8")
    return folder


def run(pack: Pack, folder: Path, as_of: dt.date | None = None) -> Assessment:
    return assess(pack, load_evidence(folder, pack), as_of)


def result_of(pack: Pack, tmp_path: Path, department: str, body: str, item: str,
              latitude: float = 36.5, as_of: dt.date | None = None):
    folder = make_city(tmp_path / "city", {department: body}, latitude)
    assessment = run(pack, folder, as_of)
    for r in assessment.indicators:
        if r.id == item:
            return r
    return next(c for c in assessment.conditions if c.id == item)
