"""Language picker: every language named in its own script, drawn with its own fonts; a tile
held down says its language's name aloud (kiosk/ui/widgets/long_press.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QWidget

from kiosk.i18n.languages import SOURCE_LANGUAGE, Language, get
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.theme import STROKES, Theme
from kiosk.ui.widgets.long_press import LongPress
from kiosk.ui.widgets.tile_grid import Tile

TITLE = 44  # the autonyms' size, at 1080p
MOST_COLUMNS = 5


class PickerScreen(MenuScreen):
    held = Signal(str)  # a tile pressed and held: its language's code, to hear its name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.long_press = LongPress(self)
        self.long_press.held.connect(self.held)

    def show_languages(
        self,
        languages: Sequence[Language],
        size: tuple[int, int],
        theme: Theme,
        intro: str,
    ) -> None:
        tiles = []
        for lang in languages:
            subtitle = "" if lang.english_name == lang.autonym else lang.english_name
            tiles.append((lang.code, lang.autonym, subtitle, theme.for_language(lang)))
        # Every language on one screen without scrolling where the width allows: a visitor who
        # cannot read English should not have to discover that the list goes on.
        # Even: centred names read well in either direction; equal rows whatever the script.
        # The grid around the tiles looks the same whatever the visitor's language, so one
        # grid serves them all (the kept grid is found again under the same theme); it draws
        # the English names under the autonyms.
        neutral = theme.for_language(get(SOURCE_LANGUAGE))
        self.fill(neutral, intro, tiles, self._columns(tiles, size, neutral), title_size=TITLE, even=True)
        for tile in self.grid.tiles:
            self.long_press.watch(tile)

    @staticmethod
    def _columns(tiles: Sequence[Tile], size: tuple[int, int], theme: Theme) -> int:
        """As many columns as the widest name leaves room for, up to five: twenty languages
        in four rows of five fit a landscape screen, in seven rows of three a portrait one."""
        if len(tiles) <= 4:
            return 2
        widest = max(
            max(
                QFontMetrics(tile_theme.font(TITLE, bold=True)).horizontalAdvance(title),
                QFontMetrics(theme.small).horizontalAdvance(summary),
            )
            for _id, title, summary, tile_theme in tiles
        )
        sizes = theme.layout
        # A tile's padding and border on both sides, and a padding's worth of air.
        gap, tile = sizes.tile_gap, widest + 3 * sizes.tile_pad_x + 2 * STROKES.border
        room = size[0] - 2 * sizes.screen_margin + gap
        return max(2, min(MOST_COLUMNS, room // (tile + gap)))
