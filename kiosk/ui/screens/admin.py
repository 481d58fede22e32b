"""The staff screen, behind the PIN: how the kiosk is doing, and what staff can do about it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.plain_label import PlainLabel


class AdminScreen(QWidget):
    reload = Signal()
    test_print = Signal()
    exit_kiosk = Signal()
    leave = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = PlainLabel("Kiosk administration")
        self.lines = PlainLabel()
        self.lines.setTextFormat(Qt.TextFormat.PlainText)
        self.lines.setWordWrap(True)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result = PlainLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)
        self.buttons = {
            "reload": QPushButton("Reload content"),
            "print": QPushButton("Print a test slip"),
            "exit": QPushButton("Exit the kiosk"),
            "leave": QPushButton("Back to the kiosk"),
        }
        signals = {
            "reload": self.reload,
            "print": self.test_print,
            "exit": self.exit_kiosk,
            "leave": self.leave,
        }
        row = QHBoxLayout()
        for name, button in self.buttons.items():
            button.setAccessibleName(button.text())
            button.clicked.connect(signals[name])
            row.addWidget(button)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.lines, 1)
        column.addWidget(self.result)
        column.addLayout(row)
        self.column, self.row = column, row

    def apply_theme(self, theme: Theme) -> None:
        # Staff read this closely, so it is smaller than a visitor's text, but never tiny.
        room = theme.layout
        margin = room.screen_margin
        self.column.setContentsMargins(margin, margin, margin, margin)
        self.column.setSpacing(room.staff_line_gap)
        self.row.setSpacing(room.button_gap)
        self.heading.setFont(theme.heading)
        self.lines.setFont(theme.small)
        self.result.setFont(theme.body)
        for button in self.buttons.values():
            button.setFont(theme.bar_button)
            button.setMinimumHeight(room.staff_button)

    def show_status(self, lines: list[str], theme: Theme) -> None:
        self.apply_theme(theme)
        self.lines.setText("\n".join(lines))
        self.result.setText("")

    def say(self, text: str) -> None:
        self.result.setText(text)

    def text_shown(self) -> str:
        return "\n".join([self.heading.text(), self.lines.text(), self.result.text()])
