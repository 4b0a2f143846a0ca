"""`nsc-check plan`: the cheapest set of gaps whose closing makes the city ready."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import click

from ..messages import Lang, msg
from .base import NscCommand, lang_option
from .common import date_option, emit, emit_rich, pack_options, report_input_errors
from .usage import BadValue


@click.command(cls=NscCommand)
@click.argument("evidence_dir", default="evidence", type=click.Path(file_okay=False))
@pack_options
@click.option("--as-of", "as_of", callback=date_option, metavar="DATE")
@click.option("--costs", "costs_file", metavar="FILE")
@click.option("--deadline", callback=date_option, metavar="DATE")
@click.option("--by", type=click.Choice(["stage", "department"]), default="stage",
              show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--output", "-o", metavar="FILE")
@lang_option()
@report_input_errors
def plan(evidence_dir: str, criteria_id: str | None, overlays: tuple[str, ...],
         as_of: dt.date | None, costs_file: str | None, deadline: dt.date | None, by: str,
         fmt: str, output: str | None, lang: Lang) -> None:
    # help: cli.help.plan
    from ..assess import assess
    from ..errors import InputError
    from ..evidence import load_evidence
    from ..pack import load_pack

    pack = load_pack(criteria_id, overlays)
    if pack.header.scoring != "points":  # the plan weighs gaps by the points they regain
        raise InputError.single(msg("structure.plan_items_pack", pack=pack.id),
                                hint=msg("structure.hint_plan_items"))
    folder = Path(evidence_dir)
    evidence = load_evidence(folder, pack, as_of=as_of)
    result = assess(pack, evidence, as_of)
    if deadline is not None and deadline <= result.as_of:
        raise BadValue(msg("plan.deadline_past", deadline=str(deadline), as_of=str(result.as_of)),
                       param_hint="--deadline")
    made = build_plan(pack, evidence, result, folder, costs_file, deadline)
    if fmt == "json":
        emit(made.model_dump_json(indent=2) + "\n", output)
        return
    from ..report import plan as plan_report

    emit_rich(lambda console: plan_report.render(made, console, lang, by), output)


def build_plan(pack: Any, evidence: Any, result: Any, folder: Path,
               costs_file: str | None = None, deadline: dt.date | None = None) -> Any:
    """The plan of an assessment on the evidence, with the city's costs (`--costs`, else the
    folder's plan file), checked by assessing with the plan's gaps assumed closed."""
    from ..assess import assess
    from ..errors import InputError
    from ..evidence import PLAN_FILE
    from ..inputs import check_file
    from ..plan import costs_of, make_plan

    path = Path(costs_file) if costs_file else folder / PLAN_FILE
    if costs_file:
        check_file(path, msg("plan.costs_not_found"), msg("plan.costs_hint"))
    overrides = read_costs(path, pack) if path.is_file() else {}
    made = make_plan(pack, result, costs_of(pack, overrides), deadline,
                     str(path) if path.is_file() else None)
    check = assess(pack, evidence, result.as_of, assume_pass=made.ids())
    if not check.summary.ready:  # the plan and the assessment disagree: refuse, never guess
        raise InputError.single(msg("plan.unverified", ids=made.ids()))
    return made


def read_costs(path: Path, pack: Any) -> dict[str, str | int]:
    """The city's own estimates of the work a gap takes: `effort: {S03.02: weeks, S04.03: 30}`
    (an effort class of the pack, or whole weeks); every problem with its line and column."""
    from ..errors import InputError, Problem
    from ..yamlio import read_yaml

    doc = read_yaml(path)
    data = doc.data
    problems: list[Problem] = []

    def problem(message: Any, where: tuple[Any, ...], hint: Any = None,
                field: str | None = None) -> None:
        line, column = doc.locate(where)
        problems.append(Problem(message, doc.file, line, column, hint, field=field))

    if data is None:
        return {}
    if not isinstance(data, dict) or set(data) - {"effort"}:
        problem(msg("plan.costs_shape"), (), msg("plan.costs_hint"))
        raise InputError(problems)
    efforts = data.get("effort") or {}
    if not isinstance(efforts, dict):
        problem(msg("plan.costs_shape"), ("effort",), msg("plan.costs_hint"), "effort")
        raise InputError(problems)
    known = {i.id for i in pack.indicators()} | {c.id for c in pack.conditions if c.kind}
    classes = pack.header.effort_classes
    out: dict[str, str | int] = {}
    for key, value in efforts.items():
        item = str(key)
        where = ("effort", key)
        name = f"effort.{item}"
        if item not in known:  # the key is wrong: its line
            problems.append(Problem(msg("plan.costs_unknown_id", item=item), doc.file,
                                    doc.key_line(where), None, msg("plan.costs_id_hint"),
                                    field=name))
        elif isinstance(value, bool) or value is None:
            problem(msg("plan.costs_bad_value", value=str(value)), where,
                    msg("plan.effort_hint", classes=list(classes)), name)
        elif isinstance(value, int):
            if not 1 <= value <= 520:
                problem(msg("plan.costs_bad_weeks", value=value), where, None, name)
            else:
                out[item] = value
        elif isinstance(value, str) and value.strip() in classes:
            out[item] = value.strip()
        else:
            problem(msg("plan.costs_bad_value", value=str(value)), where,
                    msg("plan.effort_hint", classes=list(classes)), name)
    if problems:
        raise InputError(problems)
    return out
