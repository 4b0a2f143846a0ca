"""The HTML report (report/html.py): one self-contained page, also run in a real browser."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from conftest import MINI_PACK
from helpers import SAMPLE, assess_mini, gap_ids, html_gap_ids, run

from nsc_check.cli import main
from nsc_check.values import format_number


@pytest.mark.zh
def test_html_is_one_self_contained_page(runner, city, tmp_path, mini_pack):
    out = tmp_path / "report.html"
    res = assess_mini(runner, city, "--format", "html", "--output", str(out))
    assert res.exit_code == 1, res.output
    page = out.read_text(encoding="utf-8")
    assert '<html lang="zh-CN">' in page and "具备申报条件，尚未达到申报要求" in page
    top = page.split('id="conditions"')[0]
    assert all(reason.zh in top for reason in run(mini_pack, city).summary.reasons)
    assert not re.search(r"<link|\bsrc=|https?://|@import", page)   # nothing fetched
    assert "<style>" in page and "@media print" in page and "<svg" in page
    for section in run(mini_pack, city).sections:
        row = page.split(f'data-id="{section.id}"')[1].split("</tr>")[0]
        assert f"{format_number(section.percent)}%" in row and f'x1="{section.floor_percent}"' in row
        assert section.below_floor and 'class="low"' in row  # the bar is red under its floor
    assert html_gap_ids(page, "section") == gap_ids(mini_pack, city)
    assert sorted(html_gap_ids(page, "department")) == sorted(gap_ids(mini_pack, city))
    noise = page.split('data-id="S01.04"')[1].split("</tr>")[0]
    for expected in ("71.4 dB(A)", "≤ 70 dB(A)", "超出 1.4 dB(A)", "市环境保护局",
                     '<code class="path">env.yaml</code> <span class="line">第4行</span>'):
        assert expected in noise
    assert str(city) not in page  # the folder on the machine assessed on means nothing on paper
    missing = page.split('data-id="S01.07"')[1].split("</tr>")[0]
    assert "缺证据" in missing and "未报送" in missing


def test_html_escapes_evidence_text(runner, city, tmp_path):
    out = tmp_path / "report.html"
    assess_mini(runner, city, "--format", "html", "-o", str(out))
    page = out.read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page
    assert "<script>alert" not in page
    assert page.count("<script>") == 1  # only the report's own sorting script


def test_html_in_english(runner, evidence_dir, tmp_path):
    out = tmp_path / "report.html"
    assess_mini(runner, evidence_dir, "--format", "html", "-o", str(out), "--lang", "en")
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "eligible, not yet ready" in page
    assert "1.4 dB(A) over" in page and "By department" in page and "具备" not in page


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("html") / "report.html"
    CliRunner().invoke(main, ["assess", str(SAMPLE), "--format", "html", "-o", str(out),
                              "--lang", "en"])
    return out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page_zh(tmp_path_factory):
    import os

    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("html") / "report.html"
    env = {k: v for k, v in os.environ.items() if k != "NSC_LANG"}
    CliRunner(env=env).invoke(main, ["assess", str(SAMPLE), "--format", "html", "-o", str(out),
                                     "--lang", "zh"])
    return out.read_text(encoding="utf-8")


@pytest.mark.zh
def test_html_shows_the_points_at_stake_and_the_near_miss(page_zh):
    head = page_zh.split('id="conditions"')[0]
    assert "距总分底线 90% 还差 67.5 分" in head and "满分 1000 分" in head
    s10 = page_zh.split('<tr class="below" data-id="S10"')[1].split("</tr>")[0]
    assert "差 4 分" in s10
    row = page_zh.split('<tr class="gap fail" data-id="S08.04"')[1].split("</tr>")[0]
    assert 'data-label="失分" data-sort="20.0">20<' in row
    b05 = page_zh.split('data-id="B05"')[1].split("</tr>")[0]
    assert "临界" in b05 and "3/4" in b05 and "1.73" in b05


def test_html_has_the_plan_when_not_ready(page):
    plan = page.split('<section id="plan">')[1].split("</section>")[0]
    ids = re.findall(r'data-plan-id="([^"]+)"', plan)
    assert ids and "S08.04" in ids and "S10.05" in ids  # S10's floor needs S10.05


def test_html_card_layout_on_phones_and_print_css(page):
    style = page.split("<style>")[1].split("</style>")[0]
    phone = style.split("@media (max-width: 600px)")[1].split("\n}\n")[0]
    assert "table.gaps thead { display: none; }" in phone
    assert "table.gaps tr.gap { display: grid;" in phone
    assert "content: attr(data-label)" in phone
    printed = style.split("@media print")[1]
    assert "@page { size: A4" in style and "break-before: page" in printed
    assert "table.gaps tr.gap { display: grid;" in printed
    assert "word-break: break-all" not in style  # paths never one character a line
    row = page.split('data-id="S04.05"')[1].split("</tr>")[0]
    for label in ("Measured", "Required", "Gap", "Lead", "Evidence"):
        assert f'data-label="{label}"' in row


# The page in a real browser: headless Chromium runs its script and shows the gaps.

CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
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


@needs_chromium
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


@needs_chromium
def test_screenshot(report, tmp_path):
    shot = tmp_path / "report.png"
    done = chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", report.as_uri())
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 10_000
