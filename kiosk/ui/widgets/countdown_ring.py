"""The idle warning's ring: a circle that runs down as the seconds go, with the seconds inside.

It repaints only when it is given a new value it can show (the idle watcher's few steps a
second, kiosk/idle.py's TICK): nothing animates, nothing draws between steps. What is left
is drawn in the buttons' colour from the top, clockwise, over a faint full track; in a
right-to-left language it runs the other way, as the eye reads there.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.display.palettes import NORMAL, Palette
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.wrapped import set_label_font

FULL = 360 * 16  # QPainter's arcs are in sixteenths of a degree
STEPS = 360  # a value is shown to the degree: a smaller change does not repaint


def ring_colours(palette: Palette) -> tuple[str, str]:
    """(what is left, the track behind it): a graphic, 3:1 against the message (WCAG 1.4.11)."""
    return palette.bar, palette.tile_pressed


class CountdownRing(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countdown_ring")
        self.number = PlainLabel()
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.number)
        self._shown = STEPS  # the value drawn, in steps of `STEPS` to the circle
        self._stroke = Theme(1.0, ()).layout.ring_stroke  # until a theme is applied
        self._left, self._track = (QColor(c) for c in ring_colours(NORMAL))
        self.repaints = 0  # paint events (tests count them: a few a second, never more)

    def apply_theme(self, theme: Theme) -> None:
        room = theme.layout
        self.setFixedSize(room.ring, room.ring)
        self._stroke = room.ring_stroke
        self._left, self._track = (QColor(c) for c in ring_colours(theme.palette))
        # The seconds keep their size in large text: the ring holds them, not the words.
        set_label_font(self.number, theme.font(72, bold=True, grows=False), theme, letters=False)

    @property
    def value(self) -> float:
        """How much of the ring is drawn: 1 full, 0 empty."""
        return self._shown / STEPS

    def set_left(self, fraction: float, seconds: int) -> None:
        """`fraction` of the warning left (1 at its start), `seconds` as the number inside."""
        text = str(seconds)
        if self.number.text() != text:
            self.number.setText(text)
        shown = round(max(0.0, min(1.0, fraction)) * STEPS)
        if shown != self._shown:
            self._shown = shown
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        self.repaints += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = self._stroke / 2
        box = QRectF(self.rect()).adjusted(half, half, -half, -half)
        pen = QPen(self._track, self._stroke)
        painter.setPen(pen)
        painter.drawEllipse(box)
        if self._shown > 0:
            pen.setColor(self._left)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            # From twelve o'clock; Qt's positive angles turn anticlockwise.
            clockwise = self.layoutDirection() == Qt.LayoutDirection.LeftToRight
            span = round(FULL * self._shown / STEPS)
            painter.drawArc(box, 90 * 16, -span if clockwise else span)
        painter.end()
