"""The picker shows every language at once on the lobby's screens, each by its own name and
its English one (a swipe reaches them on a smaller screen: tests/ui/test_touch.py)."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.i18n.languages import LANGUAGES
from kiosk.navigation import Place

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=str)
def test_all_twenty_languages_show_without_scrolling(make_window: Any, size: tuple[int, int]) -> None:
    window = make_window(size)
    assert len(window.cfg.languages) == 20
    window.go(Place("picker"))
    grid = window.picker.grid
    assert grid.verticalScrollBar().maximum() == 0, "nothing below the screen to discover"
    shown = {}
    for tile in grid.tiles:
        assert tile.visibleRegion().boundingRect().size() == tile.size(), tile.tile_id
        shown[tile.tile_id] = tile.text_shown().split("\n")
    assert list(shown) == window.cfg.languages
    for code, lines in shown.items():
        language = LANGUAGES[code]
        names = (
            [language.autonym]
            if language.autonym == language.english_name
            else [
                language.autonym,
                language.english_name,
            ]
        )
        assert lines == names, code
