"""A screen of big tiles under a short line of guidance: the base of picker, topics and lists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.scroll_cue import ScrollCue
from kiosk.ui.widgets.tile_grid import Tile, TileGrid
from kiosk.ui.widgets.wrapped import WrappedHeights, set_label_font

UNBOUNDED = 16777215  # QWIDGETSIZE_MAX: no largest size


def tile_title_size(theme: Theme) -> float:
    """Tiles as wide as a portrait screen have room for larger titles (still on one line)."""
    return 42 if theme.portrait else 34


class MenuScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Above the tiles: the guidance, and standing at a tall screen (Theme.standing) the
        # screen's heading too, both at eye height above the reach band the tiles keep to.
        self.upper = QWidget()
        self.upper_panel = QFrame()
        self.upper_room = QVBoxLayout(self.upper)
        self.upper_room.setContentsMargins(0, 0, 0, 0)
        self.upper_room.addWidget(self.upper_panel)
        self.heading = PlainLabel()
        self.intro = PlainLabel()
        for label in (self.heading, self.intro):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.hide()
        self.wrapped = WrappedHeights(self)
        self.wrapped.watch(self.heading, self.intro)
        upper = QVBoxLayout(self.upper_panel)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addStretch(1)  # standing: the words in the middle of the rows above reach
        upper.addWidget(self.heading)
        upper.addWidget(self.intro)
        upper.addStretch(1)
        self.upper_column = upper
        self.grid = TileGrid()
        self.chosen = self.grid.chosen  # the id of the tile tapped
        self.cue = ScrollCue(self.grid)  # beside the tiles, while they do not all fit
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.grid, 1)
        row.addWidget(self.cue)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.upper)
        column.addLayout(row, 1)
        self.standing = False

    def fill(
        self,
        theme: Theme,
        intro: str,
        tiles: Sequence[Tile],
        columns: int,
        title_size: float | None = None,
        even: bool = False,
        cue: bool = False,
    ) -> None:
        """`cue`: the tiles may not all fit: keep room for the arrows beside them."""
        self.apply_theme(theme)
        self.cue.offer(cue)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.grid.set_tiles(tiles, columns, theme, title_size or tile_title_size(theme), even)

    def apply_theme(self, theme: Theme) -> None:
        """The line of guidance's font and room (the tiles are built in their theme)."""
        room = theme.layout
        margins = (room.screen_margin, room.intro_top, room.screen_margin, 0)
        if theme.standing != self.standing:
            # The rows out of reach hold the words, large, in a panel: read, not touched.
            self.upper_panel.setObjectName("panel" if theme.standing else "")
            self.upper_panel.style().unpolish(self.upper_panel)  # its name chose its style
            self.upper_panel.style().polish(self.upper_panel)
        self.standing = theme.standing
        if theme.standing:
            self.upper.setFixedHeight(theme.reach_top)
            self.upper_room.setContentsMargins(room.screen_margin, room.card_top, room.screen_margin, 0)
            pad = room.panel_pad
            self.upper_column.setContentsMargins(pad, pad, pad, pad)
            self.upper_column.setSpacing(room.dialog_gap)
            set_label_font(self.heading, theme.font(72, bold=True), theme)
            set_label_font(self.intro, theme.font(46), theme)
        else:
            self.upper.setMinimumHeight(0)
            self.upper.setMaximumHeight(UNBOUNDED)
            self.upper_room.setContentsMargins(0, 0, 0, 0)
            self.upper_column.setContentsMargins(0, 0, 0, 0)
            self.upper_column.setSpacing(0)
            set_label_font(self.intro, theme.font(34), theme, margins)
        self.heading.setVisible(theme.standing and bool(self.heading.text()))
        self.cue.apply(theme)

    def set_cue_names(self, up: str, down: str) -> None:
        """What a screen reader says of the buttons that scroll the tiles."""
        self.cue.set_names(up, down)

    def set_heading(self, text: str) -> None:
        """The screen's title, shown above the guidance where the visitor stands at a tall
        screen (the bar at the foot of the screen then holds only buttons)."""
        self.heading.setText(text)
        self.heading.setVisible(self.standing and bool(text))

    def tile_texts(self) -> list[str]:
        return [tile.title_label.text() for tile in self.grid.tiles]

    def tap(self, title: str) -> None:
        """Find a tile by its title (for tests and screenshots)."""
        for tile in self.grid.tiles:
            if tile.title_label.text() == title:
                tile.click()
                return
        raise LookupError(title)
