"""Printing for real, through the CUPS test printers of deploy/cups-test-queue.sh.

cups-pdf turns every job into a PDF, but only by way of PostScript: CUPS converts our PDF to
PostScript for it, and no converter keeps the text layer (Ghostscript re-encodes Qt's CID fonts
as Type 3 fonts with made-up glyph names, poppler's pdftops as 8-bit fonts without Unicode).
So here the paper and the QR code are read from what cups-pdf wrote, and the text from the
very PDF that start_print submits (test_receipt.py, test_pdf_slip.py: the same render_pdf).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.config import from_mapping
from kiosk.printing import cups
from kiosk.printing.backend import SystemPrinter
from kiosk.printing.outcome import PrintOutcome
from tests.helpers import cups_queue
from tests.helpers.content import load_repo_content
from tests.helpers.pdf import page_sizes_mm, qr_codes


@pytest.fixture(autouse=True)
def _queues() -> None:
    cups_queue.require_queues()


def _print(qtbot: QtBot, printer: str, lang: str = "fa", **settings: object) -> PrintOutcome:
    cfg = from_mapping({"printer": printer, **settings})
    outcomes: list[PrintOutcome] = []
    content = load_repo_content(cfg)
    SystemPrinter(cfg).start(content, next(iter(content.cards)), lang, outcomes.append)
    assert outcomes == [], "a job must start and return before it is done"
    # Generous: the promise (done by print_timeout) is kept by a timer, tested on its own.
    qtbot.waitUntil(lambda: bool(outcomes), timeout=(cfg.print_timeout + 10) * 1000)
    qtbot.wait(50)  # and nothing more arrives after the one outcome
    assert len(outcomes) == 1
    return outcomes[0]


@pytest.mark.parametrize(("layout", "width_mm"), [("page", 215.9), ("receipt", 80.0)])
def test_a_slip_comes_out_of_cups_on_its_paper_with_a_working_qr(
    qtbot: QtBot, tmp_path: Path, layout: str, width_mm: float
) -> None:
    outcome = _print(qtbot, cups_queue.PDF_QUEUE, print_layout=layout)
    assert outcome.ok, outcome.detail
    printed = cups_queue.job_pdf(outcome.job)
    width, _height = page_sizes_mm(printed)[0]
    assert width == pytest.approx(width_mm, abs=0.6), "the printer was given the slip's own paper size"
    content = load_repo_content(from_mapping({}))
    url = content.sources[next(iter(content.cards.values())).source].url
    codes = qr_codes(printed, tmp_path)
    assert [c.text for c in codes] == [url]
    if layout == "receipt":
        assert codes[0].width_mm >= 25


@pytest.mark.expect_log("kiosk.printing.system_printer", "WARNING")
def test_a_missing_printer_fails_at_once(qtbot: QtBot) -> None:
    outcome = _print(qtbot, "no-such-printer")
    assert (outcome.ok, outcome.reason, outcome.job) == (False, "no-printer", "")
    assert "'no-such-printer'" in outcome.detail


@pytest.mark.expect_log("kiosk.printing.system_printer", "WARNING")
@pytest.mark.parametrize(("queue", "reason"), [("KioskPaused", "paused"), ("KioskRejecting", "rejecting")])
def test_a_paused_or_rejecting_queue_fails_before_any_job(qtbot: QtBot, queue: str, reason: str) -> None:
    outcome = _print(qtbot, queue)
    assert (outcome.ok, outcome.reason) == (False, reason)
    assert outcome.job == "", "nothing was queued, so nothing can print later"
    assert queue in outcome.detail


@pytest.mark.expect_log("kiosk.printing.system_printer", "WARNING")
def test_out_of_paper_fails_and_the_job_is_cancelled(qtbot: QtBot) -> None:
    outcome = _print(qtbot, cups_queue.NO_PAPER_QUEUE, print_timeout=30)
    assert (outcome.ok, outcome.reason) == (False, "out-of-paper")
    assert "paper" in outcome.detail
    if outcome.job:  # the printer may still report no paper from before: then no job at all
        assert cups_queue.job_state(outcome.job) != "active"


@pytest.mark.expect_log("kiosk.printing.system_printer", "WARNING")
def test_a_printer_that_never_finishes_times_out_and_the_job_is_cancelled(qtbot: QtBot) -> None:
    outcome = _print(qtbot, cups_queue.HANG_QUEUE, print_timeout=2)
    assert (outcome.ok, outcome.reason) == (False, "timeout")
    assert outcome.job.startswith(cups_queue.HANG_QUEUE + "-")
    assert "cancelled" in outcome.detail
    assert cups_queue.job_state(outcome.job) != "active", "a cancelled job cannot print later"
    assert cups.job_state(cups_queue.HANG_QUEUE, int(outcome.job.rsplit("-", 1)[1])) == cups.CANCELED
