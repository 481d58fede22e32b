"""Which printer states stop a slip, and what staff are told (no CUPS needed)."""

from __future__ import annotations

import pytest

from kiosk.printing.faults import IDLE, PROCESSING, STOPPED, PrinterStatus, fault_of, warnings_of


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (PrinterStatus("P"), None),
        (PrinterStatus("P", PROCESSING, reasons=("toner-low-warning", "media-low-report")), None),
        (PrinterStatus("P", STOPPED, reasons=("paused",)), "paused"),
        (PrinterStatus("P", STOPPED), "paused"),
        (PrinterStatus("P", STOPPED, reasons=("media-empty-error",)), "out-of-paper"),
        (PrinterStatus("P", IDLE, accepting=False), "rejecting"),
        (PrinterStatus("P", IDLE, reasons=("media-empty-error",)), "out-of-paper"),
        (PrinterStatus("P", PROCESSING, reasons=("media-needed",)), "out-of-paper"),
        (PrinterStatus("P", PROCESSING, reasons=("media-jam-error",)), "jammed"),
        (PrinterStatus("P", PROCESSING, reasons=("door-open-error",)), "door-open"),
        (PrinterStatus("P", PROCESSING, reasons=("offline-report",)), None),
        (PrinterStatus("P", PROCESSING, reasons=("connecting-to-device",)), None),
    ],
)
def test_fault_of(status: PrinterStatus, reason: str | None) -> None:
    fault = fault_of(status)
    assert (fault.reason if fault else None) == reason
    if fault:
        assert "'P'" in fault.text


def test_warnings_are_reported_but_do_not_stop_printing() -> None:
    status = PrinterStatus("P", reasons=("toner-low-warning", "none"))
    assert fault_of(status) is None
    assert warnings_of(status) == ["toner-low-warning"]
