"""On the picker at a tall screen: a hand, a speaker and one short line saying that a name held
down is said aloud (issue 22 §4, kiosk/ui/widgets/long_press.py), in the panel above the tiles
that held only the heading and the promise (issue 21 §5). The speaker and the line are shown
only where every name can be heard: a line that promised a voice which does not come would
mislead. The hand alone (touch a name below) where not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.pictogram import Pictogram
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.wrapped import set_label_font

SIZE = 46  # the line's size: the promise's, on the same panel
ALONE = 2.2  # the hand's size without the line: the one picture on the panel


class HearHint(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hand = Pictogram(self)
        self.speaker = Pictogram(self)
        self.line = PlainLabel()
        self.line.setWordWrap(True)
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.hand)
        row.addWidget(self.line, 4)
        row.addWidget(self.speaker)
        row.addStretch(1)
        self.row = row

    def show_line(self, text: str, theme: Theme) -> None:
        """`text` between a hand and a speaker, in `theme`'s script; the hand alone, larger,
        if `text` is empty."""
        self.line.setText(text)
        room = theme.layout
        self.row.setSpacing(room.attract_gap)
        ink = theme.palette.ink
        grow = 1 if text else ALONE
        self.hand.show_picture("hand-tap", round(room.attract_hand * grow), ink)
        self.speaker.show_picture("speaker-high", room.attract_hand, ink)
        set_label_font(self.line, theme.font(SIZE), theme)
        self.line.setVisible(bool(text))
        self.speaker.setVisible(bool(text))  # after its picture, which shows it
