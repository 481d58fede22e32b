"""Where to ask a person: the City's help line (the config's `help_line`), a figure and a line
of text under a card and on the unavailable screen. Hidden when there is none."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.icons import icon
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.wrapped import WrappedHeights, fit_wrapped_height, set_label_font


class HelpLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figure = PlainLabel()  # a picture, no text: a person to ask
        self.figure.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        self.wrapped = WrappedHeights(self)
        self.wrapped.watch(self.text)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.figure)
        row.addWidget(self.text, 1)
        self.row = row
        self.hide()

    def clear(self) -> None:
        """Forget the line: it was in the visitor's language."""
        self.text.clear()
        self.hide()

    def show_line(self, text: str, theme: Theme) -> None:
        """`text` (already in the visitor's language), or nothing at all when it is empty."""
        self.text.setText(text)
        self.setVisible(bool(text))
        if not text:
            return
        # From the start of the visitor's side, whatever the line's own script: an English
        # fallback under an Arabic card starts on the right, beside its figure (a label would
        # align it by its own direction).
        start = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        self.text.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        font = theme.font(28, bold=True)
        set_label_font(self.text, font, theme)
        side = self.text.fontMetrics().height()  # as tall as a line of the text
        self.figure.setPixmap(icon("person", side, colour=theme.palette.ink).pixmap(side, side))
        self.row.setSpacing(theme.layout.summary_gap)
        fit_wrapped_height(self.text, shrink=True)
