"""The note below a card's text that says what the text is: a draft translation (the English
is the official one), or the English shown for a card not yet translated.

Calm and complete, not a warning (it was a yellow box in small type above the title): an "i"
and the note at reading size, in the visitor's language, as the last lines of the card's text.
It scrolls with the text, so it takes no height from it on a small screen in large text. The
card screen (kiosk/ui/screens/card.py) decides what it says and puts the "Read in English"
button under the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from kiosk.font_face import face

# The "i": a letter, not a picture (card text never holds one, tests/ui/test_plain_text.py), from
# Noto Sans Symbols (fonts-noto-core, which every language's fonts come from already).
MARK = "\u24d8"  # CIRCLED LATIN SMALL LETTER I
MARK_FONTS = ("Noto Sans Symbols", "DejaVu Sans")


@dataclass(frozen=True)
class Note:
    lines: tuple[str, ...]  # each a paragraph: the note, and what the printed page holds
    font: QFont  # the visitor's language's, at reading size
    rtl: bool  # the visitor's language's direction (the text above may be English)
    colour: str  # the ink of the note and its "i"
    line: int  # baseline to baseline, in the visitor's script
    gap: int  # above it, and after each of its paragraphs


def append_note(doc: QTextDocument, note: Note) -> None:
    """`note` after the text already in `doc`: its lines, the first after an "i"."""
    direction = Qt.LayoutDirection.RightToLeft if note.rtl else Qt.LayoutDirection.LeftToRight
    mark = QTextCharFormat()
    mark_font = face(MARK_FONTS)
    mark_font.setPixelSize(note.font.pixelSize())
    mark.setFont(mark_font)
    mark.setForeground(QColor(note.colour))
    cursor = QTextCursor(doc)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    text = QTextCharFormat()
    text.setFont(note.font)
    text.setForeground(QColor(note.colour))
    for index, line in enumerate(note.lines):
        block = QTextBlockFormat()
        block.setLayoutDirection(direction)
        block.setLineHeight(note.line, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        block.setBottomMargin(note.gap)
        if index == 0:
            block.setTopMargin(note.gap)  # after the text's last paragraph gap: apart from it
        cursor.insertBlock(block, text)
        if index == 0:
            cursor.insertText(MARK, mark)
            cursor.insertText("\u2002", text)  # an en space after the "i"
        cursor.insertText(line, text)
