"""Measure nsc-check against the performance targets of issue #15, in one run, with PASS or MISS.

    python benchmarks/run.py                 # the full run: several minutes on 2 cores
    python benchmarks/run.py --markdown      # the same, ending with the README's tables
    python benchmarks/run.py --quick         # 100 cities, one run each: a sanity check
    python benchmarks/run.py --cities 4 --repeat 1   # what the test runs

How it measures. Every timed subject is the `nsc-check` command in a fresh process, and so is
every floor: both are the wall time of the whole process, start-up included, measured the same
way by a small launcher (`os.wait4`, which also gives the process's peak resident set, its pool
workers included). A floor is what any program on this stack must do for the same task: start
Python, import pydantic, rich, click and ruamel.yaml, and parse the same YAML files with ruamel's
C safe loader (on 2 cores: across 2 processes). Measuring the floor without its start-up (as an
earlier version of this script did) would compare a whole command with a part of a process;
whole processes on both sides is the fairer comparison and the one used throughout. The floor
also reports its in-process parse time, printed for reference.

Runs are interleaved with their floors (floor, subject, floor, subject, ... in rounds), so a
slow spell of a shared machine falls on both; each figure is the median of its runs (the
minimum is printed too) and each ratio is the ratio of the medians. Printed for reference, not
judged: each run's ratio to the floor run just before it, their median ("paired"), which a slow
spell of a few seconds disturbs less. One unrecorded floor run before each group warms the page
cache. The load average before and after the run is printed: on a shared machine, rerun when it
was high.

Targets (N = --cities, 1,000 by default; the sets scale with it for a quick run):
  (a) `nsc-check --help` below the import floor (`python -c "import pydantic, rich, click,
      ruamel.yaml"`);
  (b) `nsc-check assess evidence/` (table) and `--format json`, each <= 2.5 x its floor (the
      stack's imports + parsing the sample's evidence/*.yaml, one process);
  (c) a batch of N cities, table (`batch DIR --output FILE`) and JSON (`--format json --output
      FILE`), each <= 1.5 x the floor on the same cores (2 processes parsing the same files);
  (d) the peak memory (largest resident set of any process) of a JSON batch of 3N cities < 100 MB;
  (e) a national run of 2.1N generated cities and counties (see synth.generate_national), table
      and JSON, each under 10 s;
  (f) cost linear in the number of cities: JSON batches of N/10, N and 3N cities; PASS when the
      cost per city (wall time / cities) at 3N is at most 1.25 x that at N. The fixed cost makes
      the small batch dearer per city; it and the marginal cost from N to 3N are printed too.

Then where the time goes (no targets; the README reports it): the fixed cost of a batch (2
cities), each phase of one city in this process on one core (read the YAML, validate, judge,
build the result, JSON) beside the floor's work on the same files, and drawing the league table.
These use the engine's functions (load_pack, read_yaml, load_evidence, judge, build, the JSON
reporter); a part whose function has moved is reported as not measured, never a crash.

The sets are generated once per run: 3N cities, whose first N/10 and N are hard-linked copies
(batch and evidence loading refuse symbolic links, not hard links), and 2.1N places for the
national run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from synth import generate, generate_national  # noqa: E402

from nsc_check.pack import load_pack  # noqa: E402

IMPORTS = "import pydantic, rich, click, ruamel.yaml"

# Run by `python -c` in a fresh process: the stack's imports, then parse every YAML file matching
# the pattern with the C safe loader, in this process or across N; prints the files and the
# seconds the parsing took (reference only: the floor is the wall time of this whole process).
_FLOOR = r"""
import sys, time, glob
import pydantic, rich, click, ruamel.yaml
from concurrent.futures import ProcessPoolExecutor
from ruamel.yaml.cyaml import CSafeLoader

def parse(paths):
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            loader = CSafeLoader(handle)
            try:
                loader.get_single_data()
            finally:
                loader.dispose()
    return len(paths)

if __name__ == "__main__":
    jobs, pattern = int(sys.argv[1]), sys.argv[2]
    start = time.perf_counter()
    files = sorted(glob.glob(pattern))
    if jobs == 1:
        parse(files)
    else:
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(parse, [files[i::jobs] for i in range(jobs)]))
    print(len(files), time.perf_counter() - start)
"""

# Run by `python -c` as a small launcher of every measured command: writes into the file named
# first the wall time from start to end of the command (the launcher's own start-up excluded),
# its exit code and the largest resident set of it and the children it waited for (its pool
# workers). A launcher, not this script: a child's peak counts the memory of the process that
# started it (the pages it had when it called exec), and this script holds the pack and more.
_TIMER = r"""
import os, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(proc.pid, 0)
seconds = time.perf_counter() - start
proc.returncode = os.waitstatus_to_exitcode(status)
with open(sys.argv[1], "w") as out:
    out.write(f"{seconds} {proc.returncode} {usage.ru_maxrss}")
"""

MAX_TIME = 10.0   # seconds, the national run
MAX_PEAK = 100.0  # MB, the large JSON batch
LINEAR = 1.25     # cost per city at 3N over that at N


# ---------------------------------------------------------------------------------------------
# Running and timing processes.

@dataclass
class Run:
    seconds: float
    peak_kb: int   # the largest resident set of the process or any child it waited for
    code: int
    out: str = ""


@dataclass
class Series:
    """The runs of one command."""

    name: str
    argv: list[str]
    codes: tuple[int, ...] = (0, 1)   # exit codes of a run that did its work
    runs: list[Run] = field(default_factory=list)
    floors: list[float] = field(default_factory=list)  # the floor run just before each run

    @property
    def paired(self) -> float | None:
        """The median of each run's ratio to the floor run just before it (or None)."""
        if not self.floors:  # a floor itself
            return None
        ratios = [r.seconds / f for r, f in zip(self.runs, self.floors, strict=True) if f]
        return statistics.median(ratios) if ratios else None

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    @property
    def least(self) -> float:
        return min(r.seconds for r in self.runs)

    @property
    def peak_mb(self) -> float:
        return max(r.peak_kb for r in self.runs) / 1024

    @property
    def failed(self) -> str | None:
        bad = [r for r in self.runs if r.code not in self.codes]
        return f"exit code {bad[0].code}: {bad[0].out.strip()[-300:]}" if bad else None


def execute(argv: list[str], capture: bool = False) -> Run:
    """Run `argv` to its end (no terminal: output to /dev/null or captured) through _TIMER."""
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r") as result:
        proc = subprocess.run([sys.executable, "-c", _TIMER, result.name, *argv],
                              stdin=subprocess.DEVNULL, stderr=err, check=False,
                              stdout=subprocess.PIPE if capture else subprocess.DEVNULL)
        seconds, code, peak = result.read().split()
        out = proc.stdout.decode() if capture else ""
        if int(code) not in (0, 1):
            err.seek(0)
            out += err.read().decode(errors="replace")
    # ru_maxrss is in kB on Linux, in bytes on macOS
    peak_kb = int(peak) // 1024 if sys.platform == "darwin" else int(peak)
    return Run(float(seconds), peak_kb, int(code), out)


def interleave(order: list[Series], rounds: int, warm: Series | None = None) -> None:
    """Run the series in `order` (a series may appear more than once) `rounds` times over."""
    if warm is not None:
        execute(warm.argv, capture=True)
    last_floor = 0.0
    for _ in range(rounds):
        for series in order:
            run = execute(series.argv, capture=series.name.startswith("floor"))
            series.runs.append(run)
            if series.name.startswith("floor"):
                last_floor = run.seconds
            else:
                series.floors.append(last_floor)


def show(series: Series, cities: int | None = None) -> None:
    extra = f"  paired with its floor: {series.paired:.2f} ×" if series.paired else ""
    if cities:
        extra = f"  {series.median / cities * 1000:6.2f} ms/city" + extra
    if series.name.startswith("floor"):
        parsed = [float(r.out.split()[1]) for r in series.runs if len(r.out.split()) == 2]
        if parsed:
            extra += f"  (parsing alone, in-process: {statistics.median(parsed):.3f} s)"
    print(f"  {series.name:<46} median {series.median:8.3f} s  min {series.least:8.3f} s  "
          f"{len(series.runs)} runs  peak {series.peak_mb:5.0f} MB{extra}")


@dataclass
class Target:
    key: str
    what: str
    measured: str
    target: str
    ok: bool


def verdict(targets: list[Target], key: str, what: str, measured: str, target: str,
            ok: bool, *failed: Series) -> None:
    broken = [f"{s.name}: {s.failed}" for s in failed if s.failed]
    if broken:
        measured, ok = "failed (" + "; ".join(broken) + ")", False
    targets.append(Target(key, what, measured, target, ok))
    print(f"{'PASS' if ok else 'MISS'}  ({key}) {what}: {measured}   [target {target}]")


# ---------------------------------------------------------------------------------------------
# The sets of cities.

def linked_subset(source: Path, count: int, dest: Path) -> Path:
    """The first `count` cities of `source` under `dest`, as hard links (no copying, no symlink
    for the batch to refuse)."""
    dest.mkdir(parents=True)
    for folder in sorted(source.iterdir())[:count]:
        shutil.copytree(folder, dest / folder.name, copy_function=os.link)
    return dest


# ---------------------------------------------------------------------------------------------
# Where the time goes: public functions only, each part on its own.

def guarded(name: str, part: Callable[[], Any]) -> Any:
    try:
        return part()
    except Exception as exc:  # the lead moves internals; the rest of the breakdown still runs
        print(f"  {name}: not measured ({type(exc).__name__}: {exc})")
        return None


def phases(folders: list[Path]) -> dict[str, float]:
    """Milliseconds per city of each phase, in this process (the best of three passes); first,
    for comparison, the floor's work on the same files (parsing them with ruamel's C loader)."""
    from ruamel.yaml.cyaml import CSafeLoader

    from nsc_check.assess import build, judge
    from nsc_check.evidence import load_evidence
    from nsc_check.report.json import render
    from nsc_check.yamlio import read_yaml

    def parse(path: Path) -> None:
        with open(path, encoding="utf-8") as handle:
            loader = CSafeLoader(handle)
            try:
                loader.get_single_data()
            finally:
                loader.dispose()

    pack = load_pack()
    names = ("the floor's work: parse the YAML with ruamel's C loader",
             "read the YAML (nsc-check's reader)", "validate the evidence",
             "judge: statuses, points, verdict (a league table needs no more)",
             "build the result: texts and models", "JSON")
    best: dict[str, float] = {}
    for _ in range(3):
        spent = dict.fromkeys(names, 0.0)
        for folder in folders:
            paths = sorted(folder.glob("*.yaml"))
            start = time.perf_counter()
            for path in paths:
                parse(path)
            parsed = time.perf_counter()
            for path in paths:
                read_yaml(path)
            read = time.perf_counter()
            evidence = load_evidence(folder, pack)  # reads again, then validates
            loaded = time.perf_counter()
            judgement = judge(pack, evidence)
            judged = time.perf_counter()
            result = build(judgement)
            built = time.perf_counter()
            render(result)
            done = time.perf_counter()
            for name, seconds in zip(names, (parsed - start, read - parsed,
                                             (loaded - read) - (read - parsed), judged - loaded,
                                             built - judged, done - built), strict=True):
                spent[name] += seconds
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    return {name: seconds / len(folders) * 1000 for name, seconds in best.items()}


def compiled() -> str:
    """nsc-check's modules compiled to bytecode, as `pip install` leaves them: where they are not
    (an editable install under PYTHONDONTWRITEBYTECODE=1, as on this machine), every run would
    compile the whole package again, which the libraries of the floor never do."""
    import compileall

    import nsc_check

    folder = Path(nsc_check.__file__).parent
    compileall.compile_dir(folder, quiet=1)
    return f"nsc-check's modules compiled to bytecode (as pip install does): {folder}"


def draw_table(root: Path, out: Path) -> tuple[float, float]:
    """Seconds to draw the league table of the cities under `root`: as plain text into `out`, as
    `batch --output` does once every city is assessed, and by rich, as on a terminal (batch
    internals: may move)."""
    from nsc_check.batch import assess_cities, find_cities, league
    from nsc_check.commands.common import emit_rich
    from nsc_check.output import write_atomically
    from nsc_check.report.league import plain, render_league

    ranked = league(assess_cities(load_pack(), find_cities([root])))
    start = time.perf_counter()
    write_atomically(out, plain(ranked, "zh"))
    drawn = time.perf_counter()
    emit_rich(lambda console: render_league(ranked, console, "zh"), str(out), width=120)
    return drawn - start, time.perf_counter() - drawn


# ---------------------------------------------------------------------------------------------

def nsc_check() -> list[str]:
    script = Path(sys.executable).with_name("nsc-check")
    return [str(script)] if script.exists() else [sys.executable, "-m", "nsc_check"]


def thousands(n: int) -> str:
    return f"{n:,}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--cities", type=int, default=1000,
                        help="N, the batch of target (c); the other sets scale with it "
                             "(N/10, 3N, 2.1N)")
    parser.add_argument("--repeat", type=int, default=7,
                        help="rounds for the quick subjects (--help, assess, the fixed cost)")
    parser.add_argument("--batch-repeat", type=int, default=None,
                        help="rounds for the batches (default: 3, at most --repeat)")
    parser.add_argument("--quick", action="store_true",
                        help="--cities 100 --repeat 1: a sanity check, not figures")
    parser.add_argument("--markdown", action="store_true",
                        help="end with the README's tables in Markdown")
    parser.add_argument("--keep", type=Path, help="generate the sets under this folder and keep them")
    args = parser.parse_args(argv)
    # stopped with kill: still remove the generated cities (the finally below)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.quick:
        args.cities, args.repeat = 100, 1
    n = max(args.cities, 2)
    rounds = max(args.repeat, 1)
    batch_rounds = args.batch_repeat or max(1, min(3, rounds))
    small, large, national = max(2, n // 10), 3 * n, round(2.1 * n)
    cores = os.cpu_count() or 1
    jobs = str(min(cores, 2))  # the targets are set on 2 cores
    cli = nsc_check()
    py = sys.executable
    today = dt.date.today().isoformat()
    machine = f"{cores} cores, Python {platform.python_version()}, {platform.system()}"
    load_before = os.getloadavg()[0]
    print(f"nsc-check benchmark, {today}; {machine}; nsc-check: {cli[0]}")
    print(f"load average before the run: {load_before:.2f} (other work on the machine skews "
          "every figure; the interleaving spreads it over floors and subjects alike)")
    print(f"rounds: {rounds} (quick subjects), {batch_rounds} (batches); floors run in 2 "
          f"processes where the subject may use 2 cores (this machine: {cores})")
    targets: list[Target] = []
    print(compiled())

    if args.keep:
        if args.keep.exists():
            shutil.rmtree(args.keep)
        work = args.keep
        work.mkdir(parents=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="nsc-bench-"))
    try:
        # Generating the sets, once.
        pack = load_pack()
        start = time.perf_counter()
        big = work / f"cities-{large}"
        generate(pack, large, big, seed=2024)
        made_big = time.perf_counter() - start
        mid = linked_subset(big, n, work / f"cities-{n}")
        few = linked_subset(big, small, work / f"cities-{small}")
        pair = linked_subset(big, 2, work / "pair")
        linked = time.perf_counter() - start - made_big
        start = time.perf_counter()
        places = work / f"national-{national}"
        generate_national(pack, national, places, seed=2100)
        made_national = time.perf_counter() - start
        files = len(list(mid.glob("*/*.yaml")))
        print(f"generated {thousands(large)} cities in {made_big:.1f} s (the {thousands(n)} and "
              f"{thousands(small)} are hard-linked subsets: {linked:.1f} s), "
              f"{thousands(national)} cities and counties in {made_national:.1f} s; "
              f"{thousands(files)} YAML files in the {thousands(n)}")
        sample = REPO / "evidence"
        if not (sample / "city.yaml").is_file():
            sample = generate(pack, 1, work / "sample", seed=1)[0]
            print(f"  (no evidence/ here: a generated city stands in for the sample: {sample})")
        out = work / "out"
        out.mkdir()

        def floor(name: str, jobs: str, pattern: Path) -> Series:
            return Series(f"floor: {name}", [py, "-c", _FLOOR, jobs, str(pattern)], codes=(0,))

        def batch(name: str, root: Path, json: bool) -> Series:
            fmt = ["--format", "json"] if json else []
            target = out / f"{root.name}.{'json' if json else 'txt'}"
            return Series(name, [*cli, "batch", str(root), *fmt, "--output", str(target)])

        def batches_and_floor(root: Path, count: int, what: str) -> tuple[Series, ...]:
            """The parse floor of the folders under `root` and their batch as a table and as
            JSON, run interleaved and shown."""
            runs = (floor(f"imports + parse {thousands(count)} {what}, {jobs} processes", jobs,
                          root / "*" / "*.yaml"),
                    batch(f"batch {thousands(count)}, table", root, json=False),
                    batch(f"batch {thousands(count)}, JSON", root, json=True))
            interleave([runs[0], runs[1], runs[0], runs[2]], batch_rounds, warm=runs[0])
            for series in runs:
                show(series, cities=count)
            return runs

        # (a) start-up
        print("\n(a) start-up")
        imports = Series("floor: python -c 'import the four'", [py, "-c", IMPORTS], codes=(0,))
        helped = Series("nsc-check --help", [*cli, "--help"], codes=(0,))
        interleave([imports, helped], rounds, warm=imports)
        show(imports)
        show(helped)
        verdict(targets, "a", "`nsc-check --help`",
                f"{helped.median * 1000:.0f} ms (min {helped.least * 1000:.0f}) against "
                f"{imports.median * 1000:.0f} ms (min {imports.least * 1000:.0f}) = "
                f"{helped.median / imports.median:.2f} ×",
                "below the import floor", helped.median < imports.median, imports, helped)

        # (b) the sample city
        print(f"\n(b) the sample city ({len(list(sample.glob('*.yaml')))} YAML files)")
        floor_b = floor("imports + parse the sample, 1 process", "1", sample / "*.yaml")
        table_b = Series("nsc-check assess (table)", [*cli, "assess", str(sample)])
        json_b = Series("nsc-check assess --format json",
                        [*cli, "assess", str(sample), "--format", "json"])
        interleave([floor_b, table_b, floor_b, json_b], rounds, warm=floor_b)
        for series in (floor_b, table_b, json_b):
            show(series)
        for key, series in (("b", table_b), ("b", json_b)):
            ratio = series.median / floor_b.median
            verdict(targets, key, f"`{' '.join(series.argv[len(cli):len(cli) + 1])}` the sample, "
                    f"{'JSON' if 'json' in series.argv else 'table'}",
                    f"{series.median:.2f} s (min {series.least:.2f}) = {ratio:.2f} × "
                    f"{floor_b.median:.2f} s", "≤ 2.5 × its floor", ratio <= 2.5, floor_b, series)

        # (c) the batch against the parse floor on the same cores
        print(f"\n(c) a batch of {thousands(n)} cities on {jobs} cores")
        floor_c, table_c, json_c = batches_and_floor(mid, n, "cities")
        for series in (table_c, json_c):
            ratio = series.median / floor_c.median
            verdict(targets, "c", f"batch of {thousands(n)} cities, "
                    f"{'JSON' if 'json' in series.argv else 'table'}",
                    f"{series.median:.2f} s (min {series.least:.2f}) = {ratio:.2f} × "
                    f"{floor_c.median:.2f} s", f"≤ 1.5 × the {jobs}-core parse floor",
                    ratio <= 1.5, floor_c, series)

        # (f), with (d) read from its largest batch
        print(f"\n(f) cost over {thousands(small)}, {thousands(n)} and {thousands(large)} "
              "cities (JSON), and (d) peak memory")
        sizes = {small: batch(f"batch {thousands(small)}, JSON", few, json=True),
                 n: batch(f"batch {thousands(n)}, JSON", mid, json=True),
                 large: batch(f"batch {thousands(large)}, JSON", big, json=True)}
        interleave(list(sizes.values()), batch_rounds)
        for count, series in sizes.items():
            show(series, cities=count)
        per_n, per_large = sizes[n].median / n, sizes[large].median / large
        marginal = (sizes[large].median - sizes[n].median) / (large - n)
        print(f"  marginal cost from {thousands(n)} to {thousands(large)}: "
              f"{marginal * 1000:.2f} ms/city; fixed cost implied: "
              f"{sizes[n].median - marginal * n:.2f} s")
        verdict(targets, "d", f"peak memory, JSON batch of {thousands(large)} cities",
                f"{sizes[large].peak_mb:.0f} MB", f"< {MAX_PEAK:.0f} MB",
                sizes[large].peak_mb < MAX_PEAK, sizes[large])
        verdict(targets, "f", "cost linear in the number of cities",
                f"{per_n * 1000:.2f} ms/city at {thousands(n)}, {per_large * 1000:.2f} at "
                f"{thousands(large)} ({sizes[small].median / small * 1000:.2f} at "
                f"{thousands(small)}) = {per_large / per_n:.2f} ×",
                f"per city at {thousands(large)} ≤ {LINEAR} × at {thousands(n)}",
                per_large <= per_n * LINEAR, *sizes.values())

        # (e) the national run
        print(f"\n(e) a national run: {thousands(national)} cities and counties on {jobs} cores")
        floor_e, table_e, json_e = batches_and_floor(places, national, "places")
        for series in (table_e, json_e):
            verdict(targets, "e", f"national run, {thousands(national)} cities and counties, "
                    f"{'JSON' if 'json' in series.argv else 'table'}",
                    f"{series.median:.2f} s (min {series.least:.2f}; "
                    f"{series.median / floor_e.median:.2f} × its floor)",
                    f"< {MAX_TIME:.0f} s", series.median < MAX_TIME, series)

        # Where the time goes
        print("\nwhere the time goes (no targets)")
        breakdown: list[tuple[str, str]] = []
        # two cities are assessed in-process by default: --jobs makes the batch start its pool,
        # as every large batch does
        fixed = Series("batch of 2 cities, table, --jobs 2 (fixed cost)",
                       [*batch("", pair, False).argv, "--jobs", str(jobs)])
        interleave([fixed], rounds)
        show(fixed)
        breakdown.append((f"fixed cost: start-up, imports, the pack, the pool (a batch of 2 "
                          f"cities, `--jobs {jobs}`)", f"{fixed.median:.2f} s"))
        per_city = guarded("one city's phases",
                           lambda: phases(sorted(mid.iterdir())[:min(n, 200)]))
        if per_city:
            names = list(per_city)
            floor_ms = per_city[names[0]]
            total = sum(per_city[name] for name in names[1:])
            table_ms = total - sum(per_city[name] for name in names
                                   if name.startswith(("build", "JSON")))
            per_city[f"all of the above: {total / floor_ms:.2f} × the floor's work"] = total
            per_city[f"a league table's part: {table_ms / floor_ms:.2f} × the floor's work"] = (
                table_ms)
            for name, ms in per_city.items():
                print(f"  one city, {name:<66} {ms:6.2f} ms")
                breakdown.append((f"one city, on one core: {name}", f"{ms:.2f} ms"))
        drawn = guarded("drawing the league table",
                        lambda: draw_table(mid, out / "drawn.txt"))
        if drawn is not None:
            for how, seconds in zip(("into a file", "by rich, on a terminal"), drawn, strict=True):
                name = f"drawing the league table of {thousands(n)} rows {how}"
                print(f"  {name:<46} {seconds * 1000:6.0f} ms")
                breakdown.append((name, f"{seconds * 1000:.0f} ms"))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    met = sum(t.ok for t in targets)
    load_after = os.getloadavg()[0]
    print(f"\nload average after the run: {load_after:.2f}")
    print(f"{met} of {len(targets)} targets met")
    if args.markdown:
        print(f"\nMeasured {today} by `python benchmarks/run.py` on {machine} "
              f"({rounds} rounds, {batch_rounds} for batches; medians; load average "
              f"{load_before:.1f} before, {load_after:.1f} after):\n")
        print("| target | measured | | date | machine |")
        print("|---|---|---|---|---|")
        for t in sorted(targets, key=lambda t: t.key):
            print(f"| ({t.key}) {t.what}: {t.target} | {t.measured} | "
                  f"{'PASS' if t.ok else 'MISS'} | {today} | {cores} cores |")
        print("\n| part | time |\n|---|---|")
        for part, value in breakdown:
            print(f"| {part} | {value} |")
    return 0 if met == len(targets) else 1


if __name__ == "__main__":
    sys.exit(main())
