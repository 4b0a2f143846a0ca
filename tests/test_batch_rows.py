"""The league table of a batch without JSON reads each city's row straight from the judged city
(`assess.judge` → `batch.row_of_judgement`), never building its Assessment. That row must be the
one read from the full Assessment (`batch.row_of(assess(...))`), for every kind of city: generated
ones, and evidence with waivers, stale, invalid, missing and not-applicable entries, a pack
scoring items and a pack with an overlay."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest
from conftest import DATA, MINI_EVIDENCE, MINI_PACK, REPO
from helpers import ITEMS_PACK, items_city
from test_batch import synth

from nsc_check.assess import assess, judge
from nsc_check.batch import assess_cities, find_cities, row_of, row_of_judgement
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack

WAIVER = "{justification: 施工, approved_by: 市爱卫会, expires: 2026-03-31}"
INSPECTION = "{result: %s, date: 2025-10-20, sample: 抽查街道 20 条}"
# Each entry of the mini pack's evidence, as it may be written: passing (the first), failing, on the figure,
# partial, beyond a condition's multiple, unreadable (`invalid`), declared not applicable or
# waived (with data or without). None: not reported.
VARIANTS: dict[str, list[str | None]] = {
    "S01.01": ["92.5%", "79.99%", "80%", "abc", None, "{not_applicable: 无此设施}",
               f"{{waiver: {WAIVER}}}", f"{{value: 70%, waiver: {WAIVER}}}"],
    "S01.02": ["{numerator: 120, denominator: 300}", "{numerator: 10, denominator: 300}",
               "{numerator: 210, denominator: 300}", None, "{numerator: x, denominator: 3}"],
    "S01.03": [INSPECTION % "达标", INSPECTION % "基本达标", INSPECTION % "不达标", None,
               "\n    result: 基本达标\n    date: 2025-10-20\n    sample: 抽查街道 20 条\n"
               "    findings:\n      - {place: 建设路, problem: 乱堆乱放}",
               f"{{waiver: {WAIVER}}}"],
    "S01.04": ["65 dB(A)", "71.4 dB(A)", "70 dB(A)", None, "loud",
               f"{{value: 75 dB(A), waiver: {WAIVER}}}", "{not_applicable: 无交通干线}"],
    "S01.05": ["{2024: 290, 2025: 301}", "{2025: 200}", "{2025: 256}", None],
    "S01.06": ["II类", "IV类", "III类", None, "{not_applicable: 无地表水}"],
    "S01.07": ["[]", None, "nothing"],
    "S02.01": ["{powder: 2.1%, rooms: 1.5%}", "{powder: 5%, rooms: 1.5%}",
               "{powder: 9%, rooms: 1%}", "{powder: 9.5%, rooms: 1%}", None, "{powder: abc}"],
    "S02.02": ["{containers: 2.0%}", "{containers: 9%}", "{containers: 9.01%}", None,
               f"{{waiver: {WAIVER}}}"],
    "S02.03": ["{rooms: 1.2%}", "{rooms: 4%}", "{rooms: 30%}", None],
    "S02.04": ["{adults: 2%, oothecae: 1%}", "{adults: 4.6%, oothecae: 1.5%}", None,
               "{adults: 2%, oothecae: 7%}"],
    "S02.05": ["\n    plan: {file: attachments/plan.txt, issued: 2025-02-01}\n"
               "    summary: {file: attachments/summary.txt, issued: 2025-03-01}",
               "\n    plan: {file: attachments/plan.txt, issued: 2025-02-01}", None,
               "{not_applicable: 另行考核}"],
    "S01.08": ["13", "11", None],  # added by the overlay
    "B03": ["\n    incidents: []\n    as_of: 2025-11-30", "\n    incidents: []\n    as_of: 2024-01-02",
            None],
    "B04": ["\n    regulation: attachments/regulation.txt", None],
}
DEPARTMENTS = {"sanitation": ["S01.01", "S01.02", "S01.03", "S01.08"],
               "env": ["S01.04", "S01.05", "S01.06", "S01.07"],
               "aiwei": ["S02.01", "S02.02", "S02.03", "S02.04", "S02.05", "B04"],
               "market": ["B03"]}


def mini_city(folder: Path, rng: random.Random, known: set[str]) -> Path:
    """A random city of the mini pack: each entry (of the `known` ids) one of its variants, a
    department's data now and then out of date, the city north or south of the latitude its
    figure depends on."""
    quality = rng.choice([0.5, 0.8, 0.9, 1.0])  # the chance of an entry as the first variant
    folder.mkdir(parents=True)
    shutil.copytree(MINI_EVIDENCE / "attachments", folder / "attachments")
    (folder / "attachments" / "summary.txt").write_text("活动总结\n", encoding="utf-8")
    latitude = rng.choice([34.0, 36.5])
    (folder / "city.yaml").write_text(
        f"name: {{zh: 测试市{folder.name}, en: Test City {folder.name}}}\n"
        f"assessment_date: 2025-12-31\nlatitude: {latitude}\n", encoding="utf-8")
    for dept, ids in DEPARTMENTS.items():
        as_of = "2025-10-31" if rng.random() < quality else "2024-06-01"
        lines = [f"department: {dept}", f"as_of: {as_of}", "evidence:"]
        for item in ids:
            body = VARIANTS[item][0 if rng.random() < quality else rng.randrange(1, len(VARIANTS[item]))]
            if body is not None and item in known:
                lines.append(f"  {item}: {body}")
        (folder / f"{dept}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def check_rows(pack, folders, as_of=None, **load) -> list:
    """Each folder's fast row equals the row of its full Assessment; returns the assessments."""
    assessments = []
    for folder in folders:
        evidence = load_evidence(folder, pack, as_of=as_of, **load)
        full = assess(pack, evidence, as_of)
        assert row_of_judgement(judge(pack, evidence, as_of)) == row_of(full), folder
        assessments.append(full)
    return assessments


@pytest.mark.parametrize("overlay", [False, True])
def test_the_fast_row_is_the_assessments_row_for_every_kind_of_evidence(tmp_path, overlay):
    pack = load_pack(str(MINI_PACK), [DATA / "overlays" / "mini-province.yaml"] if overlay else [])
    rng = random.Random(15)
    seen_statuses, seen_conditions, verdicts, waived = set(), set(), set(), 0
    for n in range(120):
        # with the overlay, S02.05 (removed) is reported all the same: left out (keep_going)
        folder = mini_city(tmp_path / f"c{n:03d}", rng, {*pack.evidence_ids(), "S02.05"})
        as_of = rng.choice([None, None, dt.date(2026, 7, 1)])  # waivers expired, data stale
        [a] = check_rows(pack, [folder], as_of, strict=False, keep_going=overlay)
        seen_statuses |= {r.status for r in a.indicators}
        seen_conditions |= {c.status for c in a.conditions}
        verdicts.add(a.summary.verdict)
        waived += a.summary.with_waivers is not None
    # the cities cover what the row depends on
    assert seen_statuses == {"pass", "partial", "fail", "missing", "stale", "not_applicable",
                             "invalid"}
    assert seen_conditions == {"met", "not_met", "undetermined"}
    assert verdicts == {"ready", "eligible_not_ready", "not_eligible"} and waived > 10


def test_the_fast_row_for_the_mini_the_sample_and_an_items_pack(tmp_path):
    check_rows(load_pack(str(MINI_PACK)), [MINI_EVIDENCE])
    check_rows(load_pack(str(MINI_PACK)), [MINI_EVIDENCE], as_of=dt.date(2026, 12, 31))
    check_rows(load_pack(), [REPO / "evidence"])
    pack = load_pack(str(ITEMS_PACK))
    ids = [ind.id for ind in pack.indicators()]
    rng = random.Random(3)
    folders = [items_city(tmp_path / f"i{n}", failing=rng.sample(ids, rng.randint(0, 6)),
                          missing=rng.sample(ids, rng.randint(0, 3))) for n in range(30)]
    verdicts = {a.summary.verdict for a in check_rows(pack, folders)}
    assert verdicts == {"ready", "eligible_not_ready", "not_eligible"}


def test_the_fast_row_for_generated_cities_and_counties(tmp_path):
    pack = load_pack()
    folders = [*synth().generate(pack, 25, tmp_path / "cities", seed=7),
               *synth().generate_national(pack, 25, tmp_path / "national", seed=8)]
    assessments = check_rows(pack, folders)
    assert {a.summary.verdict for a in assessments} >= {"eligible_not_ready", "not_eligible"}
    check_rows(pack, folders[:10], as_of=dt.date(2026, 12, 31))  # much of it out of date


def test_a_batch_ranks_the_same_rows_with_or_without_json(tmp_path):
    pack = load_pack()
    synth().generate(pack, 6, tmp_path, seed=5)
    folders = find_cities([tmp_path])
    table = assess_cities(pack, folders, jobs=1)
    data = assess_cities(pack, folders, with_data=True, jobs=1)
    assert [r.row for r in table] == [r.row for r in data]
    assert all(r.data is None for r in table) and all(r.data for r in data)
