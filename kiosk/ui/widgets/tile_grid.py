"""Tiles in a grid that scrolls by finger when it does not fit."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.scroll_text import make_kinetic
from kiosk.ui.widgets.tile_button import TileButton

Tile = tuple[str, str, Theme, Callable[[], None]]  # title, summary, theme for its script, action


class TileGrid(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setStyleSheet("QScrollArea { background: transparent; }")
        make_kinetic(self)
        self.tiles: list[TileButton] = []

    def set_tiles(
        self,
        tiles: Sequence[Tile],
        columns: int,
        theme: Theme,
        title_size: float = 34,
        even: bool = False,
    ) -> None:
        inner = QWidget()
        inner.setObjectName("grid")
        inner.setStyleSheet("QWidget#grid { background: transparent; }")
        grid = QGridLayout(inner)
        margin = theme.px(48)
        grid.setContentsMargins(margin, theme.px(36), margin, theme.px(36))
        gap = theme.px(28)  # well over 3 mm between targets
        grid.setHorizontalSpacing(gap)
        grid.setVerticalSpacing(gap)
        self.tiles = []
        for index, (title, summary, tile_theme, action) in enumerate(tiles):
            tile = TileButton(title, summary, tile_theme, title_size=title_size, centered=even)
            # clicked(bool) would pass `checked` into the action's default argument.
            tile.clicked.connect(lambda _checked=False, act=action: act())
            grid.addWidget(tile, index // columns, index % columns)
            self.tiles.append(tile)
        if even and self.tiles:
            tallest = max(tile.sizeHint().height() for tile in self.tiles)
            for tile in self.tiles:
                tile.setMinimumHeight(tallest)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(grid.rowCount(), 1)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(inner)
        self.verticalScrollBar().setValue(0)
