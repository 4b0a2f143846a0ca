"""A department file's header read without the model when written plainly: the same values as
`DepartmentFile`, and the model's own refusal for anything else."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from nsc_check.evidence import DepartmentFile, _plain_header

HEADERS: list[Any] = [
    {"department": "health", "as_of": "2025-09-03", "evidence": {"S02.02": "82.9%"}},
    {"department": "health", "contact": "疾控科", "evidence": None},
    {"as_of": "2025年9月3日", "evidence": {}},  # the department from the file's name
    {"department": "health"},
    {"department": "health", "as_of": "2025-02-30", "evidence": {}},
    {"department": "health", "as_of": dt.date(2025, 1, 1)},
    {"department": 7, "evidence": {}},
    {"department": "health", "contact": 110},
    {"department": "health", "evidence": {2025: 1}},
    {"department": "health", "evidence": ["S02.02"]},
    {"department": "health", "evidence": "S02.02:96%"},
    {"department": "health", "extra": 1},
    {"department": None},
    ["health"],
    "health",
    None,
]


@pytest.mark.parametrize("data", HEADERS)
def test_a_plain_header_reads_as_the_model_reads_it(data):
    plain = _plain_header(data, "/x/health.yaml")
    model_data = {**data, "department": "health"} if isinstance(data, dict) and \
        "department" not in data else data
    try:
        model = DepartmentFile.model_validate(model_data)
    except ValidationError:
        assert plain is None  # refused: by the model, in its words
        return
    if plain is not None:
        assert (plain.department, plain.as_of, plain.contact, plain.evidence) == \
            (model.department, model.as_of, model.contact, model.evidence)
