"""Figures for people: rounded half up (四舍五入), never shown as meeting a requirement they miss,
floors compared on the exact score (the terminal's digits and JSON's full precision:
tests/report/test_terminal.py, tests/report/test_json.py)."""

from __future__ import annotations

import pytest
from helpers import result_of

from nsc_check.assess import _below
from nsc_check.messages import msg
from nsc_check.values import format_against, format_number


@pytest.mark.parametrize("value, shown", [
    (3.125, "3.13"), (2.675, "2.68"), (0.125, "0.13"), (1.005, "1.01"), (-3.125, "-3.13"),
    (96.5, "96.5"), (30.0, "30"), (0.1 + 0.2, "0.3"), (83.181818, "83.18"), (0, "0"),
])
def test_figures_round_half_up(value, shown):
    assert format_number(value) == shown


@pytest.mark.parametrize("value, shown", [
    (89.996, "89.996"), (59.9951, "59.995"), (12.0004, "12.0004"), (97.4999, "97.4999"),
    (0.004, "0.004"),
])
def test_a_figure_never_reads_rounder_than_it_is(value, shown):
    assert format_number(value) == shown


def test_beside_its_requirement_a_figure_shows_the_digits_that_decide():
    assert format_against(97.546, ">=", 97.55) == "97.546"
    assert format_against(97.55, ">=", 97.55) == "97.55"
    assert format_against(3.0049, "<=", 3) == "3.005"
    assert format_against(1.7333, "<=", 3) == "1.73"


def test_message_arguments_round_half_up_too():
    assert msg("kinds.verdict.score", percent=3.125, floor=90.0).text("en").startswith(
        "overall score 3.13%")


def test_a_rate_just_under_its_figure_is_not_shown_as_the_figure(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "sanitation", "  S01.01: 79.996%\n", "S01.01")
    assert r.status == "fail"
    assert r.measured_text.en == "79.996%" and r.required_text.en == "≥ 80%"
    r = result_of(mini_pack, tmp_path / "2", "sanitation",
                  "  S01.02: {numerator: 29999, denominator: 100000}\n", "S01.02")
    assert r.status == "fail" and r.measured_text.en.startswith("29.999%")
    assert r.measured == 29.999  # the exact rate, not a rounded one


def test_a_rate_rounds_half_up_for_display(mini_pack, tmp_path):
    r = result_of(mini_pack, tmp_path, "sanitation",
                  "  S01.02: {numerator: 1, denominator: 32}\n", "S01.02")
    assert r.measured_text.en.startswith("3.13%")  # 3.125%, 四舍五入


def test_floors_are_compared_on_the_exact_score():
    assert _below(59.996, 60) and _below(89.9951, 90)
    assert not _below(54 / 90 * 100, 60)  # exactly 60, float noise aside
    assert not _below(60.0, 60)


def test_the_fourth_vector_is_judged_on_its_exact_multiple(mini_pack, tmp_path):
    from helpers import run
    from test_assess import GOOD, city
    # 9.0001% against a limit of 3%: 3.00003 times, beyond "within 3 times" however little
    beyond = GOOD["aiwei"].replace("{adults: 1%, oothecae: 1%}", "{adults: 9.0001, oothecae: 1%}")
    b = run(mini_pack, city(tmp_path / "b", aiwei=beyond))
    assert b.conditions[1].status == "not_met"
    assert "3.00003×" in b.conditions[1].messages[1].en
    exactly = GOOD["aiwei"].replace("{adults: 1%, oothecae: 1%}", "{adults: 9, oothecae: 1%}")
    assert run(mini_pack, city(tmp_path / "a", aiwei=exactly)).conditions[1].status == "met"

