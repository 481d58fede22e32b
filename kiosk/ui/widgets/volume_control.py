"""The visitor's volume beside Listen: Quieter and Louder, two big buttons, and between them
the level as bars that rise, one a step (kiosk/speech/volume.py), readable in any language.

It only shows and asks: the listen flow keeps the step, sends its gain to the sound process
and puts it back to the default at each new visit.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from kiosk.i18n.translator import Translator
from kiosk.speech.volume import DEFAULT_STEP, STEPS_DB, clamp_step
from kiosk.ui.theme import STROKES, Theme
from kiosk.ui.widgets.icons import icon, icon_size


class LevelBars(QWidget):
    """Bars of rising height, those up to the level filled and the rest drawn in outline: the
    volume, and the room left above it, seen at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps = len(STEPS_DB)
        self.level = DEFAULT_STEP + 1  # bars filled: 1 (quietest) to `steps` (loudest)
        self._ink = QColor("black")
        self._side = 0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def apply(self, theme: Theme) -> None:
        self._ink = QColor(theme.palette.ink)
        self._side = theme.layout.action_button
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._side, self._side)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QPen(self._ink, STROKES.border)
        width, height = self.width() - outline.width(), self.height() - outline.width()
        pitch = width / self.steps  # each bar and the gap after it
        bar = pitch * 0.7
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for index in range(self.steps):
            rise = height * (index + 2) / (self.steps + 1)
            # The bars rise in the reading direction: to the left in right-to-left languages.
            slot = self.steps - 1 - index if rtl else index
            rect = QRectF(slot * pitch + (pitch - bar) / 2, height - rise, bar, rise)
            rect.translate(outline.width() / 2, outline.width() / 2)  # the outline's ink inside
            filled = index < self.level
            painter.setPen(Qt.PenStyle.NoPen if filled else outline)
            painter.setBrush(self._ink if filled else Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, bar / 4, bar / 4)
        painter.end()


class VolumeControl(QWidget):
    step_requested = Signal(int)  # the step the visitor asked for

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = DEFAULT_STEP
        self.quieter = QPushButton(self)
        self.louder = QPushButton(self)
        self.bars = LevelBars(self)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.quieter)
        self.row.addWidget(self.bars, 0, Qt.AlignmentFlag.AlignVCenter)
        self.row.addWidget(self.louder)
        self.quieter.clicked.connect(lambda: self.step_requested.emit(clamp_step(self.step - 1)))
        self.louder.clicked.connect(lambda: self.step_requested.emit(clamp_step(self.step + 1)))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._tr: Translator | None = None

    def apply(self, theme: Theme, tr: Translator) -> None:
        """Square buttons as tall as Listen, their icons, and names a screen reader says."""
        self._tr = tr
        side = theme.layout.action_button
        self.row.setSpacing(theme.layout.panel_gap)
        for button, name in ((self.quieter, "quieter"), (self.louder, "louder")):
            button.setFixedSize(side, side)
            button.setIcon(icon(name, side, colour=theme.palette.bar_text))
            button.setIconSize(icon_size(theme.layout.volume_icon))
        # NOTE: The button that turns Listen's sound down (an icon of a loudspeaker and a minus).
        self.quieter.setAccessibleName(tr.pgettext("card button", "Quieter"))
        # NOTE: The button that turns Listen's sound up (an icon of a loudspeaker and a plus).
        self.louder.setAccessibleName(tr.pgettext("card button", "Louder"))
        self.bars.apply(theme)
        self.show_step(self.step)

    def show_step(self, step: int) -> None:
        """Draw `step` (0 the quietest); a button at its end is greyed."""
        self.step = clamp_step(step)
        self.bars.level = self.step + 1
        self.bars.update()
        self.quieter.setEnabled(self.step > 0)
        self.louder.setEnabled(self.step < len(STEPS_DB) - 1)
        if self._tr is not None:
            # NOTE: What a screen reader says for the volume's bars: "Volume: 3 of 5".
            name = self._tr.pgettext("card", "Volume: {level} of {steps}")
            self.bars.setAccessibleName(name.format(level=self.step + 1, steps=len(STEPS_DB)))
