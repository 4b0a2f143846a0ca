"""The evidence loader: what people write is read; what is wrong is located."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil

import pytest
from conftest import REPO, write
from helpers import make_city

from nsc_check.assess import assess
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack


def problems(pack, folder):
    with pytest.raises(InputError) as err:
        load_evidence(folder, pack)
    return err.value.problems


def test_the_mini_city_loads(mini_pack, evidence_dir):
    ev = load_evidence(evidence_dir, mini_pack)
    assert ev.city.name.zh == "测试市"
    assert set(ev.entries) >= {"S01.01", "B03", "B04"}
    assert "attachments/plan.txt" in ev.attachments


def test_unknown_indicator_id_is_located(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": "  S01.04: 65\n  S09.99: 12\n"})
    [p] = problems(mini_pack, folder)
    assert p.file.endswith("env.yaml") and p.line == 4
    assert "S09.99: unknown indicator id" in p.message_text("en")


def test_the_same_indicator_in_two_files(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": "  S01.04: 65\n", "sanitation": "  S01.04: 66\n"})
    [p] = problems(mini_pack, folder)
    assert "already reported in" in p.message_text("en") and "env.yaml line 3" in p.message_text("en")
    assert p.file.endswith("sanitation.yaml") and p.line == 3


@pytest.mark.parametrize("body, message", [
    ("  S01.04: 96%\n", "wrong unit"),
    ("  S01.01: 很高\n", "not a number"),
    ("  S01.02: {numerator: 310, denominator: 300}\n", "larger than denominator"),
    ("  S01.02: {numerator: -1, denominator: 300}\n", "negative"),
    ("  S01.06: VI\n", "not a grade of the scale"),
    ("  S01.03: {result: 良好}\n", "not an inspection result"),
    ("  S01.07: [{date: 2025-02-30, description: x}]\n", "not a valid date"),
    ("  S01.05: {二〇二五: 300}\n", "not a year"),
])
def test_wrong_values_name_file_line_and_field(mini_pack, tmp_path, body, message):
    dept = "env" if body.strip().startswith(("S01.04", "S01.06", "S01.07", "S01.05")) else "sanitation"
    folder = make_city(tmp_path, {dept: body})
    found = problems(mini_pack, folder)
    assert any(message in p.message_text("en") for p in found), found
    assert all(p.file.endswith(f"{dept}.yaml") and p.line == 3 for p in found)


def test_all_problems_are_reported_in_one_pass(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": "  S01.04: 96%\n  S01.06: VI\n  S01.99: 1\n"})
    assert len(problems(mini_pack, folder)) == 3


def test_unknown_department(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"police": "  S01.04: 65\n"})
    [p] = problems(mini_pack, folder)
    assert "unknown department 'police'" in p.message_text("en") and p.line == 1


def test_city_yaml_is_required_and_checked(mini_pack, tmp_path):
    tmp_path.joinpath("x").mkdir()
    assert "city.yaml is missing" in problems(mini_pack, tmp_path / "x")[0].message_text("en")
    write(tmp_path / "y", "city.yaml", "name: 测试市\nassessment_date: 2025-13-01\n")
    [p] = problems(mini_pack, tmp_path / "y")
    assert "assessment_date" in p.message_text("en") and p.line == 2


def test_gbk_and_bom_files_assess_identically(mini_pack, tmp_path):
    from nsc_check.assess import assess

    body = "department: sanitation\nevidence:\n  S01.01: ９２．５％\n  S01.03: {result: 基本达标, date: 2025-10-01, sample: 20 条, findings: [乱堆乱放]}\n"
    results = []
    for encoding in ("utf-8", "utf-8-sig", "gb18030"):
        folder = make_city(tmp_path / encoding, {})
        write(folder, "sanitation.yaml", body, encoding)
        indicators = assess(mini_pack, load_evidence(folder, mini_pack)).indicators
        results.append([dataclasses.replace(r, evidence=None) for r in indicators])
    assert results[0] == results[1] == results[2]


def test_lenient_loading_keeps_invalid_entries(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": "  S01.04: 96%\n  S01.06: IV\n"})
    ev = load_evidence(folder, mini_pack, strict=False)
    result = {r.id: r for r in assess(mini_pack, ev).indicators}
    assert result["S01.04"].status == "invalid" and result["S01.06"].status == "fail"
    assert "wrong unit" in result["S01.04"].messages[0].en


def test_attachment_path_must_stay_inside(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"aiwei": "  B04: {regulation: ../secret.txt}\n"})
    assert "outside the evidence folder" in problems(mini_pack, folder)[0].message_text("en")


def test_messages_say_what_to_write_not_which_class(mini_pack, tmp_path):
    folder = make_city(tmp_path, {})
    write(folder, "env.yaml", "- a\n- b\n")
    [p] = problems(mini_pack, folder)
    assert p.message_text("en") == "expected key: value lines here" and "DepartmentFile" not in p.message_text("en")


def test_dates_after_the_assessment_date_are_located_with_a_hint(mini_pack, tmp_path):
    # city.yaml's assessment date is 2025-12-31
    folder = make_city(tmp_path, {"market": "  B03:\n    incidents:\n"
                                            "      - {date: 2026-03-01, description: 食物中毒}\n"})
    [p] = problems(mini_pack, folder)
    assert p.line == 5 and p.message_text("en") == (
        "evidence.B03.incidents[0].date: date 2026-03-01 is after the assessment date 2025-12-31")
    assert "evidence can only describe the past" in p.hint.text("en")
    # the same evidence is fine for a later assessment date
    assert load_evidence(folder, mini_pack, as_of=dt.date(2026, 6, 30)).entries["B03"].data


def test_a_department_date_after_the_assessment_date_is_reported_once(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"env": "  S01.04: 65\n  S01.01: 96%\n"}, as_of=None)
    body = (folder / "env.yaml").read_text(encoding="utf-8")
    (folder / "env.yaml").write_text(body.replace("evidence:", "as_of: 2026-01-15\nevidence:"),
                                     encoding="utf-8")
    [p] = problems(mini_pack, folder)
    assert p.line == 2 and "as_of: date 2026-01-15 is after" in p.message_text("en")


def test_attached_files_are_found_where_they_are_named(mini_pack, tmp_path):
    folder = make_city(tmp_path, {"aiwei": "  B04: {regulation: attachments/rules.pdf}\n"
                                           "  S02.05: {plan: attachments/missing.pdf}\n"})
    (folder / "attachments").mkdir()
    (folder / "attachments" / "rules.pdf").write_bytes(b"%PDF")
    (folder / "attachments" / "unrelated.pdf").write_bytes(b"%PDF")
    result = assess(mini_pack, load_evidence(folder, mini_pack))
    assert next(c for c in result.conditions if c.id == "B04").status == "met"
    plan = next(r for r in result.indicators if r.id == "S02.05")
    assert plan.status == "fail" and "attachments/missing.pdf" in plan.findings[0].en


@pytest.mark.parametrize("attached, message", [
    ("attachments/D:/secret.pdf", "a name cannot hold ':'"),
    ("C:/Windows/secret.pdf", "is an absolute path"),
])
def test_attachments_cannot_name_a_drive(mini_pack, tmp_path, attached, message):
    folder = make_city(tmp_path, {"aiwei": f"  B04:\n    regulation: {attached}\n"})
    [p] = problems(mini_pack, folder)
    assert message in p.message_text("en") and p.line == 4


def test_an_attachment_in_a_hidden_folder_is_found(mini_pack, tmp_path):
    """The entry names it: `.scans/rules.pdf` is there, not reported missing."""
    folder = make_city(tmp_path, {"aiwei": "  B04: {regulation: .scans/rules.pdf}\n"})
    (folder / ".scans").mkdir()
    (folder / ".scans" / "rules.pdf").write_bytes(b"%PDF")
    result = assess(mini_pack, load_evidence(folder, mini_pack))
    assert next(c for c in result.conditions if c.id == "B04").status == "met"


@pytest.mark.parametrize("extra", ["properties: {latitude: 10, rainfall_mm: 800}\n",
                                   "properties: {population: 5000000000}\n"])
def test_a_city_fact_with_a_line_of_its_own_is_not_a_property(mini_pack, tmp_path, extra):
    """Under properties, latitude would escape its checks, or silently win over `latitude:`."""
    folder = make_city(tmp_path, {})
    city = folder / "city.yaml"
    city.write_text(city.read_text(encoding="utf-8") + extra, encoding="utf-8")
    [p] = problems(mini_pack, folder)
    assert p.file.endswith("city.yaml") and p.line == 4
    assert "has a line of its own in city.yaml" in p.message_text("en")




@pytest.mark.zh
def test_a_link_to_itself_is_refused_as_a_link_not_a_traceback(mini_pack, tmp_path):
    """A department file that is a link leading round to itself (a loop) is named as a link, in
    Chinese, like any other link: never a traceback."""
    folder = make_city(tmp_path, {"env": "  S01.04: 60\n"})
    (folder / "loop.yaml").symlink_to("loop.yaml")
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    [problem] = err.value.problems
    assert problem.file.endswith("loop.yaml")
    assert "链接" in problem.render("zh")


@pytest.mark.parametrize("written", ["0x10", "0o17", "0b101", "-0x1F"])
def test_a_number_in_another_base_is_refused_not_read_as_yaml_reads_it(mini_pack, tmp_path,
                                                                       written):
    """`0x10` is 16 to YAML, never what a clerk meant: refused as a number written another way."""
    folder = make_city(tmp_path, {"env": f"  S01.04: {written}\n"})
    with pytest.raises(InputError) as err:
        load_evidence(folder, mini_pack)
    [problem] = err.value.problems
    assert "is not a number as written" in problem.message_text("en")
    assert problem.field is not None and "S01.04" in problem.field


@pytest.mark.zh
def test_a_year_written_in_another_base_is_refused(tmp_path):
    """`0x7D9:` is 2009 to YAML; as a year of a series it is refused, never read as 2009."""
    folder = tmp_path / "city"
    shutil.copytree(REPO / "evidence", folder)
    env = folder / "env.yaml"
    text = env.read_text(encoding="utf-8")
    assert "    2009: 289\n" in text
    env.write_text(text.replace("    2009: 289\n", "    0x7D9: 289\n"), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_evidence(folder, load_pack())
    assert "0x7D9 不是年份" in err.value.problems[0].render("zh")
