"""Topics: what a visitor may want to know, as big tiles."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.i18n.views import TopicView
from kiosk.ui.screens.menu import MenuScreen, tile_title_size
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.tile_button import TileButton


class TopicsScreen(MenuScreen):
    COLUMNS = 2

    def show_topics(self, topics: Sequence[TopicView], theme: Theme, intro: str) -> None:
        self.fill(theme, intro, self._tiles(topics, theme), columns=self.COLUMNS)
        _picture(self.grid.tiles, topics, theme)

    def prepare(self, topics: Sequence[TopicView], theme: Theme) -> None:
        """Build the topics of one language ahead of the tap that will show them."""
        key = self.grid.prepare(self._tiles(topics, theme), self.COLUMNS, theme, tile_title_size(theme))
        _picture(self.grid.built_tiles(key), topics, theme)

    @staticmethod
    def _tiles(topics: Sequence[TopicView], theme: Theme) -> list[tuple[str, str, str, Theme]]:
        return [(t.id, t.title, t.summary, theme) for t in topics]


def _picture(tiles: Sequence[TileButton], topics: Sequence[TopicView], theme: Theme) -> None:
    """Each topic's pictogram on its tile, in the theme's ink (a kept grid has it already)."""
    for tile, topic in zip(tiles, topics, strict=True):
        tile.set_pictogram(topic.icon, theme)
