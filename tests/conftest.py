from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

DATA = Path(__file__).parent / "data"
MINI_PACK = DATA / "mini-pack"
MINI_EVIDENCE = DATA / "mini-evidence"
REPO = Path(__file__).resolve().parents[1]

# The cache of validated packs (packcache.py) of this test session, not the user's: every test
# that loads a pack twice goes through it, so the suite also checks that a cached pack behaves.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="nsc-check-cache-")
os.environ.pop("NSC_NO_CACHE", None)


@pytest.fixture(autouse=True)
def english_messages(request, monkeypatch):
    """Most tests assert the English wording of messages (NSC_LANG=en); a test marked `zh`
    runs with NSC_LANG unset, as a user's machine does, where everything reads in Chinese."""
    if request.node.get_closest_marker("zh"):
        monkeypatch.delenv("NSC_LANG", raising=False)
    else:
        monkeypatch.setenv("NSC_LANG", "en")


@pytest.fixture
def mini_pack():
    from nsc_check.pack import load_pack

    return load_pack(str(MINI_PACK))


@pytest.fixture
def evidence_dir(tmp_path: Path) -> Path:
    """A writable copy of the mini sample city."""
    target = tmp_path / "evidence"
    shutil.copytree(MINI_EVIDENCE, target)
    return target


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path
