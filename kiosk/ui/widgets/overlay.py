"""A message over the whole window (the idle countdown, printer news), with one big button.

It is a child widget, not a dialog window: nothing can open outside the kiosk, and a reset
simply hides it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.theme import SHADE, Theme
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.wrapped import set_label_font


class Overlay(QWidget):
    accepted = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = parent  # what it covers: parentWidget() may be None, this never is
        self.setObjectName("overlay")
        self.shade = SHADE
        reference = Theme(1.0, ()).layout  # until a theme is applied
        self.edge, self.least = reference.dialog_edge, reference.dialog_least
        self.dialog = QFrame(self)
        self.dialog.setObjectName("dialog")
        self.heading = PlainLabel()
        self.text = PlainLabel()
        self.number = PlainLabel()
        self.button = QPushButton()
        for label in (self.heading, self.text, self.number):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button.clicked.connect(self.accepted)
        box = QVBoxLayout(self.dialog)
        box.addWidget(self.heading)
        box.addWidget(self.text)
        box.addWidget(self.number)
        box.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        self.box = box
        parent.installEventFilter(self)
        self.hide()

    def show_message(
        self, theme: Theme, heading: str, text: str, button: str, number: str | None = None
    ) -> None:
        self.apply_theme(theme)
        # The texts first: each label keeps the room its own letters need (a whole Nastaliq
        # em more than its line, at most), which large text leaves no height to waste.
        self.heading.setText(heading)
        self.text.setText(text)
        set_label_font(self.heading, theme.heading, theme, own_text=True)
        set_label_font(self.text, theme.body, theme, own_text=True)
        # The seconds are huge already: large text gives their height to the words (Urdu's).
        set_label_font(self.number, theme.font(110, bold=True, grows=False), theme, letters=False)
        self.text.setVisible(bool(text))
        self.set_number(number)
        self.button.setText(button)
        self.button.setAccessibleName(button)
        self._fit()
        self.show()
        self.raise_()

    def apply_theme(self, theme: Theme) -> None:
        room = theme.layout
        self.shade = theme.shade
        self.edge, self.least = room.dialog_edge, room.dialog_least
        pad = room.dialog_pad
        self.box.setContentsMargins(pad, pad, pad, pad)
        self.box.setSpacing(room.dialog_gap)
        self.button.setFont(theme.font(36, bold=True))
        self.button.setMinimumSize(room.dialog_button_width, room.dialog_button_height)

    def set_number(self, number: str | None) -> None:
        self.number.setText(number or "")
        self.number.setVisible(number is not None)

    def _fit(self) -> None:
        parent = self._host
        self.setGeometry(parent.rect())
        width = min(int(parent.width() * 0.7), max(parent.width() - 2 * self.edge, self.least))
        self.dialog.setFixedWidth(width)
        # The layout sits inside the dialog's border, which its own measure leaves out.
        frame = self.dialog.contentsMargins()
        inner = width - frame.left() - frame.right()
        height = max(self.box.heightForWidth(inner), self.box.sizeHint().height())
        height += frame.top() + frame.bottom()
        # Within reach on a tall screen: the window says where (kiosk/ui/standing.py).
        reach = parent.property("reach")
        area = reach if isinstance(reach, QRect) and reach.height() > 0 else parent.contentsRect()
        self.dialog.setFixedHeight(min(height, area.height() - self.edge))
        self.dialog.move(
            (parent.width() - width) // 2, area.top() + (area.height() - self.dialog.height()) // 2
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.shade)
        painter.end()

    def text_shown(self) -> str:
        parts = [self.heading.text(), self.text.text(), self.number.text(), self.button.text()]
        return "\n".join(p for p in parts if p)
