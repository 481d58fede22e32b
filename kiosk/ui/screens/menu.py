"""A screen of big tiles under a short line of guidance: the base of picker, topics and lists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.scroll_cue import ScrollCue
from kiosk.ui.widgets.tile_grid import Tile, TileGrid
from kiosk.ui.widgets.wrapped import set_label_font


def tile_title_size(theme: Theme) -> float:
    """Tiles as wide as a portrait screen have room for larger titles (still on one line)."""
    return 42 if theme.portrait else 34


class MenuScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = PlainLabel()  # the line of guidance above the tiles
        # Standing at a tall screen (Theme.standing): the rows above the reach band the tiles
        # keep to hold a panel with the screen's heading and the guidance, at eye height.
        self.upper = QWidget()
        self.upper_panel = QFrame()
        self.upper_room = QVBoxLayout(self.upper)
        self.upper_room.setContentsMargins(0, 0, 0, 0)
        self.upper_room.addWidget(self.upper_panel)
        self.heading = PlainLabel()
        for label in (self.heading, self.intro):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upper_column = QVBoxLayout(self.upper_panel)
        self.upper_column.addStretch(1)  # the words in the middle of the panel
        self.upper_column.addWidget(self.heading)
        self.upper_column.addStretch(1)
        self.upper.hide()
        self.grid = TileGrid()
        self.chosen = self.grid.chosen  # the id of the tile tapped
        self.cue = ScrollCue(self.grid)  # beside the tiles, while they do not all fit
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.grid, 1)
        row.addWidget(self.cue)
        # The guidance sits in the column itself unless standing: a label nested in more
        # layouts takes more passes of the event loop to settle its height (a tap that came
        # before it had met a grid that seemed to scroll, and the kinetic scroller held it; a
        # press on a grid that scrolls is no longer lost either way: widgets/kinetic.py).
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.upper)
        column.addWidget(self.intro)
        column.addLayout(row, 1)
        self.column = column
        self.standing = False
        self.standing_heading = 72.0  # the heading's size in the panel (the picker's is larger)

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
        if theme.standing != self.standing:
            self._stand(theme.standing)
        if theme.standing:
            self.upper.setFixedHeight(theme.reach_top)
            self.upper_room.setContentsMargins(room.screen_margin, room.card_top, room.screen_margin, 0)
            pad = room.panel_pad
            self.upper_column.setContentsMargins(pad, pad, pad, pad)
            self.upper_column.setSpacing(room.dialog_gap)
            set_label_font(self.heading, theme.font(self.standing_heading, bold=True), theme)
            set_label_font(self.intro, theme.font(46), theme)
        else:
            margins = (room.screen_margin, room.intro_top, room.screen_margin, 0)
            set_label_font(self.intro, theme.font(34), theme, margins)
        self.heading.setVisible(theme.standing and bool(self.heading.text()))
        self.cue.apply(theme)

    def _stand(self, standing: bool) -> None:
        """The guidance into the panel above reach (standing), or back above the tiles."""
        self.standing = standing
        if standing:
            self.column.removeWidget(self.intro)
            self.upper_column.insertWidget(2, self.intro)  # under the heading
        else:
            self.upper_column.removeWidget(self.intro)
            self.column.insertWidget(1, self.intro)
        self.upper.setVisible(standing)
        self.upper_panel.setObjectName("panel" if standing else "")
        self.upper_panel.style().unpolish(self.upper_panel)  # its name chose its style
        self.upper_panel.style().polish(self.upper_panel)

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
