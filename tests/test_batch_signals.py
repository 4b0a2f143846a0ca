"""A batch stopped from outside leaves nothing behind: killed (SIGKILL), its pool workers end
(they watch their parent); interrupted (Ctrl-C, SIGTERM), it stops its workers, writes no
partial output, and exits 130 / 143, never a verdict's code."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _gone(workers: list[int]) -> bool:
    """Whether the workers ended (within seconds); those that did not are ended here, so that a
    failing test leaves nothing running."""
    if _wait_for(lambda: not any(map(_alive, workers)), 10):
        return True
    for pid in workers:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)
    return False


def _wait_for(condition, seconds: float = 30.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if condition():
            return True
        time.sleep(0.05)
    return False


def test_pool_workers_end_when_their_batch_is_killed():
    """SIGKILL gives the batch no chance to stop its pool: each worker sees its parent gone."""
    driver = textwrap.dedent("""
        import sys, time
        from concurrent.futures import ProcessPoolExecutor
        from nsc_check import batch
        from nsc_check.pack import load_pack
        pack = load_pack(sys.argv[1])
        pool = ProcessPoolExecutor(max_workers=2, initializer=batch._init_pool_worker,
                                   initargs=(pack, None, False))
        pids = {pool.submit(batch.os.getpid).result() for _ in range(20)}
        print(len(pids), flush=True)
        time.sleep(600)
    """)
    process = subprocess.Popen([sys.executable, "-c", driver, str(MINI_PACK)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    process.stdout.readline()
    workers = _children(process.pid)
    assert len(workers) == 2
    process.kill()
    process.wait()
    assert _gone(workers), "workers left running"


def _interrupted_batch(tmp_path: Path, sig: int, worker: bool = False
                       ) -> tuple[int, str, list[Path], list[int]]:
    """A batch of slow cities given `sig` (or one of its workers, with `worker`) while its
    workers are at work: its exit code, stderr, what is left in its output folder, and its
    workers' pids."""
    cities = tmp_path / "cities"
    for n in range(12):
        shutil.copytree(MINI_EVIDENCE, cities / f"c{n:02}")
    out = tmp_path / "out"
    out.mkdir()
    # each city made slow, so that the signal comes while the workers are at work (a forked
    # worker finds the function by its name in the module: the slow one)
    driver = textwrap.dedent("""
        import sys, time
        from nsc_check import batch
        fast = batch._assess_folder
        def _assess_folder(folder):
            time.sleep(0.5)
            return fast(folder)
        batch._assess_folder = _assess_folder
        from nsc_check.cli import main
        main()
    """)
    args = ["batch", str(cities), "--criteria", str(MINI_PACK), "--jobs", "2", "--format",
            "json", "--output", str(out / "league.json")]
    process = subprocess.Popen([sys.executable, "-c", driver, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert _wait_for(lambda: len(_children(process.pid)) >= 2), "no workers started"
    workers = _children(process.pid)
    time.sleep(0.3)
    if worker:
        os.kill(workers[0], sig)
    else:
        process.send_signal(sig)
    _out, err = process.communicate(timeout=60)
    return process.returncode, err, list(out.iterdir()), workers


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_an_interrupted_batch_stops_its_workers_and_writes_nothing(tmp_path, sig, code):
    returncode, err, left, workers = _interrupted_batch(tmp_path, sig)
    assert returncode == code, err
    assert "Traceback" not in err
    assert err.strip() == "Aborted!"
    assert left == []  # no output, no temporary file beside it
    assert _gone(workers), "workers left running"


@pytest.mark.zh
def test_an_interrupted_batch_says_so_in_chinese(tmp_path):
    returncode, err, left, workers = _interrupted_batch(tmp_path, signal.SIGTERM)
    _gone(workers)
    assert (returncode, err.strip(), left) == (143, "已中止！", [])


@pytest.mark.zh
def test_a_worker_killed_from_outside_stops_the_batch_with_a_message(tmp_path):
    """The system ends a worker (out of memory): the batch says so and exits 2; no trace, no
    output, the other workers ended (was a traceback of BrokenProcessPool and exit 1)."""
    returncode, err, left, workers = _interrupted_batch(tmp_path, signal.SIGKILL, worker=True)
    assert returncode == 2, err
    assert "Traceback" not in err
    assert err.startswith("错误: 有一个并行评估进程意外终止（可能被系统结束或内存不足），本次批量评估未完成")
    assert left == []
    assert _gone(workers), "workers left running"
