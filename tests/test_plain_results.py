"""IndicatorResult and Location are plain dataclasses made without validation (assess.py): each
made so must be what validating its fields gives, and the JSON of a saved result must read back."""

from __future__ import annotations

import dataclasses
import json

import pytest
from conftest import MINI_EVIDENCE, REPO
from helpers import run, run_diff, save_result
from pydantic import TypeAdapter, ValidationError

from nsc_check import assess as assessing
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack
from nsc_check.result import Assessment, IndicatorResult, Location


def _validated(r: IndicatorResult) -> IndicatorResult:
    return TypeAdapter(IndicatorResult).validate_python(
        {f.name: getattr(r, f.name) for f in dataclasses.fields(r)})


def _same_as_validated(result: Assessment) -> None:
    for r in result.indicators:
        v = _validated(r)
        assert v == r
        for f in dataclasses.fields(r):  # the same types too: 3 and 3.0 are equal, not alike
            assert type(getattr(v, f.name)) is type(getattr(r, f.name)), (r.id, f.name)


def test_sample_results_are_what_validation_makes():
    pack = load_pack()
    _same_as_validated(assessing.assess(pack, load_evidence(REPO / "evidence", pack)))


def test_mini_results_are_what_validation_makes(mini_pack):
    result = run(mini_pack, MINI_EVIDENCE)
    _same_as_validated(result)
    # and read back from its JSON, equal to what was made
    assert Assessment.model_validate_json(result.model_dump_json()) == result


def test_a_count_is_written_as_validation_writes_it(mini_pack):
    result = run(mini_pack, MINI_EVIDENCE)
    counts = [r for r in result.indicators if r.kind in ("document", "no_events")
              and r.measured is not None]
    assert counts and all(type(r.measured) is float for r in counts)
    data = json.loads(result.model_dump_json())
    assert all(isinstance(i["measured"], float) for i in data["indicators"]
               if i["kind"] in ("document", "no_events") and i["measured"] is not None)


def test_an_unexpected_type_is_validated_or_refused(mini_pack):
    r = run(mini_pack, MINI_EVIDENCE).indicators[0]
    converted = assessing._validated(dataclasses.replace(r, measured=True, points_awarded=2))
    assert converted.measured == 1.0 and type(converted.measured) is float
    assert type(converted.points_awarded) is float
    odd = dataclasses.replace(r, points_lost=float("nan"))
    assert not assessing._as_validated(odd)
    with pytest.raises(ValidationError):
        assessing._validated(odd)
    assert assessing._location("a.yaml", 3) == Location(file="a.yaml", line=3)
    with pytest.raises(ValidationError):
        assessing._location("a.yaml", "x")  # type: ignore[arg-type]


def test_diff_words_a_saved_indicator_with_an_unknown_field_as_a_model_would(runner, tmp_path):
    saved = save_result(runner, MINI_EVIDENCE, tmp_path / "a.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["indicators"][0]["bogus"] = 1
    del data["indicators"][1]["evidence"]["file"]
    data["indicators"][2] = "x"
    bad = tmp_path / "b.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    res = run_diff(runner, saved, bad)
    assert res.exit_code == 2
    assert "indicators[0].bogus: unknown field" in res.output
    assert "indicators[1].evidence.file: required field is missing" in res.output
    assert "indicators[2]: expected key: value lines here" in res.output
