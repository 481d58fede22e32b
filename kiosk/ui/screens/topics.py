"""Topics: what a visitor may want to know, as big tiles."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from kiosk.i18n.views import TopicView
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.theme import Theme


class TopicsScreen(MenuScreen):
    def show_topics(
        self, topics: Sequence[TopicView], theme: Theme, intro: str, choose: Callable[[str], None]
    ) -> None:
        tiles = [(t.title, t.summary, theme, lambda tid=t.id: choose(tid)) for t in topics]
        self.fill(theme, intro, tiles, columns=2)
