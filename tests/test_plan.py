"""Issue 12: readiness judged on the evidence (waivers), the what-if (`--assume-pass`) and the
plan (`nsc-check plan`): the cheapest set of gaps whose closing makes the city ready."""

from __future__ import annotations

import itertools
import json
import random
import shutil
from pathlib import Path

import pytest
from conftest import MINI_PACK, REPO
from helpers import make_city
from ruamel.yaml import YAML

from nsc_check.assess import assess
from nsc_check.cli import main
from nsc_check.evidence import Waiver, load_evidence
from nsc_check.pack import load_pack
from nsc_check.plan import costs_of, make_plan

SAMPLE = REPO / "evidence"


@pytest.fixture(scope="module")
def nsc():
    return load_pack("nsc-2010")


@pytest.fixture(scope="module")
def sample(nsc):
    return load_evidence(SAMPLE, nsc)


def _waive_failures_in_yaml(folder: Path, ids: set[str]) -> None:
    yaml = YAML()
    for path in folder.glob("*.yaml"):
        if path.name == "city.yaml":
            continue
        data = yaml.load(path.read_text(encoding="utf-8"))
        evidence = data.get("evidence") or {}
        changed = False
        for key in list(evidence):
            if key in ids:
                value = evidence[key]
                waiver = {"justification": "临时豁免", "approved_by": "市爱卫会",
                          "expires": "2011-12-31"}
                if isinstance(value, dict):
                    value["waiver"] = waiver
                else:
                    evidence[key] = {"value": value, "waiver": waiver}
                changed = True
        if changed:
            with path.open("w", encoding="utf-8") as out:
                yaml.dump(data, out)


# --- item 2: waivers do not make a city ready --------------------------------------------------


def test_waiving_every_failure_does_not_make_the_sample_ready(nsc, sample):
    before = assess(nsc, sample)
    failing = [r.id for r in before.indicators if r.status == "fail"]
    assert len(failing) == 8
    for item in failing:
        sample.entries[item].waiver = Waiver(justification="x", approved_by="y",
                                             expires="2011-12-31")
    try:
        after = assess(nsc, sample)
    finally:
        for item in failing:
            sample.entries[item].waiver = None
    s = after.summary
    assert not s.ready and s.verdict == "eligible_not_ready"
    assert s.percent == before.summary.percent  # the score the verdict reads is the evidence's
    assert s.with_waivers is not None and s.with_waivers.set_aside == failing
    assert s.with_waivers.verdict == "ready" and s.with_waivers.changes_verdict
    assert s.with_waivers.percent == pytest.approx(92.22, abs=0.005)  # exact, shown as 92.22


def test_the_headline_says_waivers_would_change_the_verdict(runner, tmp_path, nsc):
    folder = tmp_path / "evidence"
    shutil.copytree(SAMPLE, folder)
    failing = {r.id for r in assess(nsc, load_evidence(folder, nsc)).indicators
               if r.status == "fail"}
    _waive_failures_in_yaml(folder, failing)
    en = runner.invoke(main, ["assess", str(folder), "--lang", "en"], env={"NO_COLOR": "1"})
    assert en.exit_code == 1, en.output
    assert "eligible, not yet ready" in en.output
    assert "national assessors do not" in en.output and "92.22%" in en.output
    data = json.loads(runner.invoke(main, ["assess", str(folder), "--format", "json"]).output)
    assert data["summary"]["ready"] is False
    assert data["summary"]["with_waivers"]["changes_verdict"] is True


@pytest.mark.zh
def test_the_waiver_headline_in_chinese(runner, tmp_path, nsc):
    folder = tmp_path / "evidence"
    shutil.copytree(SAMPLE, folder)
    _waive_failures_in_yaml(folder, {"S10.05"})
    out = runner.invoke(main, ["assess", str(folder)], env={"NO_COLOR": "1"}).output
    assert "计入豁免" in out and "豁免 1 项：S10.05" in out
    # S10.05 alone would not make the city ready: the verdict is not said to change
    assert "国家评审不认可" not in out


# --- item 3 and 4: the plan, and the what-if agreeing with it ----------------------------------


def _plan(pack, evidence, overrides=None, deadline=None):
    return make_plan(pack, assess(pack, evidence), costs_of(pack, overrides), deadline)


def _ready(pack, evidence, ids) -> bool:
    return assess(pack, evidence, assume_pass=ids).summary.ready


def _check_ready_and_minimal(pack, evidence, plan):
    ids = plan.ids()
    assert _ready(pack, evidence, ids), ids
    for item in ids:
        assert not _ready(pack, evidence, [i for i in ids if i != item]), (item, ids)


def test_the_sample_plan_makes_it_ready_and_is_minimal(nsc, sample):
    plan = _plan(nsc, sample)
    assert plan.verdict == "eligible_not_ready" and not plan.ready_now
    _check_ready_and_minimal(nsc, sample, plan)
    overall = plan.floors[0]
    assert overall.id is None and overall.points_short == 67.5 and overall.percent_after >= 90
    s10 = next(f for f in plan.floors if f.id == "S10")
    assert s10.points_short == 4 and s10.percent_after >= 80
    assert "S10.05" in plan.ids()  # the only way to lift S10 to its floor
    item = next(i for i in plan.items if i.id == "S10.05")
    assert item.points_regained == 12 and item.lead.id == "streets" and item.findings
    assert {s.kind for s in item.serves} == {"section_floor", "overall_floor"}
    assert item.remediation is not None
    assert plan.weeks == sum(i.weeks for i in plan.items)
    assert plan.ties == 5 and len(plan.alternatives) == 5
    for alt in plan.alternatives:  # every tie is as cheap, ready and minimal too
        ids = sorted(set(plan.ids()) - set(alt.without) | set(alt.instead))
        assert sum(costs_of(nsc)[i].weeks for i in ids) == plan.weeks
        assert _ready(nsc, sample, ids)


def test_plan_and_assume_pass_agree_on_the_command_line(runner):
    out = runner.invoke(main, ["plan", str(SAMPLE), "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    ids = [i["id"] for i in data["items"]]
    ready = runner.invoke(main, ["assess", str(SAMPLE), "--assume-pass", ",".join(ids),
                                 "--format", "json"])
    # the exit code tells the city as its evidence stands (not ready): a what-if never exits 0
    assert ready.exit_code == 1, ready.output
    summary = json.loads(ready.output)["summary"]
    assert summary["ready"] and summary["assumed_pass"] == sorted(ids)
    short = runner.invoke(main, ["assess", str(SAMPLE), "--assume-pass", ",".join(ids[1:])])
    assert short.exit_code == 1


def test_the_plan_json_follows_its_schema(runner):
    import jsonschema

    schema = json.loads(runner.invoke(main, ["schema", "--of", "plan"]).output)
    data = json.loads(runner.invoke(main, ["plan", str(SAMPLE), "--format", "json",
                                           "--deadline", "2011-09-30"]).output)
    jsonschema.validate(data, schema)
    assert data["deadline"] == "2011-09-30" and all(i["start"] for i in data["items"])


def _generated(nsc, sample, seed):
    """The sample city with a random share of its evidence taken away: gaps of every section,
    basic conditions undetermined (B05's surveys, B06, B08…), sometimes the veto."""
    rng = random.Random(seed)
    drop = rng.sample(sorted(sample.entries), rng.randint(1, 40))
    entries = {k: v for k, v in sample.entries.items() if k not in drop}
    return type(sample)(folder=sample.folder, city=sample.city, entries=entries,
                        attachments=sample.attachments)


@pytest.mark.parametrize("seed", range(12))
def test_plans_for_generated_cities_are_ready_and_minimal(nsc, sample, seed):
    evidence = _generated(nsc, sample, seed)
    rng = random.Random(seed)
    overrides = {i.id: rng.choice(["weeks", "months", "year", rng.randint(1, 60)])
                 for i in rng.sample(nsc.indicators(), 20)}
    plan = _plan(nsc, evidence, overrides)
    _check_ready_and_minimal(nsc, evidence, plan)
    a = assess(nsc, evidence)
    if not a.summary.eligible:
        unmet = {c.id for c in a.conditions if c.status != "met"}
        stage1 = [i for i in plan.items if i.stage == 1]
        assert stage1 and plan.items[:len(stage1)] == stage1  # conditions come first
        assert {s.id for i in stage1 for s in i.serves if s.kind == "condition"} == unmet


# --- brute force on the mini pack --------------------------------------------------------------

MINI_VARIANTS = {
    "sanitation": {
        "S01.01": ["92.5%", "70%", None],
        "S01.02": ["{numerator: 120, denominator: 300}", "{numerator: 60, denominator: 300}"],
        "S01.03": ["{result: 达标, date: 2025-10-20, sample: 20 条}",
                   "{result: 基本达标, date: 2025-10-20, sample: 20 条, findings: [{place: 建设路, problem: 乱堆乱放}]}",
                   "{result: 不达标, date: 2025-10-20, sample: 20 条, findings: [{place: 人民路, problem: 乱搭乱建}]}"],
    },
    "env": {
        "S01.04": ["65 dB(A)", "71.4 dB(A)"],
        # counted to the year's end (the file's own date is 2025-10-15, see _mini_city)
        "S01.05": ["{2025: 301, as_of: 2025-12-31}", "{2025: 200, as_of: 2025-12-31}", None],
        "S01.06": ["III类", "IV类"],
        "S01.07": ["[]", "[{date: 2025-03-01, description: 化工厂泄漏}]"],
    },
    "aiwei": {
        "S02.01": ["{powder: 2.1%, rooms: 1.5%}", "{powder: 4%, rooms: 1.5%}",
                   "{powder: 12%, rooms: 1%}"],
        "S02.02": ["{containers: 2.0%}", "{containers: 5%}", "{containers: 10%}", None],
        "S02.03": ["{rooms: 1.2%}", "{rooms: 4%}", "{rooms: 10%}"],
        "S02.04": ["{adults: 2%, oothecae: 1.5%}", "{adults: 4.6%, oothecae: 1.5%}",
                   "{adults: 10%, oothecae: 1%}"],
        "S02.05": ["{plan: attachments/plan.txt, summary: attachments/summary.txt}",
                   "{plan: attachments/plan.txt}"],
        "B04": ["{regulation: attachments/regulation.txt}", None],
    },
    "market": {"B03": ["[]", "[{date: 2025-06-01, description: 学校食堂集体中毒}]"]},
}


def _mini_city(folder: Path, rng: random.Random) -> Path:
    departments = {}
    for dept, items in MINI_VARIANTS.items():
        lines = []
        for item, variants in items.items():
            # mostly passing, so that the gaps are few enough to enumerate every subset
            value = variants[0] if rng.random() < 0.45 else rng.choice(variants)
            if value is not None:
                lines.append(f"  {item}: {value}\n")
        departments[dept] = "".join(lines) or "  {}\n"
    make_city(folder, {d: b for d, b in departments.items() if b.strip() != "{}"}, as_of=None)
    for dept in departments:
        path = folder / f"{dept}.yaml"
        if path.exists():
            path.write_text(path.read_text(encoding="utf-8").replace(
                "evidence:\n", "as_of: 2025-10-15\nevidence:\n", 1), encoding="utf-8")
    (folder / "attachments").mkdir(exist_ok=True)
    for name in ("plan.txt", "summary.txt", "regulation.txt"):
        (folder / "attachments" / name).write_text("x", encoding="utf-8")
    return folder


def _brute_force(pack, evidence, weeks):
    a = assess(pack, evidence)
    gaps = [r.id for r in a.indicators if r.status not in ("pass", "not_applicable")]
    gaps += [c.id for c in a.conditions if c.kind is not None and c.status != "met"]
    best, count = None, 0
    for n in range(len(gaps) + 1):
        for subset in itertools.combinations(gaps, n):
            cost = sum(weeks[i] for i in subset)
            if best is not None and cost > best:
                continue
            if _ready(pack, evidence, list(subset)):
                if best is None or cost < best:
                    best, count = cost, 1
                else:
                    count += 1
    return best, count, len(gaps)


@pytest.mark.parametrize("seed", range(30))
def test_no_cheaper_plan_exists_on_small_generated_cities(mini_pack, tmp_path, seed):
    rng = random.Random(1000 + seed)
    folder = _mini_city(tmp_path / "city", rng)
    evidence = load_evidence(folder, mini_pack)
    overrides = {i.id: rng.randint(1, 6) for i in mini_pack.indicators()}
    overrides.update({"B03": rng.randint(1, 6), "B04": rng.randint(1, 6)})
    costs = costs_of(mini_pack, overrides)
    plan = make_plan(mini_pack, assess(mini_pack, evidence), costs)
    best, count, n = _brute_force(mini_pack, evidence, {k: c.weeks for k, c in costs.items()})
    assert n <= 14
    assert plan.weeks == best, (plan.ids(), best)
    assert plan.ties == count - 1  # every equally cheap plan is counted, none twice
    if plan.items:
        _check_ready_and_minimal(mini_pack, evidence, plan)


def test_the_veto_and_conditions_are_in_the_plan(mini_pack, tmp_path):
    folder = _mini_city(tmp_path / "city", random.Random(0))
    env = folder / "env.yaml"
    env.write_text("department: env\nas_of: 2025-10-15\nevidence:\n"
                   "  S01.07: [{date: 2025-03-01, description: 化工厂泄漏}]\n", encoding="utf-8")
    market = folder / "market.yaml"
    market.write_text("department: market\nas_of: 2025-10-15\nevidence:\n"
                      "  B03: [{date: 2025-06-01, description: 学校食堂集体中毒}]\n",
                      encoding="utf-8")
    evidence = load_evidence(folder, mini_pack)
    plan = _plan(mini_pack, evidence)
    by_id = {i.id: i for i in plan.items}
    assert by_id["S01.07"].required and by_id["S01.07"].serves[0].kind == "veto"
    assert by_id["B03"].item == "condition" and by_id["B03"].stage == 1
    assert by_id["B03"].effort == "months" and by_id["B03"].cost_source == "default"
    _check_ready_and_minimal(mini_pack, evidence, plan)


# --- the command: costs, grouping, deadline, errors, Chinese -----------------------------------


def test_city_costs_change_the_plan(runner, tmp_path):
    folder = tmp_path / "evidence"
    shutil.copytree(SAMPLE, folder)
    before = json.loads(runner.invoke(main, ["plan", str(folder), "--format", "json"]).output)
    assert "S06.02" in [i["id"] for i in before["items"]]
    (folder / "plan.yaml").write_text("effort:\n  S06.02: year\n  S04.03: 2\n",
                                      encoding="utf-8")
    after = runner.invoke(main, ["plan", str(folder), "--format", "json"])
    assert after.exit_code == 0, after.output
    data = json.loads(after.output)
    ids = [i["id"] for i in data["items"]]
    assert "S06.02" not in ids and "S04.03" in ids
    s0403 = next(i for i in data["items"] if i["id"] == "S04.03")
    assert s0403["weeks"] == 2 and s0403["cost_source"] == "city" and s0403["effort"] is None
    assert data["costs_file"].endswith("plan.yaml")
    # the evidence loader leaves plan.yaml alone
    assert runner.invoke(main, ["assess", str(folder)]).exit_code == 1


@pytest.mark.parametrize("body, expected", [
    ("effort:\n  S99.01: weeks\n", "plan.yaml:2: error: effort.S99.01: no indicator S99.01"),
    ("effort:\n  S06.02: soon\n", "plan.yaml:2:11: error: effort.S06.02: \"soon\" is not an effort"),
    ("effort:\n  S06.02: 0\n", "0 weeks is not between 1 and 520"),
    ("costs: {}\n", "holds only `effort:`"),
])
def test_bad_costs_are_refused_with_their_place(runner, tmp_path, body, expected):
    folder = tmp_path / "evidence"
    shutil.copytree(SAMPLE, folder)
    (folder / "plan.yaml").write_text(body, encoding="utf-8")
    out = runner.invoke(main, ["plan", str(folder)])
    assert out.exit_code == 2 and expected in out.output, out.output
    assert "Traceback" not in out.output


def test_costs_file_option_and_missing_file(runner, tmp_path):
    costs = tmp_path / "mine.yaml"
    costs.write_text("effort: {S06.02: year}\n", encoding="utf-8")
    out = runner.invoke(main, ["plan", str(SAMPLE), "--costs", str(costs), "--format", "json"])
    assert "S06.02" not in [i["id"] for i in json.loads(out.output)["items"]]
    missing = runner.invoke(main, ["plan", str(SAMPLE), "--costs", str(tmp_path / "no.yaml")])
    assert missing.exit_code == 2 and "cost estimates file not found" in missing.output


class _AlwaysPass(random.Random):
    def random(self) -> float:
        return 0.0


def test_a_ready_city_needs_no_plan(runner, tmp_path):
    folder = _mini_city(tmp_path / "city", _AlwaysPass())
    out = runner.invoke(main, ["plan", str(folder), "--criteria", str(MINI_PACK), "--format",
                               "json"])
    data = json.loads(out.output)
    assert data["ready_now"] and data["items"] == [] and data["weeks"] == 0
    table = runner.invoke(main, ["plan", str(folder), "--criteria", str(MINI_PACK), "--lang",
                                 "en"])
    assert table.exit_code == 0 and "The city is ready: nothing to close" in table.output


def test_assume_pass_refuses_what_it_cannot_assume(runner):
    cases = [("B01", "basic condition B01 is decided by S03.04, S03.05"),
             ("S01.01", "S01.01 is pass already"),
             ("S99.01", "no indicator S99.01")]
    for ids, expected in cases:
        out = runner.invoke(main, ["assess", str(SAMPLE), "--assume-pass", ids, "--lang", "en"])
        assert out.exit_code == 2 and expected in out.output, out.output
    html = runner.invoke(main, ["assess", str(SAMPLE), "--assume-pass", "S10.05", "--format",
                                "html", "-o", "x.html"])
    assert html.exit_code == 2 and "what-if" in html.output


def test_assume_pass_is_shown_as_a_what_if(runner):
    out = runner.invoke(main, ["assess", str(SAMPLE), "--assume-pass", "S10.05,S08.04",
                               "--lang", "en"], env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert "Assumed closed" in out.output and "S08.04, S10.05" in out.output
    assert "a what-if, not the verdict the evidence gives" in out.output
    data = json.loads(runner.invoke(main, ["assess", str(SAMPLE), "--assume-pass", "S10.05",
                                           "--format", "json"]).output)
    s1005 = {i["id"]: i for i in data["indicators"]}["S10.05"]
    assert s1005["status"] == "pass" and s1005["messages"][0]["code"] == "plan.assumed_note"


def test_an_unknown_effort_class_in_a_pack_is_refused(tmp_path):
    from nsc_check.errors import InputError

    pack = tmp_path / "pack"
    shutil.copytree(MINI_PACK, pack)
    path = pack / "S01-sanitation.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    lead: sanitation\n", "    lead: sanitation\n    effort: soon\n", 1), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_pack(str(pack))
    assert any("effort class \"soon\" is not one of the pack's" in p.message_text("en")
               for p in err.value.problems)


def test_every_indicator_of_nsc2010_has_an_effort(nsc):
    assert all(i.effort in nsc.header.effort_classes for i in nsc.indicators())
    assert {c.id for c in nsc.conditions if c.kind and c.effort} == {"B06", "B08", "B09"}


@pytest.mark.parametrize("seed", range(40))
def test_the_solver_against_brute_force_on_random_problems(seed):
    """The solver alone, on problems the packs do not make: several "k of n" rules, some over
    several sections, sections with nothing to choose, ties everywhere."""
    from nsc_check.plan import Problem, solve

    rng = random.Random(seed)
    items = [f"X{i:02d}" for i in range(rng.randint(1, 11))]
    sections = ["S1", "S2", "S3"]
    section_of = {i: rng.choice(sections) for i in items}
    gains = {i: rng.choice([0, 5, 10, 15, 20, 25]) * 1000 for i in items}
    costs = {i: rng.randint(1, 4) for i in items}
    forced = {i for i in items if rng.random() < 0.15}
    choose = []
    for _ in range(rng.randint(0, 2)):
        pool = {i for i in items if i not in forced and rng.random() < 0.4}
        if pool:
            choose.append((pool, rng.randint(1, len(pool))))
    section_need = {s: rng.choice([0, 0, 5000, 15000]) for s in sections}
    overall_need = rng.choice([0, 10000, 30000, 60000])
    problem = Problem(gains=gains, costs=costs, section_of=section_of, forced=forced,
                      section_need=section_need, overall_need=overall_need, choose=choose)

    def feasible(subset: set[str]) -> bool:
        return (forced <= subset
                and all(sum(gains[i] for i in subset if section_of[i] == s) >= n
                        for s, n in section_need.items())
                and sum(gains[i] for i in subset) >= overall_need
                and all(len(pool & subset) >= n for pool, n in choose))

    best, count = None, 0
    for n in range(len(items) + 1):
        for subset in itertools.combinations(items, n):
            if feasible(set(subset)):
                cost = sum(costs[i] for i in subset)
                if best is None or cost < best:
                    best, count = cost, 1
                elif cost == best:
                    count += 1
    found = solve(problem)
    if best is None:
        assert found is None
        return
    assert found is not None and found.cost == best and found.ways == count
    assert feasible(set(found.chosen)) and sum(costs[i] for i in found.chosen) == best
    for example in found.examples:
        assert feasible(set(example)) and sum(costs[i] for i in example) == best


@pytest.mark.zh
def test_the_what_if_reads_in_chinese(runner):
    out = runner.invoke(main, ["assess", str(SAMPLE), "--assume-pass", "S10.05"],
                        env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert "假设已整改" in out.output and "以上为假设结果，并非依据现有证据得出的结论" in out.output
    bad = runner.invoke(main, ["assess", str(SAMPLE), "--assume-pass", "S01.01"])
    assert bad.exit_code == 2 and "S01.01 目前为“达标”，不是差距" in bad.output

