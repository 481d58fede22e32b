"""Up and down buttons beside a list of tiles that does not fit its screen (the picker in large
text on a small screen): a row cut in half at the foot of the screen does not say that more
follow, an arrow button does, and it scrolls for a visitor who does not think to swipe.

Offered by a screen that knows its list may not fit (the picker measures first): then its
width is kept beside the list, and the buttons show while the list scrolls. Never offered, it
takes no room: a cue that came and went with the scrolling would narrow the list, wrap its
names, and so make it scroll (a loop).
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.icons import icon, icon_size

PAGE = 0.8  # of the view's height a tap scrolls: the last row seen stays in sight


class ScrollCue(QWidget):
    def __init__(self, area: QAbstractScrollArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.up = QPushButton()
        self.down = QPushButton()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.up)
        column.addStretch(1)
        column.addWidget(self.down)
        self.column = column
        self.up.clicked.connect(lambda: self.page(-1))
        self.down.clicked.connect(lambda: self.page(1))
        bar = area.verticalScrollBar()
        bar.valueChanged.connect(self._update)
        bar.rangeChanged.connect(self._update)
        self.offered = False
        self.hide()

    def offer(self, offered: bool) -> None:
        """Keep room beside the list for the buttons (shown while it scrolls), or none."""
        self.offered = offered
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(offered)
        self.setSizePolicy(policy)
        self._update()

    def apply(self, theme: Theme) -> None:
        room = theme.layout
        side = room.scroll_button
        for button, name in ((self.up, "up"), (self.down, "down")):
            button.setIcon(icon(name, side, colour=theme.palette.bar_text))
            button.setIconSize(icon_size(room.scroll_icon))
            button.setFixedSize(side, side)
        # Level with the grid's first and last rows, and as far from the edge as the tiles.
        # (A layout's margins are not mirrored: the edge is on the left in right-to-left.)
        edge = room.screen_margin
        start, end = (edge, 0) if self.isRightToLeft() else (0, edge)
        self.column.setContentsMargins(start, room.grid_margin_y, end, room.grid_margin_y)

    def set_names(self, up: str, down: str) -> None:
        self.up.setAccessibleName(up)
        self.down.setAccessibleName(down)

    def page(self, step: int) -> None:
        bar = self.area.verticalScrollBar()
        bar.setValue(bar.value() + step * int(self.area.viewport().height() * PAGE))

    def _update(self) -> None:
        bar = self.area.verticalScrollBar()
        self.setVisible(self.offered and bar.maximum() > 0)
        self.up.setEnabled(bar.value() > 0)
        self.down.setEnabled(bar.value() < bar.maximum())
