"""The cards of one topic, each a tile with its title and one line."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.i18n.views import CardItemView
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.theme import Theme


class CardListScreen(MenuScreen):
    def show_cards(self, items: Sequence[CardItemView], theme: Theme, intro: str) -> None:
        tiles = [(c.id, c.title, c.summary, theme) for c in items]
        self.fill(theme, intro, tiles, columns=1)
