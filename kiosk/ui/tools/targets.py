"""Touch targets a finger can hit: each at least 15 mm a side and 3 mm from its neighbours,
measured with the screen's real pixels per millimetre (WCAG 2.5.5 and beyond)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from kiosk.display.physical import MIN_CAP_HEIGHT_MM, MIN_GAP_MM, MIN_TARGET_MM
from kiosk.ui.widget_tree import visible_targets


def _gap(a: QRect, b: QRect) -> float:
    dx = max(b.left() - a.right() - 1, a.left() - b.right() - 1, 0)
    dy = max(b.top() - a.bottom() - 1, a.top() - b.bottom() - 1, 0)
    # Side by side or one above the other: the gap between their edges; diagonal neighbours:
    # between their nearest corners (a finger aimed at one lands no nearer the other).
    return max(dx, dy) if (dx == 0 or dy == 0) else math.hypot(dx, dy)


def visible_box(widget: QWidget, root: QWidget) -> QRect:
    """The part of `widget` its ancestors show, in `root`'s coordinates: a tile scrolled half
    under the bar is touched only where it shows (empty: scrolled out of sight)."""
    box = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        box = box.intersected(QRect(parent.mapTo(root, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return box


def target_problems(root: QWidget, px_per_mm: float) -> list[str]:
    problems = []
    boxes = []
    for button in visible_targets(root):
        name = button.text() or button.accessibleName() or button.objectName()
        w_mm, h_mm = button.width() / px_per_mm, button.height() / px_per_mm
        if min(w_mm, h_mm) < MIN_TARGET_MM - 0.05:
            problems.append(f"{name!r} is {w_mm:.1f} x {h_mm:.1f} mm (at least {MIN_TARGET_MM:g} mm)")
        box = visible_box(button, root)
        if not box.isEmpty():
            boxes.append((name, box))
    for index, (name, box) in enumerate(boxes):
        for other, other_box in boxes[index + 1 :]:
            if box.intersects(other_box):
                continue
            gap_mm = _gap(box, other_box) / px_per_mm
            if gap_mm < MIN_GAP_MM - 0.05:
                problems.append(f"{name!r} and {other!r} are {gap_mm:.1f} mm apart (at least {MIN_GAP_MM:g})")
    return problems


def cap_height_mm(widget: QWidget, px_per_mm: float) -> float:
    # As drawn: the ink of a capital H (fonts' own cap-height fields are often 0 or generous).
    return QFontMetrics(widget.font()).tightBoundingRect("H").height() / px_per_mm


def body_too_small(widget: QWidget, px_per_mm: float) -> str | None:
    cap = cap_height_mm(widget, px_per_mm)
    if cap < MIN_CAP_HEIGHT_MM - 0.05:
        return f"body text cap height {cap:.1f} mm (at least {MIN_CAP_HEIGHT_MM:g} mm)"
    return None
