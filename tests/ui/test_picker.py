"""The picker shows every language at once on the lobby's screens, each by its own name and
its English one (a swipe reaches them on a smaller screen: tests/ui/test_touch.py)."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.i18n.languages import LANGUAGES
from kiosk.navigation import Place
from tests.helpers.touch import touch_tap

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


@pytest.mark.parametrize("code", ["ko", "ur", "lo", "km", "ium"])
def test_a_touch_on_a_new_language_opens_its_topics(make_window: Any, code: str) -> None:
    window = make_window((1920, 1080))
    window.go(Place("picker"))
    touch_tap(next(tile for tile in window.picker.grid.tiles if tile.tile_id == code))
    assert window.stack.currentWidget() is window.topics
    assert window.translator.code == code
    title = window.translator.pgettext("screen title", "What would you like to know?")
    assert title != "What would you like to know?", "the catalog has the topics' title"
    assert title in window.top_bar.title.text()
