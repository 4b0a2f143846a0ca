"""Evidence files saved as UTF-8, UTF-8 with BOM or GBK assess the same; other bytes are refused."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import MINI_EVIDENCE, MINI_PACK

from nsc_check.cli import main


def indicators(runner, folder):
    res = runner.invoke(main, ["assess", str(folder), "--criteria", str(MINI_PACK), "--format", "json"])
    assert res.exit_code == 1, res.output
    out = json.loads(res.output)["indicators"]
    for item in out:
        if item["evidence"]:
            item["evidence"]["file"] = item["evidence"]["file"].rsplit("/", 1)[-1]
    return out


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8-sig"])
def test_department_file_in_another_encoding_assesses_the_same(runner, tmp_path, encoding):
    folder = tmp_path / encoding
    shutil.copytree(MINI_EVIDENCE, folder)
    for name in ("sanitation.yaml", "city.yaml"):  # Chinese text in both
        text = (MINI_EVIDENCE / name).read_text(encoding="utf-8")
        (folder / name).write_bytes(text.encode(encoding))
    assert (folder / "sanitation.yaml").read_bytes() != (MINI_EVIDENCE / "sanitation.yaml").read_bytes()
    assert indicators(runner, folder) == indicators(runner, MINI_EVIDENCE)


def test_a_file_in_no_known_encoding_is_named(runner, evidence_dir):
    (evidence_dir / "env.yaml").write_bytes(b"department: env\nevidence:\n  S01.06: \xff\xfe\x80\n")
    res = runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK)])
    assert res.exit_code == 2
    assert f"{evidence_dir}/env.yaml: error: cannot read the text" in res.output
    assert "UTF-8" in res.output and "Traceback" not in res.output
    res = runner.invoke(main, ["validate", str(evidence_dir), "--criteria", str(MINI_PACK)])
    assert res.exit_code == 2 and f"{evidence_dir}/env.yaml: error: cannot read" in res.output
