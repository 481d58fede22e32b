"""A screen of big tiles under a short line of guidance: the base of picker, topics and lists."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.tile_grid import Tile, TileGrid
from kiosk.ui.widgets.wrapped import set_label_font


def tile_title_size(theme: Theme) -> float:
    """Tiles as wide as a portrait screen have room for larger titles (still on one line)."""
    return 42 if theme.portrait else 34


class MenuScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = PlainLabel()
        self.intro.setWordWrap(True)
        self.intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid = TileGrid()
        self.chosen = self.grid.chosen  # the id of the tile tapped
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.intro)
        column.addWidget(self.grid, 1)

    def fill(
        self,
        theme: Theme,
        intro: str,
        tiles: Sequence[Tile],
        columns: int,
        title_size: float | None = None,
        even: bool = False,
    ) -> None:
        self.apply_theme(theme)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.grid.set_tiles(tiles, columns, theme, title_size or tile_title_size(theme), even)

    def apply_theme(self, theme: Theme) -> None:
        """The line of guidance's font and room (the tiles are built in their theme)."""
        room = theme.layout
        margins = (room.screen_margin, room.intro_top, room.screen_margin, 0)
        set_label_font(self.intro, theme.font(34), theme, margins)

    def tile_texts(self) -> list[str]:
        return [tile.title_label.text() for tile in self.grid.tiles]

    def tap(self, title: str) -> None:
        """Find a tile by its title (for tests and screenshots)."""
        for tile in self.grid.tiles:
            if tile.title_label.text() == title:
                tile.click()
                return
        raise LookupError(title)
