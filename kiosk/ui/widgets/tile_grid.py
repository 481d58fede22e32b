"""Tiles in a grid that scrolls by finger when it does not fit.

Building a grid of tiles is most of the cost of a tap (about 15 ms for the picker), so the
last few grids built are kept and shown again when the same tiles are asked for: going Home,
Back or through the picker again draws a grid that already exists.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.scroll_text import make_kinetic
from kiosk.ui.widgets.tile_button import TileButton

Tile = tuple[str, str, str, Theme]  # id, title, summary, theme for its script


class TileGrid(QScrollArea):
    chosen = Signal(str)  # the id of the tile tapped

    def __init__(self, keep: int = 8, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keep = keep  # how many built grids to keep for when they are asked for again
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QScrollArea { background: transparent; }")
        make_kinetic(self)
        self.tiles: list[TileButton] = []
        self._built: OrderedDict[tuple[object, ...], tuple[QWidget, list[TileButton]]] = OrderedDict()

    def set_tiles(
        self,
        tiles: Sequence[Tile],
        columns: int,
        theme: Theme,
        title_size: float = 34,
        even: bool = False,
    ) -> None:
        inner, self.tiles = self._built[self.prepare(tiles, columns, theme, title_size, even)]
        if self.widget() is not inner:
            self.takeWidget()  # kept for later, not deleted as setWidget would
            self.setWidget(inner)
        self.verticalScrollBar().setValue(0)

    def prepare(
        self,
        tiles: Sequence[Tile],
        columns: int,
        theme: Theme,
        title_size: float = 34,
        even: bool = False,
    ) -> tuple[object, ...]:
        """Build the grid for these tiles, unless it is kept already; returns its key."""
        key = (tuple(tiles), columns, theme, title_size, even)
        if key in self._built:
            self._built.move_to_end(key)
            return key
        self._built[key] = self._build(tiles, columns, theme, title_size, even)
        while len(self._built) > self.keep:
            _, (old, _tiles) = self._built.popitem(last=False)
            if old is self.widget():
                self.takeWidget()
            old.deleteLater()
        return key

    def _build(
        self, tiles: Sequence[Tile], columns: int, theme: Theme, title_size: float, even: bool
    ) -> tuple[QWidget, list[TileButton]]:
        inner = QWidget()
        inner.setObjectName("grid")  # styled by the window's one style sheet (theme.STYLE)
        grid = QGridLayout(inner)
        margin = theme.px(48)
        grid.setContentsMargins(margin, theme.px(36), margin, theme.px(36))
        gap = theme.px(28)  # well over 3 mm between targets
        grid.setHorizontalSpacing(gap)
        grid.setVerticalSpacing(gap)
        buttons = []
        for index, (tile_id, title, summary, tile_theme) in enumerate(tiles):
            tile = TileButton(tile_id, title, summary, tile_theme, title_size=title_size, centered=even)
            tile.tapped.connect(self.chosen)
            grid.addWidget(tile, index // columns, index % columns)
            buttons.append(tile)
        if even and buttons:
            tallest = max(tile.sizeHint().height() for tile in buttons)
            for tile in buttons:
                tile.setMinimumHeight(tallest)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(grid.rowCount(), 1)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        return inner, buttons

    def forget(self) -> None:
        """Drop the kept grids (a content or catalog update makes them stale)."""
        current = self.takeWidget()
        for inner, _tiles in self._built.values():
            if inner is not current:
                inner.deleteLater()
        if current is not None:
            current.deleteLater()
        self._built.clear()
        self.tiles = []
