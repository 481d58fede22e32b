"""Outside opening hours: nothing drawn (black, the display off where the session allows), and
a touch anywhere wakes the kiosk for a visit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget


class ClosedScreen(QWidget):
    woken = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        QPainter(self).fillRect(event.rect(), Qt.GlobalColor.black)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.woken.emit()
