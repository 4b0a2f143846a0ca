"""Inspections with substance: a date and a sample, findings for a result short of 达标, findings
that name the checklist point they break and are grouped by it, in the result and the form (in the reports: tests/report/)."""

from __future__ import annotations

import re

import pytest
from conftest import MINI_PACK
from helpers import INSPECTION_BODY as BODY
from helpers import NSC, make_city, result_of, run
from openpyxl import load_workbook

from nsc_check.cli import main
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack


@pytest.fixture(scope="module")
def nsc():
    return load_pack(str(NSC))


def _refusal(pack, tmp_path, department, body):
    folder = make_city(tmp_path / "c", {department: body})
    with pytest.raises(InputError) as err:
        load_evidence(folder, pack)
    [problem] = err.value.problems
    return problem


def test_a_bare_result_is_refused_naming_the_date_and_the_sample(mini_pack, tmp_path):
    p = _refusal(mini_pack, tmp_path, "sanitation", "  S01.03: 达标\n")
    text = p.render("en")
    assert "S01.03" in text and "(date)" in text and "(sample)" in text


@pytest.mark.zh
def test_a_result_without_its_sample_is_refused_in_chinese(mini_pack, tmp_path):
    p = _refusal(mini_pack, tmp_path, "sanitation", "  S01.03: {result: 达标, date: 2025-10-01}\n")
    text = p.render("zh")
    assert "evidence.S01.03.sample：检查结果缺少抽查范围" in text  # at the field to write
    assert "检查日期" not in text.split("提示")[0]


@pytest.mark.parametrize("result", ["基本达标", "不达标"])
def test_a_result_short_of_pass_needs_a_finding(mini_pack, tmp_path, result):
    body = f"  S01.03: {{result: {result}, date: 2025-10-01, sample: 抽查街道 20 条}}\n"
    p = _refusal(mini_pack, tmp_path, "sanitation", body)
    assert f"the result is {result} but no finding is listed" in p.render("en")


def test_a_pass_with_its_date_and_sample_passes(mini_pack, tmp_path):
    body = "  S01.03: {result: 达标, date: 2025-10-01, sample: 抽查街道 20 条}\n"
    r = result_of(mini_pack, tmp_path, "sanitation", body, "S01.03")
    assert r.status == "pass" and r.points_awarded == 10


def test_findings_are_grouped_by_the_checklist_point_they_break(nsc, tmp_path):
    r = result_of(nsc, tmp_path, "urban", BODY, "S03.01")
    assert r.status == "partial"
    assert [f.en for f in r.findings] == [
        "[point 2: nothing piled in the street, no roadside trading or hawkers] 建设路口: 占道经营",
        "[point 2: nothing piled in the street, no roadside trading or hawkers] 解放街: 流动摊点",
        "[point 3: no illegal shacks or extensions] 东关街: 私搭雨棚",
        "[point 4: no graffiti or illegal fly-posters] 人民路: 电线杆小广告",
        "火车站广场: 垃圾桶满溢",
    ]
    assert r.gap.text.en == "basically meets; findings: 5, against checklist points 2, 3, 4"


def test_a_point_the_checklist_lacks_is_refused_where_it_is_written(nsc, tmp_path):
    p = _refusal(nsc, tmp_path, "urban", BODY.replace("point: 4", "point: 9"))
    text = p.render("en")
    assert p.line == 4 and "evidence.S03.01" in text  # the entry's line
    assert 'names checklist point "9"' in text and "1 to 5" in text


@pytest.mark.zh
def test_a_point_named_by_a_text_the_checklist_lacks_is_refused_in_chinese(nsc, tmp_path):
    body = BODY.replace('"无乱搭乱建的违章建筑"', "无违章建筑")
    text = _refusal(nsc, tmp_path, "urban", body).render("zh")
    assert "问题“私搭雨棚”所注检查要点“无违章建筑”不在本指标的检查要点中（共 5 条）" in text


def test_evaluated_without_its_rule_a_wrong_point_makes_the_evidence_unusable(nsc):
    from nsc_check.kinds import inspection
    from nsc_check.kinds.base import Context
    rule = nsc.indicator("S03.01").rule
    evidence = inspection.Evidence.model_validate(
        {"result": "不达标", "date": "2025-10-01", "sample": "20 条",
         "findings": [{"point": 9, "problem": "乱堆"}]})
    import inspect
    ctx_args = {n: None for n in inspect.signature(Context).parameters}
    outcome = inspection.evaluate(rule, evidence, Context(**ctx_args))
    from nsc_check.text import rendered
    assert outcome.status == "invalid" and "1 to 5" in rendered(outcome.messages[0]).en


def test_the_form_carries_date_sample_and_findings_with_their_points(runner, tmp_path):
    folder = make_city(tmp_path / "c", {"urban": BODY})
    book, into = tmp_path / "f.xlsx", tmp_path / "back"
    res = runner.invoke(main, ["form", "export", str(folder), "--output", str(book),
                               "--criteria", str(NSC)])
    assert res.exit_code == 0, res.output
    wb = load_workbook(book)
    [(ws, row)] = [(ws, r[0].row) for ws in wb.worksheets for r in ws.iter_rows()
                   if r[0].value == "S03.01|"]
    cells = [ws.cell(row, c).value for c in (6, 7, 8, 9)]
    assert cells[0] == "基本达标" and str(cells[1]).startswith("2025-10-20")
    assert cells[2] == "抽查主次干道 24 条、街巷 60 条"
    assert "【要点4】人民路：电线杆小广告" in cells[3] and "【要点3】东关街：私搭雨棚" in cells[3]
    res = runner.invoke(main, ["form", "import", str(book), "--into", str(into),
                               "--criteria", str(NSC)])
    assert res.exit_code == 0, res.output
    nsc = load_pack(str(NSC))
    before = result_of(nsc, tmp_path / "a", "urban", BODY, "S03.01")
    after = next(r for r in run(nsc, into).indicators if r.id == "S03.01")
    assert [f.en for f in after.findings] == [f.en for f in before.findings]
    assert after.as_of == before.as_of and after.status == "partial"


def test_a_point_typed_into_a_form_cell_is_read(runner, tmp_path):
    from nsc_check.kinds.inspection import _finding
    assert _finding("【要点 2】建设路口：占道经营") == {"point": 2, "place": "建设路口",
                                                    "problem": "占道经营"}
    assert _finding("[要点3] 乱搭乱建") == {"point": 3, "problem": "乱搭乱建"}
    assert _finding("[point 4] 人民路：小广告") == {"point": 4, "place": "人民路", "problem": "小广告"}
    assert _finding("建设路口：占道经营") == {"place": "建设路口", "problem": "占道经营"}


def test_every_inspection_of_the_pack_has_a_specific_checklist(nsc):
    for ind in nsc.indicators():
        if ind.kind == "inspection":
            items = ind.rule.checklist
            assert len(items) >= 3, ind.id
            assert all(len(i.zh) >= 6 and i.en for i in items), ind.id
            assert len({i.zh for i in items}) == len(items), ind.id


@pytest.mark.zh
def test_a_form_row_with_a_bare_result_is_refused_at_its_cells(runner, tmp_path):
    book, into = tmp_path / "blank.xlsx", tmp_path / "new"
    res = runner.invoke(main, ["form", "export", "--output", str(book), "--criteria",
                               str(MINI_PACK)])
    assert res.exit_code == 0, res.output
    wb = load_workbook(book)
    city = next(ws for ws in wb.worksheets if ws["A1"].value == "nsc-sheet:city")
    for row in city.iter_rows():
        if row[0].value == "name.zh":
            city.cell(row[0].row, 4).value = "新市"
        if row[0].value == "assessment_date":
            city.cell(row[0].row, 4).value = "2025-12-31"
    san = next(ws for ws in wb.worksheets if ws["A1"].value == "nsc-sheet:sanitation")
    row = next(r[0].row for r in san.iter_rows() if r[0].value == "S01.03|")
    san.cell(row, 6).value = "不达标"
    wb.save(book)
    res = runner.invoke(main, ["form", "import", str(book), "--into", str(into), "--criteria",
                               str(MINI_PACK)])
    assert res.exit_code == 2, res.output
    # at the cell to fill, said as the form says it: no YAML field names (date:, sample:)
    assert "!G" in res.output and "检查结果缺少检查日期、抽查范围" in res.output
    assert "请在 G 列（检查日期）写明检查日期" in res.output
    assert not re.search(r"date|sample|findings", res.output.replace(str(book), ""))
    assert "Traceback" not in res.output

