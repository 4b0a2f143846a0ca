"""Hostile input (tests/hostile/cases.yaml) is refused: exit 2, a message naming the file, no traceback."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK

from nsc_check.cli import main
from nsc_check.yamlio import MAX_FILE_BYTES, read_yaml

CASES = read_yaml(Path(__file__).parent / "hostile" / "cases.yaml").data["cases"]


def _deep(path: Path) -> None:
    depth = 200_000  # deep enough to overflow the C composer's stack if it were reached
    path.write_text("department: env\nevidence: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")


def _deep_block(path: Path) -> None:
    lines = ["department: sanitation", "evidence:"]
    lines += [" " * (2 * i) + f"k{i}:" for i in range(1, 120)]
    path.write_text("\n".join(lines) + " 1\n", encoding="utf-8")


def _huge(path: Path) -> None:
    row = "  # padding that is not evidence\n"
    path.write_text("department: env\nevidence:\n" + row * (MAX_FILE_BYTES // len(row) + 10),
                    encoding="utf-8")


def _binary(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def _control(path: Path) -> None:
    # Not UTF-8, so read as GB18030, where these bytes decode to control characters.
    path.write_bytes("department: env\n".encode("gb18030") + b"\x81\x30\x81\x30\x07\x08\x1b")


def _symlink(path: Path) -> None:
    outside = path.parent.parent / "outside-secret.txt"
    outside.write_text("not evidence\n", encoding="utf-8")
    target = path.parent / "attachments" / "regulation.txt"
    target.unlink()
    os.symlink(outside, target)


def _linked_folder(path: Path) -> None:
    # The file itself is real; a folder on its way is a link to a folder outside.
    outside = path.parent.parent / "outside-folder"
    outside.mkdir()
    (outside / "regulation.txt").write_text("not evidence\n", encoding="utf-8")
    os.symlink(outside, path.parent / "attachments" / "linked")


MAKERS = {"deep": _deep, "deep-block": _deep_block, "huge": _huge, "binary": _binary,
          "control": _control, "symlink": _symlink, "linked-folder": _linked_folder}


def test_every_case_is_well_formed():
    ids = [case["id"] for case in CASES]
    assert len(ids) == len(set(ids))
    for case in CASES:
        assert ("text" in case) or case.get("make") in MAKERS, case["id"]
        assert case["expect"], case["id"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_hostile_input_is_refused(runner, tmp_path, case):
    folder = tmp_path / "evidence"
    shutil.copytree(MINI_EVIDENCE, folder)
    target = folder / case["file"]
    if "text" in case:
        target.write_text(case["text"], encoding="utf-8")
    if case.get("make"):
        MAKERS[case["make"]](target)

    started = time.perf_counter()
    result = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK)])
    elapsed = time.perf_counter() - started

    assert result.exit_code == 2, result.output
    assert isinstance(result.exception, SystemExit) and "Traceback" not in result.output
    assert case["expect"] in result.stderr
    where = f"{target}:{case['line']}:" if "line" in case else str(target)
    assert where in result.stderr
    assert elapsed < 5, f"took {elapsed:.1f} s"
