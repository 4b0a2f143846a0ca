"""The document kind: documents that must exist as attachments."""

from __future__ import annotations

from helpers import check_examples, result_of


def test_its_documented_examples_load_and_the_passing_one_passes(tmp_path):
    """The rule, passing and failing entries its docstring documents (`criteria kinds`), read by
    the real loaders."""
    statuses = check_examples("document", tmp_path)
    assert statuses["passing"] == "pass" and statuses["failing"] in ("fail", "partial")


def test_document_needs_the_attachment_to_exist(mini_pack, tmp_path):
    body = "  S02.05:\n    plan: attachments/plan.pdf\n    summary: attachments/summary.pdf\n"
    folder = tmp_path / "city"
    (folder / "attachments").mkdir(parents=True)
    (folder / "attachments" / "plan.pdf").write_bytes(b"%PDF")
    r = result_of(mini_pack, tmp_path, "aiwei", body, "S02.05")
    assert r.status == "partial" and r.points_awarded == 7.5
    assert "attachments/summary.pdf" in r.findings[0].zh
    (folder / "attachments" / "summary.pdf").write_bytes(b"%PDF")
    assert result_of(mini_pack, tmp_path, "aiwei", body, "S02.05").status == "pass"
