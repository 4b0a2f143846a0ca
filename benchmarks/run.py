"""Measure nsc-check against its performance targets and print each figure with PASS or MISS.

    python benchmarks/run.py            # 1,000 synthetic cities; about a minute on 2 cores
    python benchmarks/run.py --cities 200 --repeat 3

What it measures, each against a floor that nsc-check cannot beat:
- start-up: `nsc-check --help` against `python -c "import pydantic, rich, click, ruamel.yaml"`;
- the bundled sample city (`nsc-check assess evidence/`), wall time, start-up included;
- a batch of generated cities (`nsc-check batch DIR`) against merely parsing the same YAML
  files with ruamel's C safe loader, in one process and across the same number of cores (the
  batch is compared with the floor on the same number of cores);
- peak memory: the largest resident set of any process of that batch (getrusage of children);
- where the batch's time goes: its fixed cost (a batch of two cities: start-up, the pack, the
  pool), each phase of one city in one process (read, validate, assess, JSON), and drawing the
  league table. These explain the batch figure; they have no targets of their own.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from synth import generate  # noqa: E402

from nsc_check.assess import assess  # noqa: E402
from nsc_check.evidence import load_evidence  # noqa: E402
from nsc_check.pack import Pack, load_pack  # noqa: E402
from nsc_check.yamlio import read_yaml  # noqa: E402

# Run by `python -c` in a fresh process: parse every YAML file under the folders given, with the
# C safe loader, serially or across N processes, and print the seconds it took after the import.
_FLOOR = r"""
import sys, time, glob
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
    jobs, root = int(sys.argv[1]), sys.argv[2]
    start = time.perf_counter()
    files = sorted(glob.glob(root + "/*/*.yaml"))
    if jobs == 1:
        parse(files)
    else:
        chunks = [files[i::jobs] for i in range(jobs)]
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(parse, chunks))
    print(time.perf_counter() - start)
"""

# Run a command and report the largest resident set (kB) of it and everything it waited for.
_PEAK = r"""
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def nsc_check() -> list[str]:
    script = Path(sys.executable).with_name("nsc-check")
    return [str(script)] if script.exists() else [sys.executable, "-m", "nsc_check"]


def wall(argv: list[str], repeat: int) -> float:
    """Median wall time of running `argv` `repeat` times (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def floor(jobs: int, root: Path, repeat: int) -> float:
    """Median in-process time of parsing all the YAML under `root` (import excluded)."""
    times = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _FLOOR, str(jobs), str(root)],
                             capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip()))
    return statistics.median(times)


def draw_table(pack: Pack, root: Path, out: Path) -> float:
    """Seconds to draw the league table of the cities under `root` into `out`, as `batch
    --output` does once every city is assessed."""
    from nsc_check.batch import assess_cities, find_cities, league
    from nsc_check.commands.common import emit_rich
    from nsc_check.report.league import render_league

    ranked = league(assess_cities(pack, find_cities([root])))
    start = time.perf_counter()
    emit_rich(lambda console: render_league(ranked, console, "zh"), str(out), width=120)
    return time.perf_counter() - start


def phases(pack: Pack, folders: list[Path]) -> dict[str, float]:
    """Milliseconds per city of each phase, in this process (best of three passes)."""
    best: dict[str, float] = {}
    for _ in range(3):
        spent = dict.fromkeys(("read the YAML", "validate the evidence", "assess", "JSON"), 0.0)
        for folder in folders:
            start = time.perf_counter()
            for path in folder.glob("*.yaml"):
                read_yaml(path)
            read = time.perf_counter()
            evidence = load_evidence(folder, pack)  # reads again, then validates
            loaded = time.perf_counter()
            result = assess(pack, evidence)
            assessed = time.perf_counter()
            result.__pydantic_serializer__.to_json(result)
            done = time.perf_counter()
            spent["read the YAML"] += read - start
            spent["validate the evidence"] += loaded - read - (read - start)
            spent["assess"] += assessed - loaded
            spent["JSON"] += done - assessed
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    return {name: seconds / len(folders) * 1000 for name, seconds in best.items()}


def line(name: str, value: str, target: str, ok: bool) -> bool:
    print(f"{name:<44} {value:>22}   target {target:<28} {'PASS' if ok else 'MISS'}")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cities", type=int, default=1000, help="cities in the batch")
    parser.add_argument("--repeat", type=int, default=7, help="runs per timing (median)")
    parser.add_argument("--keep", type=Path, help="generate the cities here and keep them")
    args = parser.parse_args(argv)
    cores = os.cpu_count() or 1
    cli = nsc_check()
    print(f"python {sys.version.split()[0]} on {sys.platform}, {cores} cores; nsc-check: {cli[0]}")
    results = []

    # 1. Start-up.
    imports = wall([sys.executable, "-c", "import pydantic, rich, click, ruamel.yaml"], args.repeat)
    helped = wall([*cli, "--help"], args.repeat)
    print(f"{'  import floor (pydantic, rich, click, ruamel)':<44} {imports * 1000:>19.0f} ms")
    results.append(line("start-up: nsc-check --help", f"{helped * 1000:.0f} ms",
                        f"<= 1.2 x floor ({imports * 1.2 * 1000:.0f} ms)", helped <= imports * 1.2))

    # 2. The bundled sample city (or a generated one where evidence/ is absent).
    work = Path(tempfile.mkdtemp(prefix="nsc-bench-"))
    try:
        pack = load_pack()
        sample = REPO / "evidence"
        if not (sample / "city.yaml").is_file():
            sample = generate(pack, 1, work / "sample", seed=1)[0]
            print(f"  (no evidence/ here: a generated city stands in for the sample: {sample})")
        assessed = wall([*cli, "assess", str(sample)], args.repeat)
        results.append(line("assess the sample city (wall, incl. start-up)",
                            f"{assessed * 1000:.0f} ms", "< 500 ms", assessed < 0.5))

        # 3. Batch throughput against the parse floor.
        root = args.keep or work / "cities"
        if args.keep and root.exists():
            shutil.rmtree(root)
        start = time.perf_counter()
        generate(pack, args.cities, root, seed=2024)
        files = len(list(root.glob("*/*.yaml")))
        print(f"  generated {args.cities} cities ({files} YAML files) in "
              f"{time.perf_counter() - start:.1f} s")
        runs = max(1, args.repeat // 3)
        floor_1 = floor(1, root, runs)
        floor_n = floor(cores, root, runs)
        report = work / "league.txt"
        batch = wall([*cli, "batch", str(root), "--output", str(report)], runs)
        batch_json = wall([*cli, "batch", str(root), "--format", "json", "--output",
                           str(work / "league.json")], runs)
        print(f"{'  parse floor, 1 process':<44} {floor_1:>20.2f} s   "
              f"({args.cities / floor_1:.0f} cities/s)")
        print(f"{f'  parse floor, {cores} processes':<44} {floor_n:>20.2f} s   "
              f"({args.cities / floor_n:.0f} cities/s)")
        results.append(line(f"batch {args.cities} cities, table ({cores} cores)",
                            f"{batch:.2f} s = {batch / floor_n:.2f} x",
                            f"<= 1.5 x {cores}-core floor", batch <= floor_n * 1.5))
        print(f"{'  (same, against the 1-process floor)':<44} {batch / floor_1:>20.2f} x")
        results.append(line(f"batch {args.cities} cities, JSON ({cores} cores)",
                            f"{batch_json:.2f} s = {batch_json / floor_n:.2f} x",
                            f"<= 1.5 x {cores}-core floor", batch_json <= floor_n * 1.5))

        # 4. Peak memory of the batch (the largest single process: parent or a worker).
        out = subprocess.run([sys.executable, "-c", _PEAK, *cli, "batch", str(root), "--format",
                              "json", "--output", str(work / "peak.json")],
                             capture_output=True, text=True, check=True)
        peak_mb = int(out.stdout.strip()) / 1024
        results.append(line(f"peak memory, JSON batch of {args.cities}", f"{peak_mb:.0f} MB",
                            "< 300 MB", peak_mb < 300))

        # 5. Where the batch's time goes.
        print("where the time goes:")
        pair = work / "pair"
        pair.mkdir()
        for folder in sorted(root.iterdir())[:2]:
            shutil.copytree(folder, pair / folder.name)
        fixed = wall([*cli, "batch", str(pair), "--output", str(work / "pair.txt")], args.repeat)
        print(f"{'  fixed cost (a batch of 2 cities)':<44} {fixed * 1000:>19.0f} ms")
        sample_folders = sorted(root.iterdir())[:200]
        per_city = phases(pack, sample_folders)
        for name, ms in per_city.items():
            print(f"{'  one city, ' + name:<44} {ms:>19.2f} ms")
        print(f"{'  one city, all phases':<44} {sum(per_city.values()):>19.2f} ms   "
              f"(merely parsing it: {floor_1 / args.cities * 1000:.2f} ms)")
        drawn = draw_table(pack, root, work / "drawn.txt")
        print(f"{'  drawing the league table':<44} {drawn * 1000:>19.0f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{sum(results)} of {len(results)} targets met")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
