"""Where a widget sits among the others: what the keypad moves through, and what the checks
measure (kept out of kiosk/ui/tools, which the running kiosk never imports)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QWidget


def scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    """The scrolling area a widget sits in, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


def visible_targets(root: QWidget) -> list[QPushButton]:
    """Buttons on screen, outermost only (a tile is one target, whatever it holds)."""
    buttons = [b for b in root.findChildren(QPushButton) if b.isVisibleTo(root)]
    return [b for b in buttons if not any(o is not b and o.isAncestorOf(b) for o in buttons)]
