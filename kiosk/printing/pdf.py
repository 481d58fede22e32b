"""The slip as a PDF file, in the configured layout: what `print --pdf` writes, what tests read,
and on CUPS what is sent to the printer (the same file, so a test of one is a test of both).

render_pdf paints on a QPrinter in PDF mode, which Qt allows from a worker thread; it needs
the QApplication to exist already (made on the GUI thread), so only write_slip_pdf makes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.i18n.help_line import help_line_text
from kiosk.i18n.review import under_policy
from kiosk.i18n.translator import translator_for
from kiosk.printing.receipt import PAPER_WIDTH_MM, ReceiptLayout, receipt_page
from kiosk.printing.slip import Slip, make_slip, paint_slip
from kiosk.qt_app import ensure_app

RESOLUTION = 300


@dataclass(frozen=True)
class Rendered:
    pages: int
    media: str  # the paper as CUPS names it, so the printer does not scale or crop the slip


def page_printer(printer: QPrinter) -> QPrinter:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(False)
    printer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout.Unit.Millimeter)
    return printer


def slip_for(cfg: Config, content: Content, card_id: str, lang: str) -> Slip:
    translations = cfg.resolve(cfg.translations_dir)
    # The slip says what the screen said: the same policy for unreviewed translations.
    tr = under_policy(translator_for(translations, lang), cfg.unreviewed_translations)
    english = translator_for(translations, "en")
    # Where to ask a person, as the screen says it (the kiosk's help_line setting).
    return make_slip(content, card_id, tr, english, help_line=help_line_text(content, cfg.help_line, tr))


def paint_layout(printer: QPrinter, layout: str, slip: Slip) -> Rendered:
    """Set the printer's paper for `layout`, then paint the slip on it. Raises OSError."""
    printer.setResolution(RESOLUTION)
    media = "Letter"
    receipt = None
    if layout == "receipt":
        printer.setFullPage(False)
        printer.setPageLayout(receipt_page(200))  # provisional: the layout is measured in it
        receipt = ReceiptLayout(slip, printer)
        printer.setPageLayout(receipt_page(receipt.length_mm))
        media = f"Custom.{PAPER_WIDTH_MM:g}x{receipt.length_mm:.1f}mm"
    else:
        page_printer(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer did not accept the slip")
    try:
        pages = receipt.paint(painter, printer) if receipt else paint_slip(painter, printer, slip)
    finally:
        painter.end()
    return Rendered(pages, media)


def render_pdf(cfg: Config, content: Content, card_id: str, lang: str, path: Path) -> Rendered:
    slip = slip_for(cfg, content, card_id, lang)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    # The document name is all a print queue shows: nothing of the visitor's choice in it.
    printer.setDocName("West Sacramento information")
    try:
        return paint_layout(printer, cfg.print_layout, slip)
    except OSError:
        raise OSError(f"cannot write a PDF to {path}") from None


def write_slip_pdf(cfg: Config, content: Content, card_id: str, lang: str, path: Path) -> int:
    """Write the slip to `path`; returns the number of pages. Raises OSError if it cannot."""
    ensure_app()
    path.parent.mkdir(parents=True, exist_ok=True)
    return render_pdf(cfg, content, card_id, lang, path).pages
