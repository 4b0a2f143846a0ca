"""How the collection of evidence stands: a pure function of the pack, the loaded evidence and the
Assessment, for `nsc-check status` and the head of every report.

Every item the pack asks evidence for (its indicators, and the basic conditions with evidence of
their own) is counted once, in one of four states:

- reported: evidence that can be used and is current (whatever it scores, and a declaration:
  not applicable, or a waiver);
- not_reported: nothing yet, an entry left as `nsc-check init` wrote it, or evidence that does
  not cover what is asked (a series short of its years);
- invalid: evidence that cannot be used as written;
- stale: evidence that is out of date.

An item is placed under the department whose file reports it or, when none does, the department
whose file holds its empty entry, else its lead department: the one to ask for it.
"""

from __future__ import annotations

from pathlib import Path

from .evidence import EvidenceSet
from .messages import msg
from .pack import Pack
from .result import (
    Assessment,
    Collection,
    CollectionState,
    DepartmentCollection,
    ProblemData,
    department,
)
from .text import LocalText

STATES: tuple[CollectionState, ...] = ("reported", "not_reported", "invalid", "stale")


def collect(pack: Pack, evidence: EvidenceSet, assessment: Assessment) -> Collection:
    states = _states(evidence, assessment)
    owners = _owners(pack, evidence, states)
    lists: dict[str, dict[str, list[str]]] = {}
    for item_id, state in states.items():
        owner = owners[item_id]
        if owner not in lists:
            lists[owner] = {s: [] for s in STATES}
        lists[owner][state].append(item_id)
    files: dict[str, list[str]] = {}
    for name, dept in evidence.departments.files.items():
        files.setdefault(dept, []).append(name)
    departments = [
        DepartmentCollection(
            department=department(dept, pack.header.departments[dept]),
            contact=evidence.departments.contacts.get(dept), files=sorted(files.get(dept, [])),
            **lists[dept])
        for dept in pack.header.departments if dept in lists]
    totals = {s: sum(1 for v in states.values() if v == s) for s in STATES}
    waiting = totals["not_reported"]
    return Collection(
        items=len(states), **totals, collecting=waiting > 0,
        notice=LocalText.from_msg(msg("collect.collecting", count=waiting)) if waiting else None,
        departments=departments,
        problems=[ProblemData.of(p) for p in evidence.astray])


def _states(evidence: EvidenceSet, assessment: Assessment) -> dict[str, CollectionState]:
    """Each item's state, in the pack's order: indicators, then conditions with own evidence."""
    states: dict[str, CollectionState] = {}
    for r in assessment.indicators:
        states[r.id] = _state(evidence, r.id, r.status)
    for c in assessment.conditions:
        if c.kind is not None:
            states[c.id] = _state(evidence, c.id, c.evidence_status or "missing")
    return states


def _state(evidence: EvidenceSet, item_id: str, status: str) -> CollectionState:
    entry = evidence.entries.get(item_id)
    if entry is None:
        return "not_reported"
    if status in ("invalid", "stale"):
        return status  # type: ignore[return-value]
    if status == "missing" and not (entry.waiver is not None and entry.data is None):
        return "not_reported"  # given, but short of what is asked (a waiver alone is a decision)
    return "reported"


def _owners(pack: Pack, evidence: EvidenceSet, states: dict[str, CollectionState]
            ) -> dict[str, str]:
    """The department to ask for each item."""
    left_empty = {u.id: evidence.departments.files.get(Path(u.file).name)
                  for u in evidence.unfilled}
    owners = {}
    for item_id in states:
        entry = evidence.entries.get(item_id)
        owner = pack.indicator(item_id) or pack.condition(item_id)
        assert owner is not None
        owners[item_id] = (entry.department if entry is not None else
                           left_empty.get(item_id) or owner.lead)
    return owners
