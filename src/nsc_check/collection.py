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

from .evidence import Entry, EvidenceSet
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
    states, leads = _states(evidence, assessment)
    owners = _owners(evidence, states, leads)
    lists: dict[str, dict[str, list[str]]] = {}
    totals = dict.fromkeys(STATES, 0)
    for item_id, state in states.items():
        owner = owners[item_id]
        found = lists.get(owner)
        if found is None:
            found = lists[owner] = {s: [] for s in STATES}
        found[state].append(item_id)
        totals[state] += 1
    files: dict[str, list[str]] = {}
    for name, dept in evidence.departments.files.items():
        files.setdefault(dept, []).append(name)
    contacts = evidence.departments.contacts
    names = pack.header.departments
    departments = [
        DepartmentCollection(
            department=department(dept, names[dept]), contact=contacts.get(dept),
            files=sorted(files.get(dept, [])), **lists[dept])
        for dept in names if dept in lists]
    waiting = totals["not_reported"]
    return Collection(
        items=len(states), **totals, collecting=waiting > 0,
        notice=LocalText.from_msg(msg("collect.collecting", count=waiting)) if waiting else None,
        departments=departments,
        problems=[ProblemData.of(p) for p in evidence.astray])


def _states(evidence: EvidenceSet, assessment: Assessment
            ) -> tuple[dict[str, CollectionState], dict[str, str]]:
    """Each item's state, in the pack's order: indicators, then conditions with own evidence;
    and each item's lead department (an indicator's before a condition's of the same id)."""
    states: dict[str, CollectionState] = {}
    leads: dict[str, str] = {}
    entries = evidence.entries
    for r in assessment.indicators:
        states[r.id] = _state(entries.get(r.id), r.status)
        leads.setdefault(r.id, r.lead.id)
    for c in assessment.conditions:
        if c.kind is not None:
            states[c.id] = _state(entries.get(c.id), c.evidence_status or "missing")
            leads.setdefault(c.id, c.lead.id)
    return states, leads


def _state(entry: Entry | None, status: str) -> CollectionState:
    if entry is None:
        return "not_reported"
    if status in ("invalid", "stale"):
        return status  # type: ignore[return-value]
    if status == "missing" and not (entry.waiver is not None and entry.data is None):
        return "not_reported"  # given, but short of what is asked (a waiver alone is a decision)
    return "reported"


def _owners(evidence: EvidenceSet, states: dict[str, CollectionState], leads: dict[str, str]
            ) -> dict[str, str]:
    """The department to ask for each item: the one whose file reports it, else whose file holds
    its empty entry, else its lead."""
    files = evidence.departments.files
    left_empty = {u.id: files.get(Path(u.file).name) for u in evidence.unfilled}
    entries = evidence.entries
    owners = {}
    for item_id in states:
        entry = entries.get(item_id)
        owners[item_id] = (entry.department if entry is not None else
                           left_empty.get(item_id) or leads[item_id])
    return owners
