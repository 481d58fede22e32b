"""Find text a person could not read whole: a label or button smaller than its text needs.

Used by the layout tests and by `i18n check`, which renders every screen in every language.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk.ui.widget_tree import scroll_area_of


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
