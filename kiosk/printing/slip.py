"""The take-home slip: the City's name, the card in the visitor's language and in English, its
source as text and as a QR code, the day it was printed and, where IT set one, the help line.
Drawn with QPainter on any paint device."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLayout,
    QTextOption,
)

from kiosk.card_markdown import TextOnlyDocument, insert_card_markdown
from kiosk.content.model import Content
from kiosk.font_face import face
from kiosk.i18n.balance import balanced_lines, is_balanced_script
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import N_p, Translator
from kiosk.i18n.views import CardView, card_view, format_day
from kiosk.printing.url_lines import url_lines
from kiosk.qr import paint_qr, qr_matrix

MM_PER_INCH = 25.4
HEADING = N_p("slip", "City of West Sacramento: information about immigration")
# The card's body on a letter page: the largest that keeps the slip to one sheet, never under
# 12 pt (at 11 pt, two thirds of the page stayed blank and elders could not read it).
BODY_POINTS = (14.0, 13.0, 12.0)
CARD_BODY_POINTS = 11.0  # card_document's body at scale 1


@dataclass(frozen=True)
class Slip:
    visitor: CardView
    english: CardView | None  # None when the visitor's card is already in English
    heading: str
    scan_hint: str
    printed_on: str
    english_heading: str
    last_checked: str
    fonts: tuple[str, ...]
    rtl: bool
    note: str | None = None  # above the card: not yet translated, or not yet checked
    english_heading_line: str | None = None  # the City's name in English, under a translated one
    help_line: str | None = None  # where to ask a person (IT's setting, the City's words)


def make_slip(
    content: Content,
    card_id: str,
    tr: Translator,
    english: Translator,
    today: dt.date | None = None,
    help_line: str | None = None,
) -> Slip:
    card = content.cards[card_id]
    visitor = card_view(content, card, tr)
    day = (today or dt.date.today()).isoformat()
    return Slip(
        visitor=visitor,
        english=None if visitor.text_language == "en" else card_view(content, card, english),
        heading=tr.pgettext(*HEADING),
        scan_hint=tr.pgettext("slip", "Scan the code to read the full official statement:"),
        # NOTE: At the top of a printed slip; {date} is the day it was printed.
        printed_on=tr.pgettext("slip", "Printed on {date}").format(date=format_day(day, tr)),
        english_heading=tr.pgettext("slip", "The same information in English"),
        last_checked=tr.pgettext("card", "Last checked: {date}").format(date=visitor.last_checked),
        fonts=LANGUAGES[tr.code].fonts,
        rtl=tr.language.rtl,
        note=visitor.note,
        # A person at the desk reads English: the name they know, under the visitor's own.
        english_heading_line=None if tr.code == "en" else english.pgettext(*HEADING),
        help_line=help_line or None,
    )


def print_font(families: tuple[str, ...], points: float, bold: bool = False) -> QFont:
    font = face(families, bold)
    font.setPointSizeF(points)
    return font


def card_document(
    slip: Slip,
    device: QPagedPaintDevice,
    width: float,
    scale: float = 1.0,
    english: bool = True,
    english_scale: float | None = None,
) -> QTextDocument:
    """The card's text laid out for `device` at `width`; `scale` enlarges every font (receipts),
    `english_scale` the English copy's (else `scale`), and without `english` only the visitor's
    card is set."""
    doc = TextOnlyDocument()  # card text: a picture it names is never read
    doc.documentLayout().setPaintDevice(device)
    doc.setDefaultFont(print_font(slip.fonts, 11 * scale))
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if slip.rtl else Qt.LayoutDirection.LeftToRight)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setTextWidth(width)
    cursor = QTextCursor(doc)
    with_english = english and slip.english is not None
    # No English version means the visitor's card is itself in English (untranslated): LTR.
    visitor_rtl = slip.rtl and slip.english is not None
    if slip.note:
        _note(cursor, slip.note, slip.fonts, slip.rtl, scale)
    _card(cursor, slip.visitor, slip.fonts, visitor_rtl, scale, first=True)
    if with_english and slip.english is not None:
        second = scale if english_scale is None else english_scale
        cursor.insertBlock()
        cursor.insertText(
            "\n" + slip.english_heading, char_format(print_font(slip.fonts, 10 * scale, bold=True))
        )
        _card(cursor, slip.english, LANGUAGES["en"].fonts, False, second, first=False)
    return doc


def char_format(font: QFont) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(font)
    return fmt


def _note(cursor: QTextCursor, note: str, fonts: tuple[str, ...], rtl: bool, scale: float) -> None:
    """The note in a thin box, as on the screen: black on white, which any printer draws."""
    frame = QTextFrameFormat()
    frame.setBorder(0.6 * scale)
    frame.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    frame.setPadding(5 * scale)
    frame.setBottomMargin(6 * scale)
    frame.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    cursor.insertFrame(frame)
    block = cursor.blockFormat()
    block.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
    cursor.setBlockFormat(block)
    cursor.insertText(note, char_format(print_font(fonts, 10 * scale)))
    # Out of the box again, for the card that follows it.
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _card(
    cursor: QTextCursor, view: CardView, fonts: tuple[str, ...], rtl: bool, scale: float, first: bool
) -> None:
    if not first:
        cursor.insertBlock()
    start = cursor.position()
    title_font = print_font(fonts, 15 * scale, bold=True)
    document = cursor.document()
    title = balanced_text(
        view.title, title_font, document.documentLayout().paintDevice(), document.textWidth()
    )
    cursor.insertText(title, char_format(title_font))
    cursor.insertBlock()
    body = view.text()
    cursor.setCharFormat(char_format(print_font(fonts, 11 * scale)))
    body_start = cursor.position()
    insert_card_markdown(cursor, body)
    # The Markdown comes in without fonts, so it would take the document's (the visitor's
    # script): English under an Arabic card set in the Arabic font's fallback, with its tall
    # lines. Each card's body takes its own fonts and size; bold stays bold.
    own = QTextCharFormat()
    own.setFontFamilies(list(fonts))
    own.setFontPointSize(11 * scale)
    span = QTextCursor(cursor.document())
    span.setPosition(body_start)
    span.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
    span.mergeCharFormat(own)
    # Every block of this card reads in the card's own direction (Markdown makes new blocks
    # that would take the document's), so English under a Farsi card is not right-aligned.
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    block = cursor.document().findBlock(start)
    while block.isValid() and block.position() <= cursor.position():
        fmt = block.blockFormat()
        fmt.setLayoutDirection(direction)
        fmt.setBottomMargin(8 * scale)
        QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def line_spans(doc: QTextDocument) -> list[tuple[float, float]]:
    """The (top, bottom) of each laid-out line: a page may break only between them."""
    # Qt lays a long document out a piece at a time: asking its size lays out all of it, so
    # that no line is left out (the end of a long bilingual receipt went missing).
    doc.documentLayout().documentSize()
    spans = []
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        top = text_layout.position().y()
        for index in range(text_layout.lineCount()):
            line = text_layout.lineAt(index)
            spans.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    return spans


def _text(painter: QPainter, box: QRectF, flags: Qt.AlignmentFlag, text: str) -> float:
    """Draw wrapped `text` from the top of `box`; returns the y below it."""
    used = painter.boundingRect(box, flags | Qt.TextFlag.TextWordWrap, text)
    painter.drawText(box, flags | Qt.TextFlag.TextWordWrap, text)
    return box.top() + used.height()


def _letterhead(painter: QPainter, page: QRectF, slip: Slip, dpmm: float) -> float:
    """The City's name (in the visitor's language, then English), the day, the help line."""
    align = Qt.AlignmentFlag.AlignRight if slip.rtl else Qt.AlignmentFlag.AlignLeft
    other = Qt.AlignmentFlag.AlignLeft if slip.rtl else Qt.AlignmentFlag.AlignRight
    painter.setFont(print_font(slip.fonts, 16, bold=True))
    y = _text(painter, QRectF(page.left(), page.top(), page.width(), page.height()), align, slip.heading)
    if slip.english_heading_line:
        painter.setFont(print_font(LANGUAGES["en"].fonts, 11))
        box = QRectF(page.left(), y + 1 * dpmm, page.width(), page.height())
        y = _text(painter, box, Qt.AlignmentFlag.AlignLeft, slip.english_heading_line)
    painter.setFont(print_font(slip.fonts, 10))
    y = _text(painter, QRectF(page.left(), y + 1 * dpmm, page.width(), page.height()), other, slip.printed_on)
    y += 2 * dpmm
    painter.fillRect(QRectF(page.left(), y, page.width(), 0.5 * dpmm), Qt.GlobalColor.black)
    y += 4 * dpmm
    if slip.help_line:
        painter.setFont(print_font(slip.fonts, 13, bold=True))
        y = _text(painter, QRectF(page.left(), y, page.width(), page.height()), align, slip.help_line)
        y += 4 * dpmm
    return y


def balanced_text(text: str, font: QFont, device: QPaintDevice | None, width: float) -> str:
    """`text` with its lines evened out where it is Chinese or Japanese (kiosk.i18n.balance),
    so a heading leaves no "吗？" alone on its last line; line separators keep it one paragraph."""
    if device is None or width <= 0 or not is_balanced_script(text):
        return text
    layout = QTextLayout(text, font, device)
    layout.beginLayout()
    count = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    lines = balanced_lines(text, count)
    metrics = QFontMetricsF(font, device)
    if any(metrics.horizontalAdvance(line) > width for line in lines):
        return text  # a balanced line would wrap again: the plain breaks
    return "\u2028".join(lines)


def printed_url(url: str, font: QFont, device: QPagedPaintDevice, width: float) -> str:
    """`url` in lines that fit `width`, broken after "/" (see url_lines), one per line."""
    metrics = QFontMetricsF(font, device)
    return "\n".join(url_lines(url, lambda line: metrics.horizontalAdvance(line) <= width))


def paint_slip(painter: QPainter, device: QPagedPaintDevice, slip: Slip) -> int:
    """Draw the slip over as many pages as it needs; returns the number of pages."""
    dpmm = device.logicalDpiX() / MM_PER_INCH
    page = QRectF(0, 0, device.width(), device.height())
    rtl = slip.rtl
    align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    y = _letterhead(painter, page, slip, dpmm)

    # The way out to the full statement: QR code beside its address in words.
    qr_side = 38 * dpmm
    qr_left = page.left() if rtl else page.right() - qr_side
    paint_qr(painter, QRectF(qr_left, y, qr_side, qr_side), qr_matrix(slip.visitor.url), snap=False)
    text_left = page.left() if not rtl else page.left() + qr_side + 6 * dpmm
    text_box = QRectF(text_left, y, page.width() - qr_side - 6 * dpmm, qr_side)
    painter.setFont(print_font(slip.fonts, 12))
    flags = align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    lines = f"{slip.scan_hint}\n{slip.visitor.source_title}\n{slip.last_checked}"
    painter.drawText(text_box, flags, lines)
    url_font = print_font(LANGUAGES["en"].fonts, 11)
    painter.setFont(url_font)
    url_box = QRectF(page.left(), y + qr_side + 2 * dpmm, page.width(), page.height())
    url = printed_url(slip.visitor.url, url_font, device, page.width())
    y = _text(painter, url_box, Qt.AlignmentFlag.AlignLeft, url)
    y += 5 * dpmm

    card = letter_card(slip, device, page.width(), page.bottom() - y)
    return paint_flow(painter, device, card.doc, page, y, break_after=card.break_after)


@dataclass(frozen=True)
class LetterCard:
    doc: QTextDocument
    points: float  # the body's size
    break_after: float | None  # where the first sheet ends early: the visitor's card, whole


def letter_card(slip: Slip, device: QPagedPaintDevice, width: float, room: float) -> LetterCard:
    """The card's text for a letter page with `room` left under its header: one sheet at the
    largest body size that fits, else the visitor's card whole on the first sheet."""

    def laid(points: float, english: bool = True) -> QTextDocument:
        return card_document(slip, device, width, scale=points / CARD_BODY_POINTS, english=english)

    for points in BODY_POINTS:
        doc = laid(points)
        if doc.size().height() <= room:
            return LetterCard(doc, points, None)
    if slip.english is not None:
        for points in BODY_POINTS:
            alone = laid(points, english=False).size().height()
            if alone <= room:
                return LetterCard(laid(points), points, alone)
    return LetterCard(laid(BODY_POINTS[-1]), BODY_POINTS[-1], None)


def paint_flow(
    painter: QPainter,
    device: QPagedPaintDevice,
    doc: QTextDocument,
    page: QRectF,
    y: float,
    break_after: float | None = None,
) -> int:
    """Draw `doc` from `y` on, breaking pages between lines only, and after `break_after` (a y
    in `doc`) where the page would hold more; returns the number of pages."""
    doc.setPageSize(QSizeF(page.width(), 1e9))
    spans = line_spans(doc)
    bottoms = [bottom for _, bottom in spans]
    pages = 1
    start = 0.0
    room = page.bottom() - y
    while True:
        limit = start + room
        if break_after is not None and start < break_after < limit:
            limit = break_after
        fitting = [b for b in bottoms if start < b <= limit]
        end = fitting[-1] if fitting else start + room
        painter.save()
        painter.translate(page.left(), y - start)
        painter.setClipRect(QRectF(0, start, page.width(), end - start))
        doc.drawContents(painter, QRectF(0, start, page.width(), end - start))
        painter.restore()
        if not bottoms or end >= bottoms[-1]:
            return pages
        device.newPage()
        pages += 1
        # The next sheet starts at its first line's top, not at the last line's bottom: the gap
        # between them would carry that line's marks below it (Khmer subscripts) onto the sheet.
        start = min((top for top, _ in spans if top >= end), default=end)
        y, room = page.top(), page.height()
