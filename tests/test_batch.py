"""`nsc-check batch`: many cities at once, ranked; one broken city does not stop the others."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import MINI_EVIDENCE, MINI_PACK, REPO

from nsc_check.cli import main


def synth():
    """benchmarks/synth.py, the generator of synthetic cities (not part of the package)."""
    if "nsc_synth" not in sys.modules:
        spec = importlib.util.spec_from_file_location("nsc_synth", REPO / "benchmarks" / "synth.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["nsc_synth"] = module  # dataclasses look their module up while defined
        spec.loader.exec_module(module)
    return sys.modules["nsc_synth"]


@pytest.fixture(scope="module")
def cities(tmp_path_factory) -> Path:
    """Five synthetic cities generated from the bundled pack."""
    from nsc_check.pack import load_pack

    out = tmp_path_factory.mktemp("cities")
    synth().generate(load_pack(), 5, out, seed=11)
    return out


def _batch(runner, *args):
    return runner.invoke(main, ["batch", *map(str, args)])


def test_generated_cities_are_assessed_with_the_assess_contract(runner, cities):
    result = _batch(runner, cities, "--format", "json")
    doc = json.loads(result.stdout)
    assert len(doc["cities"]) == 5 and doc["broken"] == 0
    schema = json.loads(runner.invoke(main, ["schema"]).stdout)
    for entry in doc["cities"]:
        jsonschema.validate(entry["assessment"], schema)
        alone = runner.invoke(main, ["assess", entry["folder"], "--format", "json"])
        assert json.loads(alone.stdout)["summary"] == entry["assessment"]["summary"]
    ready = [e["assessment"]["summary"]["ready"] for e in doc["cities"]]
    assert result.exit_code == (0 if all(ready) else 1)


def test_league_table_ranks_by_eligibility_then_score(runner, cities):
    doc = json.loads(_batch(runner, cities, "--format", "json").stdout)
    order = {"ready": 0, "eligible_not_ready": 1, "not_eligible": 2}
    keys = [(order[e["assessment"]["summary"]["verdict"]], -e["assessment"]["summary"]["percent"])
            for e in doc["cities"]]
    assert keys == sorted(keys)
    assert [e["rank"] for e in doc["cities"]] == [1, 2, 3, 4, 5]

    table = _batch(runner, cities, "--lang", "en").stdout
    names = [e["assessment"]["city"]["name"]["en"] for e in doc["cities"]]
    positions = [table.index(name) for name in names]
    assert positions == sorted(positions)
    assert "5 cities" in table


def test_parallel_and_serial_runs_agree(runner, cities):
    serial = _batch(runner, cities, "--format", "json", "--jobs", "1")
    parallel = _batch(runner, cities, "--format", "json", "--jobs", "2")
    assert serial.exit_code == parallel.exit_code
    assert json.loads(serial.stdout) == json.loads(parallel.stdout)


def test_a_broken_city_is_reported_and_the_others_assessed(runner, tmp_path):
    for name in ("good", "also-good"):
        shutil.copytree(MINI_EVIDENCE, tmp_path / name)
    broken = tmp_path / "broken"
    shutil.copytree(MINI_EVIDENCE, broken)
    (broken / "env.yaml").write_text("department: env\nevidence:\n  S01.04: loud\n", encoding="utf-8")

    result = _batch(runner, tmp_path, "--criteria", MINI_PACK, "--format", "json")
    assert result.exit_code == 2
    assert f"{broken / 'env.yaml'}:3" in result.stderr
    doc = json.loads(result.stdout)
    by_folder = {Path(e["folder"]).name: e for e in doc["cities"]}
    assert by_folder["good"]["assessment"]["summary"]["verdict"]
    assert by_folder["also-good"]["assessment"] is not None
    errors = by_folder["broken"]["errors"]
    assert by_folder["broken"]["assessment"] is None
    assert errors and errors[0]["file"].endswith("env.yaml") and errors[0]["line"] == 3

    table = _batch(runner, tmp_path, "--criteria", MINI_PACK, "--lang", "en")
    assert table.exit_code == 2
    assert "bad input" in table.stdout and "Test City" in table.stdout


def test_cities_can_be_named_one_by_one(runner, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(MINI_EVIDENCE, a)
    shutil.copytree(MINI_EVIDENCE, b)
    result = _batch(runner, a, b, a, "--criteria", MINI_PACK, "--format", "json")
    assert [Path(e["folder"]).name for e in json.loads(result.stdout)["cities"]] == ["a", "b"]
    assert result.exit_code == 1  # the mini city is not ready


def test_a_folder_without_cities_is_bad_input(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = _batch(runner, tmp_path / "empty", tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "empty" in result.stderr and "city.yaml" in result.stderr
    assert "nowhere" in result.stderr and "Traceback" not in result.output


def test_output_file_and_no_progress_bar_when_not_a_terminal(runner, tmp_path, cities):
    out = tmp_path / "league.txt"
    result = _batch(runner, cities, "--output", out, "--lang", "en")
    assert result.stdout == "" and result.stderr == ""
    text = out.read_text(encoding="utf-8")
    assert "Rank" in text and "Synthetic City" in text


def test_the_pack_is_loaded_once(runner, tmp_path, monkeypatch):
    import nsc_check.pack as pack_module

    calls = []
    real = pack_module.load_pack
    monkeypatch.setattr(pack_module, "load_pack", lambda *a: calls.append(a) or real(*a))
    for name in "abc":
        shutil.copytree(MINI_EVIDENCE, tmp_path / name)
    result = _batch(runner, tmp_path, "--criteria", MINI_PACK, "--jobs", "1")
    assert result.exit_code == 1 and len(calls) == 1


def test_json_report_written_to_a_file(runner, tmp_path, cities):
    out = tmp_path / "league.json"
    result = _batch(runner, cities, "--format", "json", "--output", out)
    assert result.stdout == ""
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["assessed"] == 5 and [e["rank"] for e in doc["cities"]] == [1, 2, 3, 4, 5]
    assert [p.name for p in tmp_path.iterdir()] == ["league.json"]


def test_a_folder_with_evidence_but_no_city_yaml_is_named(runner, tmp_path):
    shutil.copytree(MINI_EVIDENCE, tmp_path / "good")
    forgotten = tmp_path / "forgotten"
    shutil.copytree(MINI_EVIDENCE, forgotten)
    (forgotten / "city.yaml").unlink()
    (tmp_path / "attachments-only").mkdir()  # not evidence: passed over without a word
    result = _batch(runner, tmp_path, "--criteria", MINI_PACK, "--format", "json")
    assert result.exit_code == 1
    assert f"{forgotten}: warning: holds YAML files but no city.yaml: not assessed" in result.stderr
    assert "attachments-only" not in result.stderr
    assert [Path(e["folder"]).name for e in json.loads(result.stdout)["cities"]] == ["good"]


def test_spooled_json_is_what_each_city_gave_and_not_kept_in_memory(cities):
    """A big JSON batch keeps no city's JSON in memory: each goes to the spool as it arrives and
    comes back, in rank order, byte for byte what the city's assessment serialised to."""
    from nsc_check.batch import Spool, assess_cities, find_cities, json_chunks, league
    from nsc_check.pack import load_pack

    pack = load_pack()
    folders = find_cities([cities])
    kept = league(assess_cities(pack, folders, with_data=True, jobs=1))
    with Spool() as spool:
        spooled = league(assess_cities(pack, folders, with_data=True, jobs=1, spool=spool))
        assert all(r.data is None and r.spooled is not None for r in spooled)
        assert [spool.data(r) for r in spooled] == [r.data for r in kept]
        assert b"".join(json_chunks(spooled, "x", pack, spool)) == \
            b"".join(json_chunks(kept, "x", pack))


def test_a_full_temporary_folder_is_said_not_traced(runner, cities, monkeypatch):
    import tempfile

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "TemporaryFile", full)
    result = _batch(runner, cities, "--format", "json")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "No space left on device" in result.output and "TMPDIR" in result.output


@pytest.mark.zh
def test_league_table_into_a_file_is_plain_aligned_text_with_the_terminal_tables_cells(
        runner, cities, tmp_path):
    """Into a file or a pipe the table is plain text (rich takes a second a thousand cities):
    the same cells as the table drawn on a terminal, one line a city, columns aligned by display
    width (Chinese characters count two), no trailing spaces."""
    from rich.cells import cell_len
    from rich.console import Console

    from nsc_check.batch import assess_cities, find_cities, league
    from nsc_check.pack import load_pack
    from nsc_check.report.league import render_league

    out = tmp_path / "league.txt"
    _batch(runner, cities, "--output", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "国家卫生城市创建自评排行" and lines[-1].startswith("共 5 个城市")
    header, body = lines[2], lines[4:-2]
    assert len(body) == 5 and all(line == line.rstrip() for line in lines)
    # the score column ends at the same display column on every line
    end = cell_len(header[:header.index("得分率") + 3])
    assert {cell_len(line.split("%")[0]) + 1 for line in body} == {end}
    drawn = Console(width=200, no_color=True, record=True)
    render_league(league(assess_cities(load_pack(), find_cities([cities]), jobs=1)), drawn, "zh")
    terminal = drawn.export_text()
    for line in body:
        assert " ".join(line.split()) in " ".join(terminal.split())
    piped = _batch(runner, cities)
    assert piped.stdout.splitlines()[2:-1] == lines[2:-1]


def test_a_few_cities_are_assessed_in_this_process_unless_jobs_asks(cities, monkeypatch):
    """A pool of workers costs about what three cities do: by default, a worker for every four
    cities (a batch of two is quicker without one); --jobs still asks for workers."""
    import concurrent.futures
    import os

    import nsc_check.batch as batch_module
    from nsc_check.pack import load_pack

    started: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    def executor(max_workers, **kw):
        started.append(max_workers)
        return real(max_workers=max_workers, **kw)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", executor)
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    pack, folders = load_pack(), sorted(p for p in cities.iterdir() if p.is_dir())
    serial = batch_module.assess_cities(pack, folders[:3], with_data=True)
    assert started == []
    assert batch_module.assess_cities(pack, folders[:3], with_data=True, jobs=2)[0].data == \
        serial[0].data
    assert started == [2]
    batch_module.assess_cities(pack, folders * 2, with_data=True)  # ten cities: two workers
    assert started == [2, 2]


@pytest.mark.zh
@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_on_a_narrow_terminal_every_verdict_and_figure_is_shown_whole(cities, width):
    """Too narrow for its columns, the table becomes a block a city: rich would otherwise drop
    the verdict column and crop figures (`84.39` without its %) without a word."""
    from rich.console import Console

    from nsc_check.batch import assess_cities, find_cities, league
    from nsc_check.report.league import render_league

    ranked = league(assess_cities(load_pack_once(), find_cities([cities]), jobs=1))
    drawn = Console(width=width, no_color=True, record=True)
    render_league(ranked, drawn, "zh")
    shown = drawn.export_text()
    lines = shown.splitlines()
    for result in ranked:
        row = result.row
        verdict = {"ready": "可以申报", "eligible_not_ready": "具备申报条件，尚未达到申报要求",
                   "not_eligible": "不具备申报条件"}[row.verdict]
        # the verdict and the score, each whole on one line
        assert any(verdict in line for line in lines), shown
        assert any(f"{row.percent:g}%" in line or f"{row.percent:.2f}%" in line
                   for line in lines), shown
        for cond in row.conditions_not_met:
            assert cond in shown


def load_pack_once():
    from nsc_check.pack import load_pack

    return load_pack()
