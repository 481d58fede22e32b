"""The staff PIN pad: an on-screen numeric keypad over the whole window (a child widget, not
a dialog), with the digits hidden as dots. Staff-only, so in English."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.admin.pin import MAX_DIGITS
from kiosk.ui.theme import SHADE, Theme
from kiosk.ui.widgets.plain_label import PlainLabel


def _sizes(theme: Theme) -> tuple[int, int, int, int]:
    """A key's side, the gap between keys, the pad's padding, and the width of three keys."""
    room = theme.layout
    return room.key, room.key_gap, room.pin_pad_pad, 3 * room.key + 2 * room.key_gap


KEYS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "Clear", "0", "OK"]


class PinPad(QWidget):
    entered = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = parent  # what it covers: parentWidget() may be None, this never is
        self.setObjectName("overlay")
        self.digits = ""
        self.busy = False  # a PIN is being checked: keys take nothing until show_state
        self.sizes = _sizes(Theme(1.0, ()))  # key side, gap, padding, inner width: set by open()
        self.shade = SHADE
        self.dialog = QFrame(self)
        self.dialog.setObjectName("dialog")
        self.heading = PlainLabel("Staff PIN")
        self.dots = PlainLabel()
        self.message = PlainLabel()
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
        self.apply_theme(theme)
        self.digits = ""
        self.setGeometry(self._host.rect())
        self.show_state(message, locked)
        self.show()
        self.raise_()

    def apply_theme(self, theme: Theme) -> None:
        side, gap, pad, inner = self.sizes = _sizes(theme)
        for key, button in self.keys.items():
            button.setFont(theme.font(34 if key.isdigit() else 26, bold=True))
            button.setFixedSize(side, side)
            button.setStyleSheet("padding: 0px;")  # "Clear" fits a square key
        self.cancel.setFont(theme.font(34, bold=True))
        self.cancel.setFixedSize(inner, side)
        self.message.setFixedWidth(inner)
        self.grid.setSpacing(gap)
        self.column.setSpacing(theme.layout.pad_line_gap)
        self.column.setContentsMargins(pad, pad, pad, pad)
        self.heading.setFont(theme.heading)
        self.dots.setFont(theme.font(48, bold=True))
        self.message.setFont(theme.body)
        self.shade = theme.shade

    def show_state(self, message: str, locked: bool = False) -> None:
        self.busy = False
        self.message.setText(message)
        self.message.setVisible(bool(message))
        for button in self.keys.values():
            button.setEnabled(not locked)
        self._update_dots()
        self._fit()

    def show_checking(self) -> None:
        """The PIN typed is being hashed: say so, and take no keys until the answer."""
        self.show_state("Checking the PIN ...", locked=True)
        self.busy = True

    def _fit(self) -> None:
        side, gap, pad, inner = self.sizes
        frame = self.dialog.contentsMargins()
        width = inner + 2 * pad + frame.left() + frame.right()
        # Summed by hand: a layout's size hint lags behind the keys' new fixed sizes, and a
        # squeezed pad would overlap its keys.
        parts = [self.heading.sizeHint().height(), self.dots.sizeHint().height(), 4 * side + 3 * gap, side]
        if self.message.text():
            parts.append(self.message.heightForWidth(inner))
        height = sum(parts) + (len(parts) - 1) * self.column.spacing() + 2 * pad
        self.dialog.setFixedSize(width, height + frame.top() + frame.bottom())
        parent = self._host
        box = self.dialog
        area = parent.contentsRect()
        box.move((parent.width() - box.width()) // 2, area.top() + (area.height() - box.height()) // 2)

    def press(self, key: str) -> None:
        if self.busy:
            return
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
        painter.fillRect(self.rect(), self.shade)
        painter.end()
