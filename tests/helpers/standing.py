"""A floor-standing screen: 43 inches, portrait (1080x1920), its bottom edge 800 mm above the
floor (issue 21 §5). The offscreen platform's one screen is 800x800 px and 203 mm a side, so
the window is told the physical size it stands for, as `main.py screenshots` is."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.display.physical import MM_PER_INCH, REACH_HIGH_MM, REACH_LOW_MM
from kiosk.ui.main_window import KioskWindow

SIZE = (1080, 1920)
DIAGONAL_INCHES = 43
BOTTOM_MM = 800


def floor_standing(make_window: Any, **settings: Any) -> KioskWindow:
    width, height = SIZE
    window: KioskWindow = make_window((width, height - 1), screen_bottom_mm=BOTTOM_MM, **settings)
    window.px_per_mm = math.hypot(width, height) / (DIAGONAL_INCHES * MM_PER_INCH)
    window.resize(width, height)  # drawn again, in these millimetres
    QApplication.processEvents()
    return window


def reach_rows(window: KioskWindow) -> tuple[float, float]:
    """The window's rows (from its top) 1220 and 380 mm above the floor: the reach band."""
    top_mm = BOTTOM_MM + window.height() / window.px_per_mm
    return (top_mm - REACH_HIGH_MM) * window.px_per_mm, (top_mm - REACH_LOW_MM) * window.px_per_mm


def largest_blank(window: KioskWindow, screen: QWidget) -> tuple[int, int]:
    """The tallest band of the window's rows (top, bottom) in which none of `screen`'s visible
    leaf widgets (its words, pictures, tiles' words) is drawn: what a visitor sees as blank."""
    rows: list[tuple[int, int]] = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0 or widget.height() <= 0:
            continue
        if any(child.isVisibleTo(window) for child in widget.findChildren(QWidget)):
            continue  # a box around others: what is in it counts
        y = widget.mapTo(window, QPoint(0, 0)).y()
        rows.append((y, y + widget.height()))
    rows.sort()
    blank, reached = (0, 0), 0
    for start, end in [*rows, (window.height(), window.height())]:
        if start - reached > blank[1] - blank[0]:
            blank = (reached, start)
        reached = max(reached, end)
    return blank
