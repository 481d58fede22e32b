"""The staff PIN pad: an on-screen numeric keypad over the whole window (a child widget, not
a dialog), with the digits hidden as dots. Staff-only, so in English."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.admin.pin import MAX_DIGITS
from kiosk.ui.theme import SHADE, Theme

KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]


class PinPad(QWidget):
    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.digits = ""
        self.dialog = QFrame(self)
        self.dialog.setObjectName("dialog")
        self.heading = QLabel("Staff PIN")
        self.dots = QLabel()
        self.message = QLabel()
        for label in (self.heading, self.dots, self.message):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for index, key in enumerate(KEYS):
            button = QPushButton(key)
            button.setAccessibleName(key)
            button.clicked.connect(lambda _checked=False, k=key: self.press(k))
            grid.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        self.cancel = QPushButton("Cancel")
        self.cancel.clicked.connect(self.close_pad)
        column = QVBoxLayout(self.dialog)
        column.addWidget(self.heading)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addLayout(grid)
        column.addWidget(self.cancel)
        self.column, self.grid = column, grid
        self.hide()

    def open(self, theme: Theme, message: str = "", locked: bool = False) -> None:
        side = theme.target(110)
        for button in [*self.keys.values(), self.cancel]:
            button.setFont(theme.font(34, bold=True))
            button.setMinimumSize(side, side)
        self.grid.setSpacing(theme.px(16))
        self.column.setSpacing(theme.px(18))
        pad = theme.px(36)
        self.column.setContentsMargins(pad, pad, pad, pad)
        self.heading.setFont(theme.heading)
        self.dots.setFont(theme.font(48, bold=True))
        self.message.setFont(theme.body)
        self.digits = ""
        self.show_state(message, locked)
        parent = self.parentWidget()
        self.setGeometry(parent.rect())
        self.dialog.adjustSize()
        box = self.dialog
        box.move((parent.width() - box.width()) // 2, (parent.height() - box.height()) // 2)
        self.show()
        self.raise_()

    def show_state(self, message: str, locked: bool = False) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
        for button in self.keys.values():
            button.setEnabled(not locked)
        self._update_dots()

    def press(self, key: str) -> None:
        if key == "Clear":
            self.digits = ""
        elif key == "OK":
            digits, self.digits = self.digits, ""
            self._update_dots()
            self.entered.emit(digits)
            return
        elif len(self.digits) < MAX_DIGITS:
            self.digits += key
        self._update_dots()

    def _update_dots(self) -> None:
        self.dots.setText("\u25cf " * len(self.digits) if self.digits else "\u2013")

    def close_pad(self) -> None:
        self.digits = ""
        self.hide()
        self.cancelled.emit()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), SHADE)
        painter.end()
