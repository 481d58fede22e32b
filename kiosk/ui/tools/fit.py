"""Find text a person could not read whole: a label or button smaller than its text needs.

Used by the layout tests and by `i18n check`, which renders every screen in every language.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText is in QtGui's Qt namespace
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QPushButton, QTextEdit, QWidget

from kiosk.ui.widget_tree import scroll_area_of
from kiosk.ui.widgets.ink import ink_of, laid_out


def widest_line(label: QLabel) -> int:
    """The widest line of a word-wrapped label's text at its width: a word longer than the
    width cannot wrap (Qt breaks lines only where the language allows), and is cut off."""
    width = label.contentsRect().width()
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    widest = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return round(widest)


def ink_rows(label: QLabel) -> tuple[float, float] | None:
    """The rows (top, bottom) the label's drawn letters reach, in its own coordinates, laid out
    and aligned as the label draws them; None for a label that draws nothing. A line's box is
    the font's ascent and descent, but some scripts' letters reach beyond it (Nastaliq's tall
    strokes and deep descenders): this is the ink itself."""
    room = label.contentsRect()
    layout, height = laid_out(label.text(), label.font(), room.width() if label.wordWrap() else None)
    ink = ink_of(layout)
    if ink.isEmpty():
        return None
    align = label.alignment()
    if align & Qt.AlignmentFlag.AlignBottom:
        top = room.bottom() + 1 - height
    elif align & Qt.AlignmentFlag.AlignTop:
        top = room.top()
    else:
        top = room.top() + (room.height() - height) / 2
    return top + ink.top(), top + ink.bottom()


def ink_outside(label: QLabel) -> tuple[int, int]:
    """How many pixels of the label's drawn letters fall above and below the label, where Qt
    cuts them off."""
    rows = ink_rows(label)
    if rows is None:
        return 0, 0
    top, bottom = rows
    return max(0, round(-top)), max(0, round(bottom - label.height()))


def clipped(root: QWidget) -> list[tuple[str, str]]:
    """(text, what is wrong) for each text on screen under `root` that does not fit its widget
    (scrolling areas excepted: their content may be taller than the view, not wider)."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        margins = label.contentsMargins()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append((label.text(), f"needs {needed}px high, has {label.height()}"))
            rich = label.textFormat() != Qt.TextFormat.PlainText and GuiQt.mightBeRichText(label.text())
            room = label.contentsRect().width()
            if not rich and (wide := widest_line(label)) > room + 1:
                found.append((label.text(), f"a word needs {wide}px wide, has {room}"))
        else:
            width = label.fontMetrics().horizontalAdvance(label.text()) + margins.left() + margins.right()
            if width > label.width() + 1:
                found.append((label.text(), f"needs {width}px wide, has {label.width()}"))
        # A label too short for its lines cuts its letters too: said once, above.
        too_short = bool(found) and found[-1][0] == label.text() and "high" in found[-1][1]
        above, below = (0, 0) if too_short else ink_outside(label)
        if above > 1 or below > 1:
            found.append((label.text(), f"letters cut off: {above}px above, {below}px below"))
        if (
            scroll_area_of(label) is None
            and label.mapTo(root, label.rect().bottomRight()).y() > root.height()
        ):
            found.append((label.text(), "below the bottom of the screen"))
    for button in root.findChildren(QPushButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        width = button.fontMetrics().horizontalAdvance(button.text()) + button.iconSize().width()
        if width > button.width():
            found.append((button.text(), f"button needs {width}px wide, has {button.width()}"))
    return found


def clipped_texts(root: QWidget) -> list[str]:
    return [f"{text[:40]!r}: {why}" for text, why in clipped(root)]


def _line_inks(edit: QTextEdit) -> list[tuple[str, QRectF]]:
    """Each laid-out line of `edit`'s document that draws letters: its text and its ink, in the
    document's coordinates."""
    doc = edit.document()
    doc_layout = doc.documentLayout()
    doc_layout.documentSize()  # laid out to the end (a text not yet shown is laid out lazily)
    found = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()  # placed in the document's coordinates
        text = block.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            ink = QRectF()
            for run in layout.glyphRuns(line.textStart(), line.textLength()):
                font = run.rawFont()
                for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=True):
                    ink = ink.united(font.boundingRect(glyph).translated(at))
            if not ink.isEmpty():
                words = text[line.textStart() : line.textStart() + line.textLength()]
                found.append((words, ink.translated(layout.position())))
        block = block.next()
    return found


def touching_lines(edit: QTextEdit) -> list[str]:
    """Where the letters of one line of a scrolling text reach into the next line's (a Khmer
    subscript onto the vowel below it), or above the top of the text, where the view cuts them:
    lines set too close for their script."""
    found = []
    inks = _line_inks(edit)
    if inks and inks[0][1].top() < 0:
        found.append(f"{inks[0][0][:30]!r}: letters cut off {-inks[0][1].top():.0f}px above the text")
    for (words, ink), (_next_words, below) in zip(inks, inks[1:], strict=False):
        if ink.bottom() > below.top() + 0.5:
            found.append(f"{words[-30:]!r} touches the line below by {ink.bottom() - below.top():.0f}px")
    return found
