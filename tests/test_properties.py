"""Property-based: whatever a department writes, loading and assessing raise nothing but InputError."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from conftest import MINI_EVIDENCE, MINI_PACK
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nsc_check.assess import assess
from nsc_check.errors import InputError
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack
from nsc_check.yamlio import parse_yaml

PACK = load_pack(str(MINI_PACK))
IDS = sorted(PACK.evidence_ids())
KINDS = {i: (PACK.indicator(i) or PACK.condition(i)).kind for i in IDS}  # type: ignore[union-attr]

# Keys the kinds and the envelope read, so that trees reach past the first validator.
KEYS = st.sampled_from(["value", "numerator", "denominator", "incidents", "date", "description",
                        "grade", "result", "findings", "place", "problem", "sample", "file",
                        "issued", "as_of", "note", "not_applicable", "waiver", "justification",
                        "approved_by", "expires", "documents", "values", "plan", "summary",
                        "regulation", "powder", "rooms", "adults", "oothecae", "containers",
                        "2024", "2025", "2025年"]) | st.text(max_size=8)

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.dates().map(str),
    st.dates().map(lambda d: f"{d.year}年{d.month}月{d.day}日"),
    st.from_regex(r"[-+]?[0-9０-９]{1,6}([.．][0-9]{1,3})?\s?(%|％|dB\(A\)|天|days|人|)", fullmatch=True),
    st.sampled_from(["达标", "基本达标", "不达标", "合格", "IV类", "Ⅳ", "劣V", "是", "否", "无",
                     "attachments/plan.txt", "../x", "/etc/passwd", "C:\\x", ".nan", "1e999"]),
)

TREES = st.recursive(SCALARS, lambda children: st.lists(children, max_size=4)
                     | st.dictionaries(KEYS, children, max_size=5), max_leaves=25)


def _assess_with(evidence: dict[str, object], keep_going: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "evidence"
        shutil.copytree(MINI_EVIDENCE, folder)
        # YAML reads JSON: every generated tree is written exactly (NaN and Infinity as text).
        body = json.dumps({"department": "env", "evidence": evidence}, ensure_ascii=False)
        (folder / "env.yaml").write_text(body, encoding="utf-8")
        try:
            loaded = load_evidence(folder, PACK, strict=not keep_going)
        except InputError as exc:
            assert exc.problems and all(p.message_text("en") for p in exc.problems)
            return
        result = assess(PACK, loaded)
        assert result.summary.points_possible >= 0


_settings = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow])


@_settings
@given(evidence=st.dictionaries(st.sampled_from(IDS) | st.text(max_size=6), TREES, max_size=4),
       keep_going=st.booleans())
def test_random_trees_under_evidence_ids(evidence, keep_going):
    _assess_with(evidence, keep_going)


@_settings
@given(data=st.data(), keep_going=st.booleans())
def test_random_scalars_for_each_kind(data, keep_going):
    ids = data.draw(st.lists(st.sampled_from(IDS), min_size=1, max_size=len(IDS), unique=True))
    _assess_with({i: data.draw(SCALARS, label=f"{i} ({KINDS[i]})") for i in ids}, keep_going)


@_settings
@given(text=st.text(max_size=200))
def test_random_text_is_read_or_refused(text):
    try:
        parse_yaml(text, "random.yaml")
    except InputError as exc:
        assert all(p.file == "random.yaml" for p in exc.problems)
