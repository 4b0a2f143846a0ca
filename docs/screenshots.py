"""Regenerate the README's screenshots from the bundled sample city (needs /usr/bin/chromium).

    python docs/screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from rich.console import Console
from rich.terminal_theme import MONOKAI

from nsc_check.assess import assess
from nsc_check.commands.plan import build_plan
from nsc_check.evidence import load_evidence
from nsc_check.pack import load_pack
from nsc_check.report import html, terminal

DOCS = Path(__file__).resolve().parent
EVIDENCE = DOCS.parent / "evidence"


def shoot(page: Path, png: Path, size: str, profile: str) -> None:
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                    f"--user-data-dir={profile}", f"--screenshot={png}", f"--window-size={size}",
                    page.as_uri()], check=True, capture_output=True)


def side_by_side(parts: list[str], width: int, height: int, tmp: Path, png: Path,
                 profile: str) -> None:
    """Several frames or pictures in a row, as one picture (no image library needed)."""
    wrapper = tmp / f"{png.stem}.html"
    wrapper.write_text("<!DOCTYPE html><html><body style='margin:0;display:flex;gap:10px;"
                       "background:#888'>" + "".join(parts) + "</body></html>", encoding="utf-8")
    shoot(wrapper, png, f"{width},{height}", profile)


def phone(page: Path, tmp: Path, profile: str) -> None:
    """At 390 px: the top of the report, and its gaps (one card per gap)."""
    frames = [f"<iframe src='{page.as_uri()}{anchor}' style='width:390px;height:2400px;"
              "border:0;background:#fff'></iframe>" for anchor in ("", "#gaps")]
    side_by_side(frames, 790, 2400, tmp, DOCS / "report-phone.png", profile)


def paper(page: Path, tmp: Path, profile: str) -> None:
    """The print preview on A4: the first three pages (the head, the plan, the gaps)."""
    pdf = tmp / "report.pdf"
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                    "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", f"--user-data-dir={profile}",
                    f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri()],
                   check=True, capture_output=True)
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "3", str(pdf),
                    str(tmp / "page")], check=True)
    pages = sorted(tmp.glob("page-*.png"))
    images = [f"<img src='{p.as_uri()}' style='background:#fff'>" for p in pages]
    side_by_side(images, 1270, 590, tmp, DOCS / "report-print.png", profile)


def main() -> None:
    os.chdir(EVIDENCE.parent)  # evidence locations read `evidence/…`, as a user would see them
    pack = load_pack()
    evidence = load_evidence(Path("evidence"), pack)
    result = assess(pack, evidence)
    plan = build_plan(pack, evidence, result, Path("evidence"))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html.render(result, "zh", plan), encoding="utf-8")
        shoot(page, DOCS / "report-html.png", "1280,2000", f"{tmp}/profile")
        phone(page, Path(tmp), f"{tmp}/profile")
        paper(page, Path(tmp), f"{tmp}/profile")
        console = Console(record=True, width=100, file=open("/dev/null", "w"), markup=False,
                          emoji=False, highlight=False)  # noqa: SIM115
        terminal.render(result, console, "zh")
        # rich's SVG export squeezes CJK text (it sizes spans by characters, not cells), so the
        # terminal is shown as HTML in a font whose CJK glyphs are exactly two Latin widths
        # (WenQuanYi Zen Hei Mono, Debian's fonts-wqy-zenhei), which keeps the columns aligned.
        wrapper = Path(tmp) / "terminal.html"
        wrapper.write_text(console.export_html(theme=MONOKAI, inline_styles=True, code_format=(
            "<!DOCTYPE html><html><head><meta charset='utf-8'><style>"
            "body{{margin:0;background:{background};color:{foreground}}}"
            "pre{{margin:0;padding:16px 20px;font:15px/1.35 'WenQuanYi Zen Hei Mono',monospace}}"
            "</style></head><body><pre>{code}</pre></body></html>")), encoding="utf-8")
        shoot(wrapper, DOCS / "report-terminal.png", "1000,1900", f"{tmp}/profile")


if __name__ == "__main__":
    main()
