"""The HTML report in a real browser: headless Chromium runs its script and shows the gaps."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import MINI_PACK

from nsc_check.cli import main

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="needs Debian's chromium at /usr/bin/chromium "
                                       "(apt-get install chromium; .ci/run installs it)")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def report(runner, evidence_dir, tmp_path) -> Path:
    out = tmp_path / "report.html"
    res = runner.invoke(main, ["assess", str(evidence_dir), "--criteria", str(MINI_PACK),
                               "--format", "html", "--output", str(out)])
    assert res.exit_code == 1, res.output
    return out


@pytest.mark.zh
def test_rendered_dom_shows_the_verdict_and_the_gaps(report, tmp_path):
    done = chromium(tmp_path, "--dump-dom", report.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    dom = done.stdout
    source = report.read_text(encoding="utf-8")
    assert 'data-js="on"' in dom  # the inline script ran without error
    verdict = dom.split('id="verdict"')[1].split("</section>")[0]
    assert "具备申报条件，尚未达到申报要求" in verdict
    shown = re.search(r'<div class="view" id="view-section" data-view="section"( hidden)?', dom)
    hidden = re.search(r'<div class="view" id="view-department" data-view="department"( hidden)?',
                       dom)
    assert shown and not shown.group(1) and hidden and hidden.group(1)  # one view at a time
    rows = re.findall(r'<tr class="gap [a-z_]+" data-id="([^"]+)"',
                      dom.split('id="view-section"')[1].split("</table>")[0])
    expected = re.findall(r'<tr class="gap [a-z_]+" data-id="([^"]+)"',
                          source.split('id="view-section"')[1].split("</table>")[0])
    assert rows == expected and "S01.04" in rows


def test_screenshot(report, tmp_path):
    shot = tmp_path / "report.png"
    done = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", report.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
