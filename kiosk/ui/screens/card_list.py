"""The cards of one topic, each a tile with its title and one line, under the topic's pictogram."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.i18n.views import CardItemView
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.pictogram import Pictogram


class CardListScreen(MenuScreen):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pictogram = Pictogram(self)
        column = self.layout()
        assert isinstance(column, QVBoxLayout)
        column.insertWidget(0, self.pictogram, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column = column

    def show_cards(self, items: Sequence[CardItemView], theme: Theme, intro: str, icon: str = "") -> None:
        tiles = [(c.id, c.title, c.summary, theme) for c in items]
        self.fill(theme, intro, tiles, columns=1)
        # The topic's picture above its line; the line keeps its own room above it.
        shown = self.pictogram.show_picture(icon, theme.layout.top_pictogram, theme.palette.ink)
        self.column.setContentsMargins(0, theme.layout.intro_top if shown else 0, 0, 0)
