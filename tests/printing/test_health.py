"""The printer's health as doctor and the admin screen tell it, from the CUPS test printers of
deploy/cups-test-queue.sh (and from Qt's printer list, as on a system without CUPS)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from kiosk.config import from_mapping
from kiosk.printing import cups
from kiosk.printing.faults import PrinterStatus
from kiosk.printing.health import printer_health
from tests.helpers import cups_queue

STILL_QR = "Visitors can still scan the QR code."


@pytest.mark.parametrize(
    ("printer", "status", "says"),
    [
        (cups_queue.PDF_QUEUE, "OK", "'KioskPDF' ready (page layout)"),
        (cups_queue.PAUSED_QUEUE, "FIX", "resume it (cupsenable)"),
        (cups_queue.REJECTING_QUEUE, "FIX", "accept them again (cupsaccept)"),
        (cups_queue.NO_PAPER_QUEUE, "FIX", "load paper"),
        ("no-such-printer", "FIX", "no printer 'no-such-printer' found; add it in CUPS"),
    ],
)
def test_each_queue_says_whether_a_slip_can_come_out(printer: str, status: str, says: str) -> None:
    cups_queue.require_queues()
    health = printer_health(from_mapping({"printer": printer}))
    assert (health.status, health.ready) == (status, status == "OK")
    assert says in health.text
    assert health.text.endswith(STILL_QR) == (status == "FIX")


def test_a_warning_is_told_but_the_slip_still_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cups, "available", lambda: True)
    monkeypatch.setattr(
        cups, "printer_status", lambda name: PrinterStatus(name, reasons=("toner-low-warning",))
    )
    health = printer_health(from_mapping({"printer": "Lobby"}))
    assert (health.status, health.ready) == ("WARN", True)
    assert health.text == "'Lobby' ready, but reports toner-low-warning"


@pytest.mark.parametrize(
    ("printer", "status"),
    [(cups_queue.PDF_QUEUE, "OK"), (cups_queue.PAUSED_QUEUE, "FIX"), ("no-such-printer", "FIX")],
)
def test_without_cups_qt_printer_list_answers(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, printer: str, status: str
) -> None:
    cups_queue.require_queues()
    monkeypatch.setattr(cups, "available", lambda: False)
    health = printer_health(from_mapping({"printer": printer}))
    assert (health.status, health.ready) == (status, status == "OK")
    assert printer in health.text
