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


def main() -> None:
    os.chdir(EVIDENCE.parent)  # evidence locations read `evidence/…`, as a user would see them
    pack = load_pack()
    result = assess(pack, load_evidence(Path("evidence"), pack))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html.render(result, "zh"), encoding="utf-8")
        shoot(page, DOCS / "report-html.png", "1280,2000", f"{tmp}/profile")
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
