"""The sample city is one city of one time: the standard's own (about 2010), without
contradictions between its entries."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import REPO

from nsc_check.assess import assess
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack

SAMPLE = REPO / "evidence"
ON = dt.date(2010, 12, 31)
# words of later times: plans after 十一五, bodies after the 2013/2018 reforms, later media and
# later measures (AQI and PM2.5 came with the 2012 air standard; health literacy is a separate
# measure from the awareness rates of S02.02/03)
LATER = ["十二五", "十三五", "十四五", "微信", "公众号", "APP", "市场监管局", "市场监督管理局",
         "卫生健康委", "卫健委", "生态环境局", "AQI", "PM2.5", "健康素养", "垃圾分类"]


@pytest.fixture(scope="module")
def evidence():
    return load_evidence(SAMPLE, load_pack())


@pytest.fixture(scope="module")
def result(evidence):
    return assess(load_pack(), evidence)


def _texts():
    for path in sorted(SAMPLE.rglob("*")):
        if path.is_file() and path.suffix in (".yaml", ".md"):
            yield path, path.read_text(encoding="utf-8")


def test_the_sample_is_assessed_at_the_end_of_2010(result):
    assert result.city.assessment_date == ON


def test_no_word_of_a_later_time():
    for path, text in _texts():
        for word in LATER:
            assert word not in text and word not in path.name, (path.name, word)


def test_every_date_and_year_is_of_the_standards_time():
    for path, text in _texts():
        for year in re.findall(r"(?<!\d)(20\d\d)(?!\d)", path.name + text):
            assert 2003 <= int(year) <= 2011, (path.name, year)  # 2011: plans for next year
        for found in re.findall(r"(?<!\d)(20\d\d-\d\d-\d\d)(?!\d)", text):
            assert dt.date.fromisoformat(found) <= ON, (path.name, found)


def test_its_five_year_plan_is_the_eleventh():
    development = (SAMPLE / "development.yaml").read_text(encoding="utf-8")
    assert "第十一个五年规划" in development


def test_toilets_not_applicable_is_not_contradicted_by_the_villages_inspection(result, evidence):
    by_id = {r.id: r for r in result.indicators}
    assert by_id["S10.03"].status == "not_applicable"
    village = " ".join(f"{f.place} {f.problem}" for f in evidence.entries["S10.05"].data.findings)
    for word in ("旱厕", "粪坑", "污水横流", "户厕"):
        assert word not in village, word


def test_awareness_and_behaviour_rates_cite_their_own_surveys():
    health = (SAMPLE / "health.yaml").read_text(encoding="utf-8")
    assert "健康知识知晓率" in health and "健康行为形成率" in health


def test_the_samples_inspections_name_the_checklist_points_they_break(result):
    for r in result.indicators:
        if r.kind == "inspection" and r.status in ("partial", "fail"):
            assert r.findings and all(f.code == "kinds.inspection.finding_point"
                                      for f in r.findings), r.id
