"""The review packet as a PDF: every card, topic and interface text, English beside the
translation, with its context and a box to tick, for a translator who checks on paper.

The language's own fonts and direction are used for the translation; in a right-to-left
language the whole table reads from the right (the box first, then the English, then the
translation on the left), as a reader of that language scans a page.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextTableCell,
    QTextTableFormat,
)
from PySide6.QtPrintSupport import QPrinter

from kiosk.i18n.bidi import right_to_left
from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE, Language
from kiosk.i18n.packet import SECTION_TITLES, SECTIONS, Packet, PacketEntry, reflow
from kiosk.printing.pdf import page_printer
from kiosk.printing.slip import char_format, print_font
from kiosk.qt_app import ensure_app

ENGLISH_FONTS = LANGUAGES[SOURCE_LANGUAGE].fonts
# DejaVu Sans draws the ballot box; Noto's Latin fonts have none.
BOX_FONTS = ("DejaVu Sans", "Noto Sans Symbols2")
BOX = "\u2610"
MUTED = QColor("#444444")
T = TypeVar("T")

INSTRUCTIONS = (
    "Read each English text and its translation. Tick the box when the translation says the same "
    "thing, in plain words that a visitor will understand. If it does not, write your correction "
    "beside it. Keep ICE, 287(g), SB 54, 17-29 and WSPD as they are. Card texts keep their "
    "paragraphs, their list items (- ) and their **bold** marks."
)
SIGN_OFF = (
    "When every box is ticked, sign below. The project team then records your sign-off on the "
    'kiosk with: main.py i18n review {code} --by "your name"'
)


def _direction(rtl: bool) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight


def _paragraph(cursor: QTextCursor, text: str, fmt: QTextCharFormat, rtl: bool = False) -> None:
    block = cursor.blockFormat()
    block.setLayoutDirection(_direction(rtl))
    block.setBottomMargin(3)
    cursor.setBlockFormat(block)
    cursor.insertText(text, fmt)


def _muted(fonts: tuple[str, ...], points: float, bold: bool = False) -> QTextCharFormat:
    fmt = char_format(print_font(fonts, points, bold))
    fmt.setForeground(MUTED)
    return fmt


def _fill(cell: QTextTableCell, parts: list[tuple[str, QTextCharFormat]], rtl: bool) -> None:
    cursor = cell.firstCursorPosition()
    for index, (text, fmt) in enumerate(parts):
        if index:
            cursor.insertBlock()
        _paragraph(cursor, text, fmt, rtl)


def _table_format(rtl: bool) -> QTextTableFormat:
    table = QTextTableFormat()
    # Lengths here are at 96 to the inch, scaled to the printer: 1.2 is a hairline that shows.
    table.setBorder(1.2)
    table.setBorderBrush(QColor("#000000"))
    table.setBorderStyle(QTextTableFormat.BorderStyle.BorderStyle_Solid)
    table.setBorderCollapse(True)
    table.setCellPadding(5)
    table.setCellSpacing(0)
    table.setHeaderRowCount(1)  # repeated at the top of every page
    table.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    widths = [QTextLength(QTextLength.Type.PercentageLength, w) for w in (7, 46.5, 46.5)]
    table.setColumnWidthConstraints(_in_order(widths, rtl))
    return table


def _in_order(columns: list[T], rtl: bool) -> list[T]:
    """Box, English, translation from the reading side: Qt does not mirror a table's columns."""
    return columns[::-1] if rtl else columns


def _row(cells: list[QTextTableCell], entry: PacketEntry, language: Language) -> None:
    box, english, translated = _in_order(cells, language.rtl)
    _fill(box, [(BOX, char_format(print_font(BOX_FONTS, 18)))], False)
    where = f"{entry.number}.  {entry.context}"
    english_parts = [(where, _muted(ENGLISH_FONTS, 8, bold=True))]
    english_parts += [(comment, _muted(ENGLISH_FONTS, 8)) for comment in entry.comments]
    english_parts.append((reflow(entry.english), char_format(print_font(ENGLISH_FONTS, 10))))
    _fill(english, english_parts, False)
    parts = []
    if entry.state_note:
        parts.append((entry.state_note, char_format(print_font(ENGLISH_FONTS, 8, bold=True))))
    text = reflow(entry.translation)
    if text:
        text = right_to_left(text) if language.rtl else text
        parts.append((text, char_format(print_font(language.fonts, 10))))
    _fill(translated, parts, language.rtl)


def packet_document(packet: Packet, today: str) -> QTextDocument:
    language = LANGUAGES[packet.code]
    doc = QTextDocument()
    doc.setDefaultFont(print_font(ENGLISH_FONTS, 10))
    cursor = QTextCursor(doc)
    title = f"Review packet: {language.english_name} ({language.autonym}), {packet.code}"
    _paragraph(cursor, title, char_format(print_font((*language.fonts, *ENGLISH_FONTS), 16, bold=True)))
    review = packet.review
    state = "a draft, not yet signed off"
    if review.reviewed:
        state = f"signed off by {review.by} on {review.date}"
    counts = {s: sum(1 for e in packet.entries if e.state == s) for s in ("fuzzy", "missing")}
    cursor.insertBlock()
    summary = (
        f"Made on {today}. This translation is {state}. {len(packet.entries)} texts, "
        f"{counts['fuzzy']} to check again, {counts['missing']} not translated."
    )
    _paragraph(cursor, summary, _muted(ENGLISH_FONTS, 9))
    cursor.insertBlock()
    _paragraph(cursor, INSTRUCTIONS, char_format(print_font(ENGLISH_FONTS, 10)))
    for section in SECTIONS:
        entries = packet.section(section)
        if not entries:
            continue
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertBlock()
        _paragraph(cursor, SECTION_TITLES[section], char_format(print_font(ENGLISH_FONTS, 13, bold=True)))
        table = cursor.insertTable(len(entries) + 1, 3, _table_format(language.rtl))
        heads = ("OK", "English", language.autonym)
        cells = _in_order([table.cellAt(0, column) for column in range(3)], language.rtl)
        for cell, head in zip(cells, heads, strict=True):
            fonts = (*language.fonts, *ENGLISH_FONTS)
            _fill(cell, [(head, char_format(print_font(fonts, 9, bold=True)))], language.rtl)
        for row, entry in enumerate(entries, start=1):
            _row([table.cellAt(row, column) for column in range(3)], entry, language)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertBlock()
    _paragraph(cursor, "", char_format(print_font(ENGLISH_FONTS, 10)))
    cursor.insertBlock()
    _paragraph(cursor, SIGN_OFF.format(code=packet.code), char_format(print_font(ENGLISH_FONTS, 10)))
    for line in ("Name", "Date", "Signature"):
        cursor.insertBlock()
        _paragraph(cursor, f"{line}: " + "_" * 40, char_format(print_font(ENGLISH_FONTS, 11)))
    return doc


def write_packet_pdf(packet: Packet, path: Path, today: str) -> None:
    """Write the packet to `path` (numbered pages, Letter). Raises OSError if it cannot."""
    ensure_app()
    path.parent.mkdir(parents=True, exist_ok=True)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(f"Review packet {packet.code}")
    page_printer(printer)
    doc = packet_document(packet, today)
    doc.print_(printer)
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"cannot write a PDF to {path}")
