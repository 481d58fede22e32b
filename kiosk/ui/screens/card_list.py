"""The cards of one topic, each a tile with its title and one line."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kiosk.i18n.views import CardItemView
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.theme import Theme


class CardListScreen(MenuScreen):
    def show_cards(
        self, items: Sequence[CardItemView], theme: Theme, intro: str, choose: Callable[[str], None]
    ) -> None:
        tiles = [(c.title, c.summary, theme, lambda cid=c.id: choose(cid)) for c in items]
        self.fill(theme, intro, tiles, columns=1)
