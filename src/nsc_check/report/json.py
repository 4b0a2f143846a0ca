"""The JSON report: the Assessment as its documented contract (see `nsc-check schema`)."""

from __future__ import annotations

import json

from pydantic import BaseModel

from ..result import Assessment


def render(assessment: Assessment) -> str:
    return assessment.model_dump_json(indent=2, exclude_none=False) + "\n"


def schema(of: type[BaseModel] = Assessment) -> str:
    return json.dumps(of.model_json_schema(mode="serialization"), indent=2,
                      ensure_ascii=False) + "\n"
