from __future__ import annotations

import datetime as dt

import pytest

from nsc_check.values import parse_bool, parse_count, parse_date, parse_number


@pytest.mark.parametrize("raw, unit, expected", [
    ("96.5%", "%", 96.5), (96.5, "%", 96.5), ("９６．５％", "%", 96.5), ("96.5 %", "%", 96.5),
    ("71.4 dB(A)", "dB(A)", 71.4), ("71.4db(a)", "dB(A)", 71.4), ("1,268", None, 1268),
    ("7.5m²", "m²", 7.5), ("4 per 2,000 m", ("per 2,000 m", "处/2000米"), 4),
    ("4处/2000米", ("per 2,000 m", "处/2000米"), 4), ("12,345.5", None, 12345.5),
])
def test_numbers_as_people_write_them(raw, unit, expected):
    assert parse_number(raw, unit) == pytest.approx(expected)


@pytest.mark.parametrize("raw, unit, message", [
    ("96.5%", "dB(A)", "wrong unit"), ("abc", "%", "not a number"), (float("nan"), "%", "finite"),
    (".inf", "%", "not a number"), (True, "%", "must be a number"),
])
def test_bad_numbers(raw, unit, message):
    with pytest.raises(ValueError, match=message):
        parse_number(raw, unit)


def test_counts_are_whole_and_not_negative():
    assert parse_count("12") == 12
    with pytest.raises(ValueError, match="negative"):
        parse_count(-1)
    with pytest.raises(ValueError, match="whole"):
        parse_count(1.5)


@pytest.mark.parametrize("raw", ["2025-12-31", "2025年12月31日", "2025/12/31", "２０２５－１２－３１"])
def test_dates(raw):
    assert parse_date(raw) == dt.date(2025, 12, 31)


def test_impossible_date():
    with pytest.raises(ValueError, match="not a valid date"):
        parse_date("2025-02-30")


def test_booleans():
    assert parse_bool("是") is True and parse_bool("否") is False
    with pytest.raises(ValueError):
        parse_bool("也许")


@pytest.mark.parametrize("written", ["71,4", "1,23", "0x47", "0o17", "0b101", "2025-01-01", "12/3"])
def test_numbers_written_another_way_are_named_so_not_as_a_wrong_unit(written):
    with pytest.raises(ValueError, match="is not a number as written: write it like"):
        parse_number(written, ("dB(A)",))


@pytest.mark.parametrize("written, meant", [("71,4", "71.4"), ("1,23", "1.23"),
                                            ("0,5%", "0.5%")])
def test_a_decimal_comma_says_the_number_meant(written, meant):
    with pytest.raises(ValueError) as caught:
        parse_number(written, ("%",))
    assert caught.value.message.code == "values.decimal_comma"
    assert f"请写成 {meant}" in caught.value.message.text("zh")


@pytest.mark.parametrize("written, code, zh", [
    ("2025-02-30", "values.no_such_day", "2025 年 2 月只有 28 天"),
    ("2024年2月30日", "values.no_such_day", "2024 年 2 月只有 29 天"),
    ("2025-13-01", "values.no_such_month", "一年只有 12 个月"),
    ("2025-12-3x", "values.bad_date", "不是有效日期"),
])
def test_an_impossible_date_says_why(written, code, zh):
    with pytest.raises(ValueError) as caught:
        parse_date(written)
    assert caught.value.message.code == code and zh in caught.value.message.text("zh")


@pytest.mark.parametrize("written, unit, value", [
    ("3.2/10万", ("/10万",), 3.2), ("5 /10万", ("/10万",), 5.0), ("2 x", ("x",), 2.0),
    ("1,268人", ("人",), 1268.0), ("９６．５％", ("%",), 96.5),
])
def test_units_that_begin_like_a_number_are_still_units(written, unit, value):
    assert parse_number(written, unit) == value


def test_a_figure_far_beyond_any_city_is_refused():
    with pytest.raises(ValueError, match="far too large to be a figure"):
        parse_number("1" + "0" * 300, ("%",))


def test_an_underscore_in_a_number_is_a_typing_error():
    with pytest.raises(ValueError, match="is not a number as written"):
        parse_number("71_4", ("dB(A)",))
