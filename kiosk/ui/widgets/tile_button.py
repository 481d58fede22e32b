"""A large button with a wrapped title and an optional line under it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.icons import icon
from kiosk.ui.widgets.pictogram import Pictogram
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.wrapped import set_label_font


class TileButton(QPushButton):
    tapped = Signal(str)  # the tile's id

    def __init__(
        self,
        tile_id: str,
        title: str,
        summary: str,
        theme: Theme,
        parent: QWidget | None = None,
        title_size: float = 34,
        centered: bool = False,
        summary_theme: Theme | None = None,
    ) -> None:
        super().__init__(parent)
        self.tile_id = tile_id
        # A signal of its own, not a lambda: a Python closure connected to a widget that is
        # later deleted leaves a little behind each time (seen in bench/soak.py).
        self.clicked.connect(self._emit_tapped)
        self.setObjectName("tile")
        self.setAccessibleName(title)
        self.setAccessibleDescription(summary)
        self.summary = summary
        self.current = False  # the language in use, on the picker (mark_current)
        self.mark = (theme.layout.mark_icon, theme.layout.mark_inset, theme.palette.ink)
        # A row: a topic's pictogram (set_pictogram), then the words.
        row = QHBoxLayout(self)
        self._box = row  # kept: QWidget.layout() may be None, this one never is
        room = theme.layout
        row.setContentsMargins(room.tile_pad_x, room.tile_pad_y, room.tile_pad_x, room.tile_pad_y)
        row.setSpacing(room.tile_pad_x)
        layout = QVBoxLayout()
        layout.setSpacing(0)  # the stretches around the text add none
        row.addLayout(layout, 1)
        self.pictogram: Pictogram | None = None  # made when a picture is first asked for
        self.title_label = self._label(title, theme.font(title_size, bold=True), theme)
        # A tile grown taller than its text (see TileGrid) keeps the text in its middle.
        layout.addStretch(1)
        layout.addWidget(self.title_label)
        self.summary_label: QLabel | None = None
        if summary:
            summary_theme = summary_theme or theme
            self.summary_label = self._label(summary, summary_theme.small, summary_theme)
            self.summary_label.setProperty("role", "muted")
            layout.addSpacing(room.summary_gap)
            layout.addWidget(self.summary_label)
        layout.addStretch(1)
        if centered:
            for label in (self.title_label, self.summary_label):
                if label is not None:
                    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumHeight(room.tile)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    @staticmethod
    def _label(text: str, font: QFont, theme: Theme) -> QLabel:
        label = PlainLabel(text)
        set_label_font(label, font, theme, own_text=True)
        label.setWordWrap(True)
        # Taps go to the button, not the text.
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        return label

    def set_pictogram(self, name: str, theme: Theme) -> None:
        """A picture before the words (a topic's, from content), or none."""
        if self.pictogram is None:
            if not name:
                return
            self.pictogram = Pictogram(self)
            self._box.insertWidget(0, self.pictogram, 0, Qt.AlignmentFlag.AlignVCenter)
        self.pictogram.show_picture(name, theme.layout.tile_pictogram, theme.palette.ink)

    def mark_current(self, current: bool, label: str) -> None:
        """Mark this tile as the one in use (the picker's language): a heavier border and a
        tick in its corner, not colour alone; a screen reader hears `label` with its name."""
        described = ". ".join(part for part in (label if current else "", self.summary) if part)
        if self.accessibleDescription() != described:
            self.setAccessibleDescription(described)
        if current == self.current:
            return
        self.current = current
        self.setProperty("current", current)  # the style sheet's heavier border
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self.current:
            return
        side, inset, colour = self.mark
        x = self.width() - inset - side if self.isRightToLeft() else inset
        painter = QPainter(self)
        icon("chosen", side, colour=colour).paint(painter, QRect(x, inset, side, side))
        painter.end()

    def _emit_tapped(self) -> None:
        self.tapped.emit(self.tile_id)

    def text_shown(self) -> str:
        parts = [self.title_label.text()]
        if self.summary_label:
            parts.append(self.summary_label.text())
        return "\n".join(parts)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = self._box.sizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._box.minimumSize().width(), self.minimumHeight())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        return max(self._box.heightForWidth(width), self.minimumHeight())
