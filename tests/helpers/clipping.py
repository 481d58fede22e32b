"""Find text a person could not read whole: a label or button smaller than its text needs."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QPushButton, QWidget


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def clipped_texts(root: QWidget) -> list[str]:
    """Texts on screen under `root` that do not fit their widget (scrolling areas excepted:
    their content may be taller than the view, as long as it is not cut sideways)."""
    found = []
    for label in root.findChildren(QLabel):
        if not label.isVisibleTo(root) or not label.text():
            continue
        margins = label.contentsMargins()
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                found.append(f"label {label.text()[:40]!r}: needs {needed}px high, has {label.height()}")
        else:
            width = label.fontMetrics().horizontalAdvance(label.text()) + margins.left() + margins.right()
            if width > label.width() + 1:
                found.append(f"label {label.text()[:40]!r}: needs {width}px wide, has {label.width()}")
        if (
            not _inside_scroll_area(label)
            and label.mapTo(root, label.rect().bottomRight()).y() > root.height()
        ):
            found.append(f"label {label.text()[:40]!r}: below the bottom of the screen")
    for button in root.findChildren(QPushButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        width = button.fontMetrics().horizontalAdvance(button.text()) + button.iconSize().width()
        if width > button.width():
            found.append(f"button {button.text()!r}: needs {width}px wide, has {button.width()}")
    return found
