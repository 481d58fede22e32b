"""The message "Are you still there?": over a quiet visit, with a ring that runs down and two
big buttons, Keep reading (the message's own button: `accepted`) and Start over (`start_over`).

A press anywhere else on it (the shade, the words) is taken as Keep reading too: someone is
there. The idle watcher lets presses through to it while it shows (services/idle_watcher.py),
so that Start over is still on screen for the release that clicks it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QBoxLayout, QPushButton, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.countdown_ring import CountdownRing
from kiosk.ui.widgets.overlay import Overlay
from kiosk.ui.widgets.wrapped import set_label_font


class IdleWarning(Overlay):
    start_over = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.ring = CountdownRing()
        self.start_over_button = QPushButton()
        self.start_over_button.setProperty("role", "quiet")  # the second choice: outlined
        self.start_over_button.clicked.connect(self.start_over)
        # The seconds live inside the ring; the message's own number label is not used.
        self.box.removeWidget(self.number)
        self.number.hide()
        self.box.removeWidget(self.button)
        self.box.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        # Side by side where both fit (mirrored in right-to-left), else one above the other.
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.addWidget(self.button)
        self.buttons.addWidget(self.start_over_button)
        self.box.addLayout(self.buttons)

    def show_warning(
        self,
        theme: Theme,
        heading: str,
        text: str,
        keep: str,
        start_over: str,
        fraction: float,
        seconds: int,
    ) -> None:
        self.apply_theme(theme)
        self.ring.apply_theme(theme)
        self.heading.setText(heading)
        self.text.setText(text)
        set_label_font(self.heading, theme.heading, theme, own_text=True)
        set_label_font(self.text, theme.body, theme, own_text=True)
        self.text.setVisible(bool(text))
        room = theme.layout
        for button, label in ((self.button, keep), (self.start_over_button, start_over)):
            button.setText(label)
            button.setAccessibleName(label)
            button.setFont(theme.font(36, bold=True))
            button.setMinimumSize(room.dialog_button_width, room.dialog_button_height)
        self.buttons.setSpacing(room.panel_gap)
        self.ring.set_left(fraction, seconds)
        self._arrange_buttons(theme)
        self._fit()
        self.show()
        self.raise_()

    def set_left(self, fraction: float, seconds: int) -> None:
        self.ring.set_left(fraction, seconds)

    def _arrange_buttons(self, theme: Theme) -> None:
        room = theme.layout
        host = self._host.width()
        dialog = min(int(host * 0.7), max(host - 2 * self.edge, self.least))
        frame = self.dialog.contentsMargins()
        inner = dialog - 2 * room.dialog_pad - frame.left() - frame.right()
        wanted = sum(b.sizeHint().width() for b in (self.button, self.start_over_button))
        side_by_side = wanted + room.panel_gap <= inner
        self.buttons.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        # A press on the shade or the words (not a button): someone is there.
        event.accept()
        self.accepted.emit()

    def text_shown(self) -> str:
        parts = [
            self.heading.text(),
            self.text.text(),
            self.ring.number.text(),
            self.button.text(),
            self.start_over_button.text(),
        ]
        return "\n".join(p for p in parts if p)
