"""Tiles in a grid that scrolls by finger when it does not fit.

Building a grid of tiles is most of the cost of a tap (about 15 ms for the picker), so the
last few grids built are kept and shown again when the same tiles are asked for: going Home,
Back or through the picker again draws a grid that already exists.

The tiles grow to use the height of the view (within the reach band, where the window keeps
to one), and a few tiles on a portrait screen stand in one column (`kiosk.display.arrangement`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from kiosk.display.arrangement import tile_columns, tile_height
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.kinetic import make_kinetic
from kiosk.ui.widgets.tile_button import TileButton

Tile = tuple[str, str, str, Theme]  # id, title, summary, theme for its script


@dataclass
class _Built:
    inner: QWidget
    tiles: list[TileButton]
    grid: QGridLayout
    columns: int
    least: int  # the height every tile has before it grows


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
        self._built: OrderedDict[tuple[object, ...], _Built] = OrderedDict()
        self._shown: _Built | None = None

    def set_tiles(
        self,
        tiles: Sequence[Tile],
        columns: int,
        theme: Theme,
        title_size: float = 34,
        even: bool = False,
    ) -> None:
        built = self._built[self.prepare(tiles, columns, theme, title_size, even)]
        self._shown, self.tiles = built, built.tiles
        if self.widget() is not built.inner:
            self.takeWidget()  # kept for later, not deleted as setWidget would
            self.setWidget(built.inner)
        self._grow()
        self.verticalScrollBar().setValue(0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._grow()

    def _grow(self) -> None:
        """Tiles as tall as the view allows (each at least as tall as its text needs)."""
        built = self._shown
        if built is None or self.widget() is not built.inner:
            return
        margins = built.grid.contentsMargins()
        room = self.viewport().height() - margins.top() - margins.bottom()
        gap = built.grid.verticalSpacing()
        height = tile_height(room, len(built.tiles), built.columns, built.least, gap)
        for tile in built.tiles:
            if tile.minimumHeight() != height:
                tile.setMinimumHeight(height)

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
            _, old = self._built.popitem(last=False)
            if old.inner is self.widget():
                self.takeWidget()
                self._shown = None
            old.inner.deleteLater()
        return key

    def _build(
        self, tiles: Sequence[Tile], columns: int, theme: Theme, title_size: float, even: bool
    ) -> _Built:
        columns = tile_columns(*theme.room, len(tiles), columns)
        inner = QWidget()
        inner.setObjectName("grid")  # styled by the window's one style sheet (theme.STYLE)
        grid = QGridLayout(inner)
        room = theme.layout
        margin = room.screen_margin
        grid.setContentsMargins(margin, room.grid_margin_y, margin, room.grid_margin_y)
        gap = room.tile_gap  # well over 3 mm between targets
        grid.setHorizontalSpacing(gap)
        grid.setVerticalSpacing(gap)
        buttons = []
        for index, (tile_id, title, summary, tile_theme) in enumerate(tiles):
            # Even tiles are the picker's: their summaries are the English names, drawn in the
            # grid's fonts, not in the line height of the tile's script (Nastaliq's is 2.5 em).
            summary_theme = theme if even else None
            tile = TileButton(
                tile_id,
                title,
                summary,
                tile_theme,
                title_size=title_size,
                centered=even,
                summary_theme=summary_theme,
            )
            tile.tapped.connect(self.chosen)
            grid.addWidget(tile, index // columns, index % columns)
            buttons.append(tile)
        least = room.tile
        if even and buttons:
            least = max(tile.sizeHint().height() for tile in buttons)
            for tile in buttons:
                tile.setMinimumHeight(least)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(grid.rowCount(), 1)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        return _Built(inner, buttons, grid, columns, least)

    def built_tiles(self, key: tuple[object, ...]) -> list[TileButton]:
        """The tiles of a grid `prepare` built (and returned the key of)."""
        return self._built[key].tiles

    def forget(self) -> None:
        """Drop the kept grids (a content or catalog update makes them stale)."""
        current = self.takeWidget()
        for built in self._built.values():
            if built.inner is not current:
                built.inner.deleteLater()
        if current is not None:
            current.deleteLater()
        self._built.clear()
        self._shown = None
        self.tiles = []
