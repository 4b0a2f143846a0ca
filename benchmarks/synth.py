"""Synthetic cities: realistic, varied evidence folders written from a criteria pack.

Every indicator (and every basic condition with evidence of its own) gets evidence of its kind,
reported by its lead department: values around the figure (mostly passing, some failing), some
missing, a few stale, metrics around their limits, documents with attachment files (a few not
there), inspections with findings. Each city has its own quality, so a batch spreads over the
three verdicts. Generation is deterministic for a given seed.

    from benchmarks.synth import generate
    generate(pack, 5, tmp_path, seed=1)

A national run (`generate_national`) mixes cities and counties. The pack and city.yaml know
nothing that is particular to a county (the same criteria, the same city.yaml fields: name,
assessment_date, built_up_area_km2, population, latitude), so a county here is only a smaller
place: a county seat's population (30,000 to 600,000) and built-up area (5 to 60 km²), named
合成0001县 / Synthetic County 0001. One place in three is a city, two are counties, about the
mix of cities and counties in China; no field is invented for them.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nsc_check.kinds.base import Context
from nsc_check.pack import Pack

ASSESSMENT_YEAR = 2025
PLACES = ["建设路", "解放街", "人民路", "北关转运站", "东风菜市场", "城南农贸市场", "火车站广场",
          "长途汽车站", "西湖公园", "幸福小区", "和平里社区", "光明街道", "滨河路", "老城区背街小巷"]
PROBLEMS = ["乱堆乱放", "占道经营", "垃圾清运不及时", "密闭设施破损", "防蝇设施缺失", "卫生死角",
            "墙面乱张贴", "路面坑洼积水", "公厕保洁不到位", "鼠迹明显", "从业人员无健康证"]
INCIDENTS = ["某小学食堂集体食物中毒", "化工厂泄漏导致河道污染", "建筑工地扬尘事件",
             "某餐馆食源性疾病暴发", "饮用水水源地突发污染"]


@dataclass
class CityPlan:
    """The dice of one city: how good it is and how careful its departments are."""

    rng: random.Random
    quality: float        # chance that an indicator passes
    missing: float        # chance that an indicator is not reported
    stale: float          # chance that a report is more than a year old
    assessment_date: dt.date
    latitude: float
    files: dict[str, dict[str, Any]] = field(default_factory=dict)   # department → evidence
    attachments: dict[str, str] = field(default_factory=dict)        # path → content

    def passes(self) -> bool:
        return self.rng.random() < self.quality

    def date_within(self, days: int) -> dt.date:
        return self.assessment_date - dt.timedelta(days=self.rng.randint(10, days))

    def as_of(self) -> dt.date:
        if self.rng.random() < self.stale:
            return self.assessment_date - dt.timedelta(days=self.rng.randint(400, 900))
        return self.date_within(120)


def _number(value: float, unit: str) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    if not unit:
        return text
    return text + unit if unit == "%" else f"{text} {unit}"


def _around(plan: CityPlan, op: str, figure: float, ok: bool, pct: bool) -> float:
    """A value on the right side of the figure when `ok`, the wrong side otherwise."""
    span = max(abs(figure) * 0.08, 1.0)
    above = (op in (">=", ">")) == ok
    if op == "==":
        return figure if ok else figure - plan.rng.uniform(0.5, span)
    step = plan.rng.uniform(0.01 if ok else 0.3, span)
    if op in (">", "<") and ok:
        step = max(step, 0.05)
    value = figure + step if above else figure - step
    if pct:
        value = min(100.0, max(0.0, value))
        if ok and op in (">=",) and value < figure:
            value = figure
    return round(max(value, 0.0), 1)


def _figure(plan: CityPlan, rule: Any, city: dict[str, Any]) -> float:
    figure, _, _ = rule.applied(Context(assessment_date=plan.assessment_date, city=city))
    return figure if figure is not None else 0.0


def _threshold(plan: CityPlan, rule: Any, city: dict[str, Any]) -> Any:
    figure = _figure(plan, rule, city)
    value = _around(plan, rule.op, figure, plan.passes(), rule.unit.en == "%")
    if getattr(rule, "whole", False):  # a count (人, 家, 次): whole, on the same side of the figure
        value = math.floor(value) if rule.op in (">=", "<") else math.ceil(value)
    text = _number(value, rule.unit.zh)
    if plan.rng.random() < 0.3:
        return {"value": text, "as_of": str(plan.as_of())}
    return text


def _ratio(plan: CityPlan, rule: Any, city: dict[str, Any]) -> Any:
    figure = _figure(plan, rule, city)
    percent = _around(plan, rule.op, figure, plan.passes(), True)
    if plan.rng.random() < 0.1:
        return f"{percent}%"
    denominator = plan.rng.randint(20, 3000)
    numerator = min(denominator, round(denominator * percent / 100))
    if rule.op in (">=", ">") and numerator / denominator * 100 < percent and percent >= figure:
        numerator = min(denominator, numerator + 1)
    return {"numerator": numerator, "denominator": denominator}


def _series(plan: CityPlan, rule: Any, city: dict[str, Any]) -> Any:
    figure = _figure(plan, rule, city)
    values = {}
    for year in range(ASSESSMENT_YEAR - rule.years - 1, ASSESSMENT_YEAR + 1):
        share = _around(plan, rule.op, figure, plan.passes(), rule.unit.en == "%")
        values[year] = round(share * 365 / 100) if rule.days_to_share else share
    if plan.rng.random() < plan.stale:  # last year's report, not updated
        values.pop(ASSESSMENT_YEAR)
        values.pop(ASSESSMENT_YEAR - 1, None)
    # counted up to the assessment date: the file's own date, drawn when it is written, may be
    # earlier, and a count of days cannot be larger than the days passed by its date
    return {**values, "as_of": str(plan.assessment_date)}


def _no_events(plan: CityPlan, rule: Any, city: dict[str, Any]) -> Any:
    incidents = []
    if not plan.passes():
        date = plan.date_within(300)
        incidents.append({"date": str(date), "description": plan.rng.choice(INCIDENTS) +
                          f" {plan.rng.randint(3, 60)} 人", "place": plan.rng.choice(PLACES)})
    if plan.rng.random() < 0.2:  # an old one, outside the window
        old = plan.assessment_date.replace(year=plan.assessment_date.year - 6)
        incidents.append({"date": str(old), "description": plan.rng.choice(INCIDENTS)})
    return {"incidents": incidents, "as_of": str(plan.as_of())}


def _grade(plan: CityPlan, rule: Any, city: dict[str, Any]) -> Any:
    at = rule.rank(rule.figure)
    ok = plan.passes()
    rank = plan.rng.randint(max(0, at - 1), at) if ok else min(len(rule.scale) - 1, at + 1)
    return {"grade": rule.scale[rank] + "类", "note": "城区主要河流最差断面"}


def _metrics(plan: CityPlan, rule: Any, city: dict[str, Any]) -> Any:
    ok = plan.passes()
    out = {}
    worst = plan.rng.randrange(len(rule.measures))
    for i, measure in enumerate(rule.measures):
        share = plan.rng.uniform(1.05, 2.6) if (not ok and i == worst) else plan.rng.uniform(0.2, 1.0)
        out[measure.id] = _number(round(measure.limit * share, 2), measure.unit.zh)
    return out


def _document(plan: CityPlan, rule: Any, city: dict[str, Any], owner: str = "") -> Any:
    ok = plan.passes()
    out = {}
    for i, doc in enumerate(rule.documents):
        path = f"attachments/{owner}/{doc.id}.txt"
        if ok or i > 0:
            plan.attachments[path] = f"{doc.title.zh}\n（合成数据，供测试使用）\n"
        out[doc.id] = {"file": path, "issued": str(plan.as_of())}
    return out


def _inspection(plan: CityPlan, rule: Any, city: dict[str, Any]) -> Any:
    roll = plan.rng.random()
    result = "达标" if roll < plan.quality else ("基本达标" if roll < (1 + plan.quality) / 2 else "不达标")
    count = 0 if result == "达标" else plan.rng.randint(1, 4)
    date = plan.as_of()
    entry: dict[str, Any] = {"result": result, "date": str(date),
                             "sample": f"抽查 {plan.rng.randint(5, 60)} 处"}
    if count:
        entry["findings"] = [{"place": plan.rng.choice(PLACES), "problem": plan.rng.choice(PROBLEMS)}
                             for _ in range(count)]
    return entry


MAKERS = {"threshold": _threshold, "ratio": _ratio, "series": _series, "no_events": _no_events,
          "grade": _grade, "metrics": _metrics, "document": _document, "inspection": _inspection}


def plan_city(pack: Pack, index: int, seed: int,
              county: bool = False) -> tuple[dict[str, Any], CityPlan]:
    """The city.yaml and the evidence of place `index`; a county is a smaller place (see above)."""
    rng = random.Random(f"{seed}:{index}")
    tier = rng.random()  # a quarter exemplary, most good, some weak
    if tier < 0.25:
        quality, missing, stale = rng.uniform(0.995, 1.0), 0.0, 0.0
    elif tier < 0.75:
        quality, missing, stale = rng.uniform(0.93, 0.995), rng.choice([0, 0.01]), 0.01
    else:
        quality, missing, stale = rng.uniform(0.75, 0.93), rng.choice([0.02, 0.05]), 0.04
    plan = CityPlan(rng=rng, quality=quality, missing=missing, stale=stale,
                    assessment_date=dt.date(ASSESSMENT_YEAR, 12, 31) - dt.timedelta(
                        days=rng.choice([0, 0, 0, 15, 45])),
                    latitude=round(rng.uniform(21.0, 46.0), 1))
    if county:
        name = {"zh": f"合成{index + 1:04d}县", "en": f"Synthetic County {index + 1:04d}"}
        area, people = (5, 60), (30_000, 600_000)
    else:
        name = {"zh": f"合成{index + 1:04d}市", "en": f"Synthetic City {index + 1:04d}"}
        area, people = (30, 400), (150_000, 5_000_000)
    city = {"name": name, "assessment_date": str(plan.assessment_date),
            "built_up_area_km2": round(rng.uniform(*area), 1),
            "population": rng.randint(*people), "latitude": plan.latitude}
    facts = {"latitude": plan.latitude, "population": city["population"],
             "built_up_area_km2": city["built_up_area_km2"]}
    owners = [*pack.indicators(), *(c for c in pack.conditions if c.kind)]
    for owner in owners:
        if rng.random() < plan.missing:
            continue
        maker = MAKERS[owner.kind]
        if owner.kind == "document":
            evidence = maker(plan, owner.rule, facts, owner.id)
        else:
            evidence = maker(plan, owner.rule, facts)
        plan.files.setdefault(owner.lead, {})[owner.id] = evidence
    return city, plan


def _yaml_value(value: Any) -> str:
    # YAML is a superset of JSON: flow values written as JSON are read back exactly.
    return json.dumps(value, ensure_ascii=False)


def write_city(folder: Path, city: dict[str, Any], plan: CityPlan) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"{key}: {_yaml_value(value)}" for key, value in city.items()]
    (folder / "city.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for department, evidence in sorted(plan.files.items()):
        out = [f"# {department}: synthetic evidence", f"department: {department}",
               f"as_of: {plan.as_of()}", "evidence:"]
        out += [f"  {key}: {_yaml_value(value)}" for key, value in evidence.items()]
        (folder / f"{department}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    for path, text in plan.attachments.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def generate(pack: Pack, count: int, outdir: Path, seed: int = 0) -> list[Path]:
    """Write `count` cities under `outdir` (city-0001, …) and return their folders."""
    folders = []
    for index in range(count):
        city, plan = plan_city(pack, index, seed)
        folder = Path(outdir) / f"city-{index + 1:04d}"
        write_city(folder, city, plan)
        folders.append(folder)
    return folders


def generate_national(pack: Pack, count: int, outdir: Path, seed: int = 0) -> list[Path]:
    """Write `count` places under `outdir`: one in three a city (city-0001), the others counties
    (county-0002, …), numbered in one sequence; return their folders."""
    folders = []
    for index in range(count):
        county = index % 3 != 0
        city, plan = plan_city(pack, index, seed, county=county)
        folder = Path(outdir) / f"{'county' if county else 'city'}-{index + 1:04d}"
        write_city(folder, city, plan)
        folders.append(folder)
    return folders
