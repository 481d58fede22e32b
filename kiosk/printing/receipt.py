"""The slip for an 80 mm receipt printer: one column, large text, a large QR code.

Receipt paper is 80 mm wide but the print head covers about 72 mm, so everything is laid out in
72 mm. The roll has no fixed page length: the page is made as long as the content (measured
first), up to MAX_LENGTH_MM, past which it continues on further pages so a driver that refuses
very long pages still prints it all; the pages share the length out (one paper size a job), so
the last is not a long blank tail. The card comes in the visitor's
language first, then in English, as on the page slip and the red cards people carry (one
language where the card is shown in English): the English copy is set a little smaller, so the
roll stays short.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextOption,
)

from kiosk.i18n.languages import LANGUAGES
from kiosk.printing.slip import (
    MM_PER_INCH,
    Slip,
    balanced_text,
    card_document,
    char_format,
    paint_flow,
    print_font,
    printed_url,
)
from kiosk.qr import paint_qr, qr_matrix

PAPER_WIDTH_MM = 80.0
PRINTABLE_WIDTH_MM = 72.0
SIDE_MARGIN_MM = (PAPER_WIDTH_MM - PRINTABLE_WIDTH_MM) / 2
END_MARGIN_MM = 5.0
QR_MM = 44.0  # with its quiet zone; phones read it from arm's length (at least 25 mm asked)
MAX_LENGTH_MM = 600.0
SCALE = 1.25  # the page slip's 11 pt body becomes ~14 pt
ENGLISH_SCALE = 1.0  # the English copy at the page slip's 11 pt
GAP_MM = 4.0


def page_length_mm(content_mm: float) -> float:
    """The length of each page for `content_mm` of slip: one page as long as it, else as few
    pages of MAX_LENGTH_MM or less as hold it, all of one length (a page breaks between lines
    only, so each keeps a little room for the line that would not fit)."""
    one = content_mm + 2 * END_MARGIN_MM + 2
    if one <= MAX_LENGTH_MM:
        return one
    slack = 12.0
    pages = math.ceil(content_mm / (MAX_LENGTH_MM - 2 * END_MARGIN_MM - slack))
    return min(MAX_LENGTH_MM, content_mm / pages + 2 * END_MARGIN_MM + slack)


def receipt_page(length_mm: float) -> QPageLayout:
    size = QPageSize(
        QSizeF(PAPER_WIDTH_MM, length_mm),
        QPageSize.Unit.Millimeter,
        "Receipt 80 mm",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    margins = QMarginsF(SIDE_MARGIN_MM, END_MARGIN_MM, SIDE_MARGIN_MM, END_MARGIN_MM)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)


def _lines(
    device: QPagedPaintDevice,
    width: float,
    slip: Slip,
    parts: list[tuple[str, float, bool, bool]],
) -> QTextDocument:
    """A short document of (text, points, bold, english) blocks, each in its own direction."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # the URL has no spaces
    doc.setDefaultTextOption(option)
    doc.setTextWidth(width)
    cursor = QTextCursor(doc)
    for index, (text, points, bold, english) in enumerate(parts):
        if index:
            cursor.insertBlock()
        fmt = cursor.blockFormat()
        rtl = slip.rtl and not english
        fmt.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        fmt.setBottomMargin(4)
        cursor.setBlockFormat(fmt)
        fonts = LANGUAGES["en"].fonts if english else slip.fonts
        # A line separator, not a new block: a URL's lines stay one paragraph.
        font = print_font(fonts, points, bold)
        text = balanced_text(text, font, device, width)
        cursor.insertText(text.replace("\n", "\u2028"), char_format(font))
    return doc


class ReceiptLayout:
    """The receipt measured for one device; `length_mm` is the page length it needs."""

    def __init__(self, slip: Slip, device: QPagedPaintDevice) -> None:
        self.slip = slip
        dpmm = device.logicalDpiX() / MM_PER_INCH
        self.dpmm = dpmm
        width = PRINTABLE_WIDTH_MM * dpmm
        self.width = width
        header: list[tuple[str, float, bool, bool]] = [(slip.heading, 14, True, False)]
        if slip.english_heading_line:
            header.append((slip.english_heading_line, 10, False, True))
        header.append((slip.printed_on, 11, False, False))
        if slip.help_line:
            header.append((slip.help_line, 13, True, False))
        self.header = _lines(device, width, slip, header)
        url_font = print_font(LANGUAGES["en"].fonts, 10)
        self.hint = _lines(
            device,
            width,
            slip,
            [
                (slip.scan_hint, 13, False, False),
                (slip.visitor.source_title, 13, True, False),
                (printed_url(slip.visitor.url, url_font, device, width), 10, False, True),
                (slip.last_checked, 11, False, False),
            ],
        )
        self.card = card_document(slip, device, width, scale=SCALE, english_scale=ENGLISH_SCALE)
        gaps = 4 * GAP_MM * dpmm
        height = self.header.size().height() + QR_MM * dpmm + self.hint.size().height()
        height += self.card.size().height() + gaps
        self.length_mm = page_length_mm(height / dpmm)

    def paint(self, painter: QPainter, device: QPagedPaintDevice) -> int:
        dpmm, width = self.dpmm, self.width
        page = QRectF(0, 0, device.width(), device.height())
        y = self._draw(painter, self.header, 0)
        y += GAP_MM * dpmm / 2
        painter.fillRect(QRectF(0, y, width, 0.5 * dpmm), Qt.GlobalColor.black)
        y += GAP_MM * dpmm / 2
        side = QR_MM * dpmm
        qr_box = QRectF((width - side) / 2, y, side, side)
        paint_qr(painter, qr_box, qr_matrix(self.slip.visitor.url), snap=False)
        y = self._draw(painter, self.hint, y + side + GAP_MM * dpmm / 2)
        y += GAP_MM * dpmm / 2
        painter.fillRect(QRectF(0, y, width, 0.5 * dpmm), Qt.GlobalColor.black)
        y += GAP_MM * dpmm
        return paint_flow(painter, device, self.card, page, y)

    @staticmethod
    def _draw(painter: QPainter, doc: QTextDocument, y: float) -> float:
        painter.save()
        painter.translate(QPointF(0, y))
        doc.drawContents(painter)
        painter.restore()
        return y + doc.size().height()
