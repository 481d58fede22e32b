"""A finger on a touchscreen: real touch events through the window, the path a panel's events
take (Qt turns the touches a widget does not take into mouse events, double-clicks included)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QInputDevice, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_screen: list[QPointingDevice] = []


def touchscreen() -> QPointingDevice:
    if not _screen:
        _screen.append(QTest.createTouchDevice(QInputDevice.DeviceType.TouchScreen))
    return _screen[0]


def at(widget: QWidget, point: QPoint | None = None) -> QPoint:
    """`point` of `widget` (its centre by default) in its window's coordinates."""
    assert widget.isVisible(), f"{widget!r} is not on screen"
    return widget.mapTo(widget.window(), point if point is not None else widget.rect().center())


def touch_tap_at(window: QWidget, point: QPoint) -> None:
    QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    QApplication.processEvents()


def touch_tap(widget: QWidget) -> None:
    touch_tap_at(widget.window(), at(widget))


def touch_swipe(window: QWidget, start: QPoint, dy: int, steps: int = 12) -> None:
    """A finger put down at `start` and drawn `dy` pixels up (negative) or down, then lifted."""
    QTest.touchEvent(window, touchscreen()).press(0, start, window).commit()
    for step in range(1, steps + 1):
        QTest.qWait(8)  # a finger moves over time: the scroller measures its speed
        point = QPoint(start.x(), start.y() + dy * step // steps)
        QTest.touchEvent(window, touchscreen()).move(0, point, window).commit()
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    QApplication.processEvents()
