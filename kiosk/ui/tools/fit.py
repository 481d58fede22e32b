"""Find text a person could not read whole: a label or button smaller than its text needs.

Used by the layout tests and by `i18n check`, which renders every screen in every language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText is in QtGui's Qt namespace
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.widget_tree import scroll_area_of


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
