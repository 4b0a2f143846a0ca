"""pydantic's own English never reaches a user: every error the types of nsc-check's models can
give is worded by the catalogue (`pydantic.<type>`), and a number written with thousands
separators inside braces (`{numerator: 1,560}`, which YAML reads as two entries) is said where it
is written, not as pydantic's "Keys should be strings"."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from pydantic import ValidationError
from pydantic_core import PydanticKnownError

import nsc_check
from nsc_check.cli import main
from nsc_check.errors import InputError
from nsc_check.messages import CATALOGUE
from nsc_check.yamlio import _MODEL_ERRORS, parse_yaml, pydantic_message

# The errors each kind of core schema node can give on input read from a file or a form.
_ERRORS_OF = {
    "bool": {"bool_type", "bool_parsing"},
    "int": {"int_type", "int_parsing", "int_from_float", "int_parsing_size"},
    "float": {"float_type", "float_parsing", "finite_number"},
    "str": {"string_type"},
    "date": {"date_type", "date_parsing", "date_from_datetime_parsing",
             "date_from_datetime_inexact"},
    "literal": {"literal_error"},
    "list": {"list_type"},
    "tuple": {"tuple_type", "too_short", "too_long"},
    "dict": {"dict_type"},
    "model": {"model_type", "model_attributes_type"},
    "model-fields": {"model_attributes_type", "missing", "extra_forbidden", "invalid_key"},
    "dataclass": {"dataclass_type", "dataclass_exact_type"},
    "dataclass-args": {"missing_argument", "unexpected_keyword_argument", "invalid_key"},
    "nullable": set(), "any": set(), "default": set(), "definitions": set(),
    "definition-ref": set(), "model-field": set(), "dataclass-field": set(), "union": set(),
    "no-info": set(), "with-info": set(),
    # validators: a Refusal carries its own message; anything else is pydantic.other
    "function-after": {"value_error", "assertion_error"},
    "function-before": {"value_error", "assertion_error"},
    "function-wrap": {"value_error", "assertion_error"},
    "function-plain": {"value_error", "assertion_error"},
}
# constraints of a node, and the error each gives
_CONSTRAINTS = {"min_length": {"str": "string_too_short", "": "too_short"},
                "max_length": {"str": "string_too_long", "": "too_long"},
                "gt": {"": "greater_than"}, "ge": {"": "greater_than_equal"},
                "lt": {"": "less_than"}, "le": {"": "less_than_equal"},
                "pattern": {"": "string_pattern_mismatch"}}
# raised by validators of nsc-check's own, which raise Refusals: worded as pydantic.other
_VALIDATORS = {"value_error", "assertion_error"}


def _models() -> list[Any]:
    found = {}
    for info in pkgutil.walk_packages(nsc_check.__path__, "nsc_check."):
        if ".messages" in info.name or info.name.endswith("__main__"):
            continue
        for obj in vars(importlib.import_module(info.name)).values():
            if inspect.isclass(obj) and obj.__module__.startswith("nsc_check") \
                    and hasattr(obj, "__pydantic_core_schema__"):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return list(found.values())


def _schema_errors() -> tuple[set[str], set[str]]:
    """The error types the models' schemas can give, and the schema node types not known here."""
    errors: set[str] = set()
    unknown: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            kind = node.get("type")
            if isinstance(kind, str) and ("schema" in node or kind in _ERRORS_OF
                                          or "ref" in node or "fields" in node):
                if kind not in _ERRORS_OF:
                    unknown.add(kind)
                errors.update(_ERRORS_OF.get(kind, ()))
                for key, by_type in _CONSTRAINTS.items():
                    if node.get(key) is not None:
                        errors.add(by_type.get(kind, by_type[""]))
            for value in node.values():
                walk(value)
        elif isinstance(node, (list, tuple)):
            for value in node:
                walk(value)

    for model in _models():
        walk(model.__pydantic_core_schema__)
    return errors, unknown


_CTX = {"gt": 1, "ge": 1, "lt": 1, "le": 1, "min_length": 1, "max_length": 2,
        "actual_length": 3, "expected": "'pass' or 'fail'", "pattern": "^x$",
        "error": "month value is outside expected range of 1-12", "class_name": "Thing",
        "field_type": "Value", "tag": "x", "discriminator": "'kind'", "expected_tags": "'a'"}


def _error(kind: str) -> dict[str, Any]:
    """A real pydantic error of this type, with pydantic's English message."""
    if kind in _VALIDATORS:
        ctx: dict[str, Any] = {"error": ValueError("Some English words of a validator")}
    else:
        ctx = {}
        for key, value in _CTX.items():  # the context this type needs, found by asking
            try:
                PydanticKnownError(kind, {**ctx, key: value})  # type: ignore[arg-type]
                ctx[key] = value
            except (KeyError, TypeError):
                continue
        try:
            PydanticKnownError(kind, ctx or None)  # type: ignore[arg-type]
        except (KeyError, TypeError):
            ctx = {k: v for k, v in _CTX.items()}
    exc = ValidationError.from_exception_data(
        "Model", [{"type": kind, "loc": ("evidence", "S04.08"), "input": 1,
                   **({"ctx": ctx} if ctx else {})}])
    return exc.errors(include_url=False)[0]


def test_every_schema_node_of_the_models_is_known_here():
    _errors, unknown = _schema_errors()
    assert not unknown, f"schema nodes whose errors are not listed in this test: {unknown}"


def test_every_error_the_models_can_give_is_worded_by_the_catalogue():
    errors, _unknown = _schema_errors()
    assert {"invalid_key", "extra_forbidden", "missing", "literal_error"} <= errors
    unworded = sorted(e for e in errors - _VALIDATORS
                      if f"pydantic.{_MODEL_ERRORS.get(e, e)}" not in CATALOGUE)
    assert not unworded


@pytest.mark.zh
def test_no_english_of_pydantic_reaches_a_chinese_reader():
    errors, _unknown = _schema_errors()
    for kind in sorted(errors):
        err = _error(kind)
        message = pydantic_message(err)
        zh = message.text("zh")
        assert err["msg"] not in zh, kind
        words = [w for w in re.findall(r"[A-Za-z]{3,}", zh) if w not in ("pass", "fail")]
        assert not words, (kind, zh)
        if kind not in _VALIDATORS:
            assert message.code != "pydantic.other", kind
        assert message.text("en") != err["msg"] or kind in _VALIDATORS, kind


# ---------------------------------------------------------------------------------------------
# `{numerator: 1,560}`


@pytest.mark.parametrize("entry,written,column", [
    ("{numerator: 1,560, denominator: 1,630}", "1,560", 23),
    ("{numerator: 156, denominator: 1,630}", "1,630", 41),
    ("{numerator: 1,560,000, denominator: 2}", "1,560,000", 23),
    ("{numerator: 12,560 }", "12,560", 23),
])
@pytest.mark.parametrize("parser", ["c", "python"])
def test_a_thousands_comma_inside_braces_is_said_where_it_is(monkeypatch, parser, entry, written,
                                                             column):
    if parser == "python":  # where ruamel's C extension is absent
        from ruamel.yaml.loader import SafeLoader

        from nsc_check import yamlio

        monkeypatch.setattr(yamlio, "_Loader", SafeLoader)
    with pytest.raises(InputError) as caught:
        parse_yaml(f"department: env\nevidence:\n  S04.08: {entry}\n", "env.yaml")
    [problem] = caught.value.problems
    assert (problem.line, problem.column, problem.field) == (3, column, "evidence.S04.08")
    assert problem.render("en") == (
        f"env.yaml:3:{column}: error: evidence.S04.08: the comma in the number {written} splits "
        f"the entry inside braces (what follows it is read as another key) (hint: write "
        f"{written.replace(',', '')} (without the comma), or quote it: '{written}')")


@pytest.mark.parametrize("entry", ["{numerator: '1,560', denominator: 163}",
                                   "{2009: 276,2010: 280}", "{100: 5,200: 7}",
                                   "[1,560]", "'1,560'", "{a: x,560}"])
def test_what_is_no_such_comma_reads_as_before(entry):
    doc = parse_yaml(f"evidence:\n  S04.08: {entry}\n", "env.yaml")
    assert doc.data["evidence"]["S04.08"] is not None


def _city(tmp_path: Path, entry: str) -> Path:
    city = tmp_path / "city"
    shutil.copytree(REPO / "evidence", city)
    env = city / "env.yaml"
    text = env.read_text(encoding="utf-8")
    assert "  S04.08: {numerator: 156, denominator: 163}" in text
    env.write_text(text.replace("  S04.08: {numerator: 156, denominator: 163}",
                                f"  S04.08: {entry}"), encoding="utf-8")
    return city


@pytest.mark.zh
def test_a_thousands_comma_inside_braces_is_said_in_chinese(runner, tmp_path):
    city = _city(tmp_path, "{numerator: 1,560, denominator: 1,630}")
    result = runner.invoke(main, ["validate", str(city)])
    assert result.exit_code == 2
    assert ("env.yaml:20:23: 错误: evidence.S04.08：数字 1,560 中的逗号在花括号内会把这一项拆成两项"
            "（逗号后的部分被当成另一个字段）（提示：请写成 1560（不加逗号），或加引号写成 '1,560'）"
            ) in result.output
    assert "Keys should be strings" not in result.output


@pytest.mark.zh
def test_a_number_for_a_field_name_is_said_in_chinese(runner, tmp_path):
    city = _city(tmp_path, "{numerator: 156, denominator: 163, 5: 1}")
    result = runner.invoke(main, ["validate", str(city)])
    assert result.exit_code == 2
    assert "evidence.S04.08[5]：不认识的字段（字段名应为文字，不能是数字）" in result.output
