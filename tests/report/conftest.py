"""Fixtures the reporters' tests share."""

from __future__ import annotations

import pytest
from helpers import HOSTILE


@pytest.fixture
def city(evidence_dir):
    """The mini city with a hostile finding, and S01.07 no longer reported (a `missing` gap)."""
    sanitation = evidence_dir / "sanitation.yaml"
    sanitation.write_text(sanitation.read_text(encoding="utf-8").replace(
        "problem: 乱堆乱放", f'problem: "{HOSTILE}"'), encoding="utf-8")
    env = evidence_dir / "env.yaml"
    env.write_text(env.read_text(encoding="utf-8").replace("  S01.07: []\n", ""), encoding="utf-8")
    return evidence_dir
