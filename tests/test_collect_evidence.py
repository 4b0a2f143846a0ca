"""Evidence complete and current, per item: a series reaches the year the assessment date makes
due, each year once; each document is judged by its own date and validity."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import make_city

from nsc_check.assess import assess
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence
from nsc_check.kinds.series import due_year
from nsc_check.pack import load_pack


@pytest.fixture(scope="module")
def pack():
    return load_pack()


def item(pack, tmp_path, department: str, body: str, item_id: str,
         as_of: dt.date | None = None, files: tuple[str, ...] = ()):
    folder = make_city(tmp_path / "c", {department: body},  # the file dated the day assessed
                       as_of=str(as_of) if as_of else "2025-12-31")
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text("x", encoding="utf-8")
    result = assess(pack, load_evidence(folder, pack, as_of=as_of), as_of)
    return next(r for r in [*result.indicators, *result.conditions] if r.id == item_id)


def test_the_due_year():
    assert due_year(dt.date(2025, 12, 31)) == 2025  # the whole year can be counted
    assert due_year(dt.date(2025, 12, 30)) == 2024  # the last year that is over
    assert due_year(dt.date(2026, 1, 15)) == 2025


@pytest.mark.zh
def test_a_series_short_of_the_due_year_is_stale_naming_it(pack, tmp_path):
    r = item(pack, tmp_path, "env", "  S04.01: {2023: 300, 2024: 301}\n", "S04.01")
    assert r.status == "stale" and r.points_awarded == 0
    assert "缺少 2025 年的数据" in r.messages[0].zh and "2024" in r.messages[0].zh
    assert r.messages[0].code == "collect.due_year_missing"


def test_a_series_reaching_the_due_year_is_judged(pack, tmp_path):
    on = dt.date(2025, 11, 30)
    assert item(pack, tmp_path / "a", "env", "  S04.01: {2024: 301}\n", "S04.01",
                as_of=on).status == "pass"
    # a year not over may be given too: shown beside the year judged, never judged instead
    r = item(pack, tmp_path / "b", "env", "  S04.01: {2024: 301, 2025: 276}\n", "S04.01",
             as_of=on)
    assert r.status == "pass" and "2024" in r.measured_text.en
    assert r.messages[0].code == "kinds.series.year_in_progress_share"


@pytest.mark.zh
def test_a_year_written_twice_is_refused_naming_both_lines(pack, tmp_path):
    folder = make_city(tmp_path / "c", {"env": "  S04.01:\n    2025: 276\n    2025年: 301\n"})
    with pytest.raises(InputError) as caught:
        load_evidence(folder, pack)
    out = caught.value.render("zh")
    assert "2025（第 4 行）" in out and "2025年（第 5 行）" in out and "是同一年" in out
    # the long form with `values:` too
    folder = make_city(tmp_path / "d", {"env": "  S04.01:\n    values: {2025: 276, '2025': 1}\n"})
    with pytest.raises(InputError) as caught:
        load_evidence(folder, pack)
    assert "same year" in caught.value.render("en")


PLAN = "attachments/plan.md"
WORK = "attachments/work.md"


@pytest.mark.zh
def test_a_fresh_document_never_vouches_for_an_old_one(pack, tmp_path):
    body = (f"  S01.01:\n    plan: {{file: {PLAN}, issued: 2021-03-26}}\n"
            f"    work_plan: {{file: {WORK}, issued: 2024-02-18}}\n")
    r = item(pack, tmp_path, "development", body, "S01.01", files=(PLAN, WORK))
    assert r.status == "stale" and r.points_awarded == 0
    stale = [f.zh for f in r.findings if f.code == "collect.doc_not_this_year"]
    assert stale == ["《本年度爱国卫生工作计划》为 2024 年的文件，评估日 2025-12-31 时应提供 2025 年的"]


def test_a_plan_is_current_for_its_period(pack, tmp_path):
    def plan(issued: str, extra: str = "") -> str:
        return (f"  S01.01:\n    plan: {{file: {PLAN}, issued: {issued}{extra}}}\n"
                f"    work_plan: {{file: {WORK}, issued: 2025-02-18}}\n")

    files = (PLAN, WORK)
    assert item(pack, tmp_path / "a", "development", plan("2021-03-26"), "S01.01",
                files=files).status == "pass"  # 2021–2025 from its issue year
    old = item(pack, tmp_path / "b", "development", plan("2019-03-01"), "S01.01", files=files)
    assert old.status == "stale"
    assert any("2019–2023" in f.en for f in old.findings)
    # the period as the plan states it wins over the count from its issue
    late = item(pack, tmp_path / "c", "development", plan("2020-12-20", ", period: 2021—2025"),
                "S01.01", files=files)
    assert late.status == "pass"


def test_a_period_that_is_not_one_is_refused(pack, tmp_path):
    folder = make_city(tmp_path / "c", {"development": (
        f"  S01.01:\n    plan: {{file: {PLAN}, issued: 2021-03-26, period: 2025}}\n")})
    with pytest.raises(InputError) as caught:
        load_evidence(folder, pack)
    assert "not a period: write it as 2021-2025" in caught.value.render("en")


def test_a_document_for_a_year_without_a_date_cannot_be_shown_current(pack, tmp_path):
    r = item(pack, tmp_path, "finance", f"  S01.04: {{budget: {WORK}}}\n", "S01.04", files=(WORK,))
    assert r.status == "stale"
    assert any(f.code == "collect.doc_undated" for f in r.findings)


def test_a_standing_document_is_aged_by_its_own_date(pack, tmp_path):
    drill = "attachments/drill.md"
    body = (f"  S07.01:\n    plan: {{file: {PLAN}, issued: 2021-04-15}}\n"
            f"    drill_record: {{file: {drill}, issued: 2025-06-01}}\n")
    r = item(pack, tmp_path / "a", "health", body, "S07.01", files=(PLAN, drill))
    assert r.status == "stale" and r.as_of == dt.date(2021, 4, 15)  # the plan, not the drill
    recent = body.replace("2021-04-15", "2023-04-15")  # within the plan's three years
    assert item(pack, tmp_path / "b", "health", recent, "S07.01",
                files=(PLAN, drill)).status == "pass"


def test_the_pack_says_how_long_each_document_stays_current(pack):
    validity = {(i.id, d.id): d.valid_for for i in pack.indicators() if i.kind == "document"
                for d in i.rule.documents}
    assert validity[("S01.01", "plan")] == "period"
    assert validity[("S01.01", "work_plan")] == "year"
    assert validity[("S01.04", "budget")] == "year"
    assert validity[("S07.01", "drill_record")] == "year"
    assert validity[("S01.02", "membership")] == "standing"


def test_validate_warns_of_evidence_that_is_not_current(runner, pack, tmp_path):
    from nsc_check.cli import main

    folder = make_city(tmp_path / "c", {
        "env": "  S04.01: {2024: 301}\n",
        "finance": f"  S01.04: {{budget: {{file: {WORK}, issued: 2024-01-20}}}}\n"})
    (folder / WORK).parent.mkdir(parents=True)
    (folder / WORK).write_text("x", encoding="utf-8")
    out = runner.invoke(main, ["validate", str(folder), "--lang", "en"]).output
    warned = [line for line in out.splitlines() if ": warning: " in line]
    assert any("S04.01" in w and "no value for 2025" in w for w in warned)
    assert any("S01.04" in w and "is of 2024" in w for w in warned)


@pytest.mark.zh
def test_data_without_any_date_is_never_taken_as_current(pack, tmp_path):
    # a figure whose file and entry give no date: how old it is nobody can tell
    folder = make_city(tmp_path / "c", {"env": "  S04.05: 68 dB(A)\n"}, as_of=None)
    r = next(i for i in assess(pack, load_evidence(folder, pack)).indicators if i.id == "S04.05")
    assert r.status == "stale" and r.points_awarded == 0
    assert [m.code for m in r.messages] == ["kinds.undated"]
    assert "没有写明数据日期" in r.messages[0].zh
    # dated on the entry itself, or in the file's header: judged
    assert item(pack, tmp_path / "a", "env", "  S04.05: {value: 68 dB(A), as_of: 2025-11-30}\n",
                "S04.05").status == "pass"
    assert item(pack, tmp_path / "b", "env", "  S04.05: 68 dB(A)\n", "S04.05").status == "pass"


def test_documents_are_judged_by_their_own_dates_not_the_files(pack, tmp_path):
    # a document item needs no date of the file: each document's own date decides
    folder = make_city(tmp_path / "c", {"aiwei": "  B06: {regulation: attachments/r.pdf}\n"},
                       as_of=None)
    (folder / "attachments").mkdir()
    (folder / "attachments" / "r.pdf").write_bytes(b"%PDF-1.4\n")
    r = next(c for c in assess(pack, load_evidence(folder, pack)).conditions if c.id == "B06")
    assert "kinds.undated" not in [m.code for m in r.messages]


@pytest.mark.zh
def test_an_item_without_evidence_still_says_what_is_required(pack):
    """缺证据: the department that must act is told the target, in every report."""
    from helpers import SAMPLE

    from nsc_check.report import html, markdown

    result = assess(pack, load_evidence(SAMPLE, pack))
    missing = next(r for r in result.indicators if r.id == "S02.06")
    assert missing.status == "missing" and missing.required_text.zh == "≥ 6 次"
    row = html.render(result, "zh").split('data-id="S02.06"')[1].split("</tr>")[0]
    assert "≥ 6 次" in row
    assert "| ≥ 6 次 |" in next(line for line in markdown.render(result, "zh").splitlines()
                                if line.startswith("| S02.06 "))
