"""Print the slip on the configured printer, or the system's default; never raise."""

from __future__ import annotations

import logging

from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.printing.outcome import PrintOutcome
from kiosk.printing.pdf import page_printer, slip_for
from kiosk.printing.slip import paint_slip

log = logging.getLogger(__name__)


def find_printer(name: str) -> QPrinterInfo | None:
    if name:
        info = QPrinterInfo.printerInfo(name)
        return None if info.isNull() else info
    info = QPrinterInfo.defaultPrinter()
    return None if info.isNull() else info


def print_slip(cfg: Config, content: Content, card_id: str, lang: str) -> PrintOutcome:
    info = find_printer(cfg.printer)
    if info is None:
        wanted = f"printer {cfg.printer!r}" if cfg.printer else "a default printer"
        return PrintOutcome(False, f"no {wanted} is set up on this computer")
    try:
        slip = slip_for(cfg, content, card_id, lang)
        printer = page_printer(QPrinter(info, QPrinter.PrinterMode.HighResolution))
        printer.setDocName("West Sacramento information")
        painter = QPainter()
        if not painter.begin(printer):
            return PrintOutcome(False, f"printer {info.printerName()!r} did not accept the job")
        try:
            paint_slip(painter, printer, slip)
        finally:
            painter.end()
    except Exception as err:  # a printer must never take the kiosk down
        log.exception("printing failed")
        return PrintOutcome(False, f"printing failed: {err}")
    return PrintOutcome(True, f"sent to {info.printerName()!r}")
