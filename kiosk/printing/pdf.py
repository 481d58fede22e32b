"""The slip as a PDF file: no printer needed (the `print --pdf` command, tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.i18n.translator import translator_for
from kiosk.printing.slip import Slip, make_slip, paint_slip
from kiosk.qt_app import ensure_app


def page_printer(printer: QPrinter) -> QPrinter:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(False)
    printer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout.Unit.Millimeter)
    return printer


def slip_for(cfg: Config, content: Content, card_id: str, lang: str) -> Slip:
    translations = cfg.resolve(cfg.translations_dir)
    return make_slip(content, card_id, translator_for(translations, lang), translator_for(translations, "en"))


def write_slip_pdf(cfg: Config, content: Content, card_id: str, lang: str, path: Path) -> int:
    """Write the slip to `path`; returns the number of pages. Raises OSError if it cannot."""
    ensure_app()
    slip = slip_for(cfg, content, card_id, lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    printer = page_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(300)
    printer.setDocName(f"{card_id} ({lang})")
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot write a PDF to {path}")
    try:
        pages = paint_slip(painter, printer, slip)
    finally:
        painter.end()
    return pages
