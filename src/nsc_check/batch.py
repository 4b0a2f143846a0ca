"""Assessing many cities at once: find their evidence folders, assess them across cores, rank them.

The pack is loaded once by the caller and handed to each worker process once (by the pool's
initializer), so the work per city is only `load_evidence` + `assess`. A city whose evidence
cannot be read does not stop the others: its problems travel back as its result.

Workers send back what the report needs, not the Assessment object itself: the league-table row
(read from the judged city, nothing recomputed; without JSON no Assessment is built at all, see
row_of_judgement) and, for JSON, the Assessment already dumped to plain data, which crosses the
process boundary far faster than pydantic models. That JSON is not kept in memory until the
ranking: it goes to a `Spool` (a temporary file) as it arrives and is read back in rank order, so
a batch of 3,000 cities needs no more memory than one of 30.
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import Detail, InputError, Problem
from .evidence import CITY_FILE, department_files
from .messages import msg
from .pack import Pack
from .result import Assessment, ProblemData, is_gap
from .text import LocalText

if TYPE_CHECKING:
    from .assess import Judgement

# Ranking order of the verdicts: ready first, then eligible, then not eligible.
VERDICT_ORDER = {"ready": 0, "eligible_not_ready": 1, "not_eligible": 2}


@dataclass
class Row:
    """One city's line in the league table, read from its Assessment."""

    city: LocalText
    verdict: str
    eligible: bool
    ready: bool
    percent: float
    conditions_not_met: list[str]
    gaps: int
    weakest: str | None  # id of the section with the lowest percentage
    weakest_percent: float | None


@dataclass
class CityResult:
    """What became of one evidence folder: a row (and the JSON data), or the problems found."""

    folder: str
    row: Row | None = None
    data: bytes | None = None  # the Assessment as JSON (UTF-8), when asked for, until spooled
    problems: list[Problem] = field(default_factory=list)
    spooled: tuple[int, int] | None = None  # where `data` went in the Spool: offset, length

    @property
    def broken(self) -> bool:
        return self.row is None


class Spool:
    """The cities' JSON, kept in a temporary file instead of memory while the batch runs, and read
    back one city at a time in rank order. The file is deleted when the spool closes."""

    def __init__(self) -> None:
        try:
            self.file = tempfile.TemporaryFile(prefix="nsc-check-batch-")
        except OSError as exc:
            raise self._failed(exc) from None
        self.size = 0

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def keep(self, result: CityResult) -> None:
        """Move the result's JSON into the spool (the result keeps where it went)."""
        if result.data is None:
            return
        try:
            self.file.seek(self.size)
            self.file.write(result.data)
        except OSError as exc:  # the temporary folder full: said, not a trace
            raise self._failed(exc) from None
        result.spooled, result.data = (self.size, len(result.data)), None
        self.size += result.spooled[1]

    def data(self, result: CityResult) -> bytes | None:
        """The result's JSON, from the spool or from the result itself."""
        if result.spooled is None:
            return result.data
        offset, length = result.spooled
        self.file.seek(offset)
        return self.file.read(length)

    @staticmethod
    def _failed(exc: OSError) -> InputError:
        return InputError.single(msg("batch.spool_failed", detail=Detail.of_os_error(exc)),
                                 tempfile.gettempdir(), hint=msg("batch.hint.spool"))


def find_cities(paths: Iterable[str | Path], warnings: list[Problem] | None = None) -> list[Path]:
    """Each path is a city's evidence folder (has city.yaml) or a folder of such folders.

    A folder inside that holds YAML files but no city.yaml is not a city: it is passed over, with
    a warning in `warnings` (a city whose city.yaml was forgotten must not vanish unsaid)."""
    found: list[Path] = []
    problems: list[Problem] = []
    for given in paths:
        path = Path(given)
        if not path.is_dir():
            problems.append(Problem(msg("batch.not_a_folder"), str(path),
                                    hint=msg("batch.hint.folders")))
        elif (path / CITY_FILE).is_file():
            found.append(path)
        else:
            folders = sorted(p for p in path.iterdir() if p.is_dir())
            inside = [p for p in folders if (p / CITY_FILE).is_file()]
            if warnings is not None:
                warnings.extend(
                    Problem(msg("batch.no_city_file", city_file=CITY_FILE), str(p),
                            hint=msg("batch.hint.add_city_file", city_file=CITY_FILE),
                            severity="warning")
                    for p in folders if p not in inside and department_files(p))
            if not inside:
                problems.append(Problem(msg("batch.no_cities", city_file=CITY_FILE), str(path),
                                        hint=msg("batch.hint.no_cities")))
            found.extend(inside)
    if problems:
        raise InputError(problems)
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if len(unique) != len(found):  # the same city named twice: assess it once
        by_real = {p.resolve(): p for p in reversed(found)}
        found = [by_real[real] for real in unique]
    return found


def row_of(assessment: Assessment) -> Row:
    """The row read from a full Assessment (when its JSON is wanted too)."""
    summary = assessment.summary
    # a section with nothing left to score (its percent null) is not the weakest
    weakest = min((s for s in assessment.sections if s.percent is not None),
                  key=lambda s: s.percent or 0.0, default=None)
    return Row(
        city=assessment.city.name, verdict=summary.verdict, eligible=summary.eligible,
        ready=summary.ready, percent=summary.percent,
        conditions_not_met=[c.id for c in assessment.conditions if c.status != "met"],
        gaps=len(assessment.gaps()),
        weakest=weakest.id if weakest else None,
        weakest_percent=weakest.percent if weakest else None)


def row_of_judgement(judgement: Judgement) -> Row:
    """The same row read straight from the judged city (assess.judge), without building its
    bilingual Assessment: what a batch drawing only the league table needs. Nothing is
    recomputed: statuses, score and verdict are those `assess` would put in the Assessment
    (tests/test_batch.py checks that the two rows agree)."""
    level = judgement.level
    sections = judgement.sections
    weakest = min((n for n in range(len(sections)) if sections[n].possible),
                  key=lambda n: sections[n].percent, default=None)
    return Row(
        city=judgement.evidence.city.name, verdict=level, eligible=level != "not_eligible",
        ready=level == "ready", percent=judgement.percent,
        conditions_not_met=[c.cond.id for c in judgement.conditions if c.status != "met"],
        gaps=sum(is_gap(j.status) for j in judgement.indicators),
        weakest=judgement.pack.sections[weakest].id if weakest is not None else None,
        weakest_percent=sections[weakest].percent if weakest is not None else None)


# ---------------------------------------------------------------------------------------------
# Work in a worker process: the pack and options arrive once, through the initializer.

_worker: dict[str, Any] = {}


def _init_worker(pack: Pack, as_of: dt.date | None, with_data: bool) -> None:
    _worker.update(pack=pack, as_of=as_of, with_data=with_data)


# How often a pool worker looks whether the batch that started it is still there (seconds)
PARENT_CHECK_SECONDS = 0.2


def _init_pool_worker(pack: Pack, as_of: dt.date | None, with_data: bool) -> None:
    """A pool worker's start: the pack and options, and a worker that ends with its batch.

    Ctrl-C reaches every process of the terminal's group: the batch decides (it stops the pool,
    which ends its workers, and removes a half-written output); the workers ignore it. A batch
    that ends without stopping its pool (SIGKILL, a crash) leaves its workers waiting for work
    for ever: a thread of each watches its parent and ends the worker when it is gone (its
    parent is then another process).
    """
    import signal
    import threading

    _init_worker(pack, as_of, with_data)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the batch's own SIGTERM handler (cli.py), inherited by a forked worker, is not the
    # worker's: the pool ends a worker with SIGTERM when another one broke, and it must end
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(EXIT_ORPHANED)

    threading.Thread(target=watch, name="nsc-check-parent-watch", daemon=True).start()


EXIT_ORPHANED = 2  # a worker whose batch is gone: nobody reads it, but never 0


def _assess_folder(folder: str) -> CityResult:
    from .assess import build, judge
    from .evidence import load_evidence

    pack: Pack = _worker["pack"]
    try:
        evidence = load_evidence(Path(folder), pack, as_of=_worker["as_of"])
    except InputError as exc:
        return CityResult(folder=folder, problems=exc.problems)
    except Exception as exc:  # noqa: BLE001 - one city's unforeseen failure must not stop the rest
        return CityResult(folder=folder, problems=[Problem(
            msg("batch.internal_error", error=f"{type(exc).__name__}: {exc}"), folder,
            hint=msg("batch.hint.report"))])
    judgement = judge(pack, evidence, _worker["as_of"])
    if not _worker["with_data"]:  # the league table alone: no Assessment built
        return CityResult(folder=folder, row=row_of_judgement(judgement))
    assessment = build(judgement)
    data = assessment.__pydantic_serializer__.to_json(assessment)
    return CityResult(folder=folder, row=row_of(assessment), data=data)


# Starting a pool of workers (forking, each worker's first imports, sending the results back)
# costs about what assessing three cities in this process does: a worker is started only for every
# four cities (unless --jobs asks otherwise).
CITIES_PER_WORKER = 4


def assess_cities(pack: Pack, folders: list[Path], as_of: dt.date | None = None,
                  with_data: bool = False, jobs: int | None = None,
                  on_result: Callable[[CityResult], None] | None = None,
                  spool: Spool | None = None) -> list[CityResult]:
    """Assess every folder, in parallel when there are several cores and cities enough for them
    (CITIES_PER_WORKER a worker, unless `jobs` says how many).

    Results come back in the order of `folders`; `on_result` is called as each one arrives. With
    `spool`, each city's JSON goes into it as it arrives instead of staying in memory.
    """
    names = [str(f) for f in folders]
    if not jobs:  # a worker for every core, but only for cities enough to repay its start
        jobs = min(os.cpu_count() or 1, len(names) // CITIES_PER_WORKER)
    jobs = min(jobs, len(names)) or 1
    results: list[CityResult] = []
    for result in _run(pack, names, as_of, with_data, jobs):
        if spool is not None:
            spool.keep(result)
        results.append(result)
        if on_result is not None:
            on_result(result)
    return results


def _run(pack: Pack, names: list[str], as_of: dt.date | None, with_data: bool,
         jobs: int) -> Iterator[CityResult]:
    if jobs <= 1:
        _init_worker(pack, as_of, with_data)
        yield from map(_assess_folder, names)
        return
    # Small chunks keep the progress bar moving and the cores evenly loaded; not so small that
    # each city pays a round trip.
    chunk = max(1, min(16, len(names) // (jobs * 8)))
    # here: a batch in this process does without concurrent.futures and multiprocessing (8 ms)
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # The workers are forked with the pack and every module in memory: frozen, the collector of
    # each worker never walks them (which would write into, and so copy, every page they share)
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init_pool_worker,
                                 initargs=(pack, as_of, with_data)) as pool:
            yield from pool.map(_assess_folder, names, chunksize=chunk)
    except BrokenProcessPool:  # a worker killed from outside (or by the system, out of memory)
        raise InputError.single(msg("cli.worker_ended"), hint=msg("cli.hint.worker_ended")
                                ) from None
    finally:
        gc.unfreeze()  # this process collects as before (a caller may go on: tests, tools)


def league(results: list[CityResult]) -> list[CityResult]:
    """Assessed cities ranked by verdict (ready, eligible, not eligible), then score; broken last."""
    assessed = [r for r in results if r.row is not None]
    assessed.sort(key=lambda r: (VERDICT_ORDER[r.row.verdict], -r.row.percent,  # type: ignore[union-attr]
                                 r.row.city.zh, r.folder))  # type: ignore[union-attr]
    return assessed + [r for r in results if r.row is None]


def exit_code(results: list[CityResult]) -> int:
    """2 if any city's evidence could not be read, else 0 if every city is ready, else 1."""
    if any(r.broken for r in results):
        return 2
    return 0 if all(r.row is not None and r.row.ready for r in results) else 1


def json_chunks(ranked: list[CityResult], tool_version: str, pack: Pack,
                spool: Spool | None = None) -> Iterator[bytes]:
    """The batch JSON, piece by piece: one entry per city, its Assessment or its errors.

    The shape is `result.BatchReport` (`nsc-check schema --of batch`): `assessment` is exactly what
    `assess --format json` prints for that city (null when its evidence could not be read;
    `errors` then lists the problems). A spooled city's JSON is read from `spool`.
    """
    head = {"tool_version": tool_version, "pack": pack.id,
            "assessed": sum(not r.broken for r in ranked), "broken": sum(r.broken for r in ranked)}
    yield (json.dumps(head, ensure_ascii=False)[:-1] + ', "cities": [\n').encode("utf-8")
    for rank, result in enumerate(ranked, 1):
        entry = {"folder": result.folder, "rank": None if result.broken else rank,
                 "errors": [ProblemData.of(p).model_dump() for p in result.problems]}
        text = json.dumps(entry, ensure_ascii=False)[:-1] + ', "assessment": '
        data = spool.data(result) if spool is not None else result.data
        yield text.encode("utf-8") + (data or b"null") + (
            b"}\n" if rank == len(ranked) else b"},\n")
    yield b"]}\n"
