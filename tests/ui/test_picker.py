"""The picker shows every language at once on the lobby's screens, each by its own name and
its English one (a swipe reaches them on a smaller screen: tests/ui/test_touch.py)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QColor

from kiosk.i18n.languages import LANGUAGES
from kiosk.navigation import Place
from kiosk.ui.widgets.tile_button import TileButton
from tests.helpers.standing import floor_standing
from tests.helpers.touch import touch_tap
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("screen", ["1920x1080", "1080x1920", "1280x720", "43-inch floor-standing"])
def test_all_twenty_languages_show_without_scrolling(make_window: Any, screen: str) -> None:
    if screen.startswith("43"):
        window = floor_standing(make_window)  # the tiles within reach, in the lower 44%
    else:
        window = make_window(tuple(int(n) for n in screen.split("x")))
    assert len(window.cfg.languages) == 20
    window.go(Place("picker"))
    grid = window.picker.grid
    assert grid.verticalScrollBar().maximum() == 0, "nothing below the screen to discover"
    assert not window.picker.cue.isVisible(), "no arrow to more: there is none"
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


PRIVACY = "This screen does not record who you are or what you read."


def mark_pixels(tile: TileButton) -> int:
    """Pixels of the ink colour in the tile's top corner where the tick is drawn (its start)."""
    image = tile.grab().toImage()
    side, inset, colour = tile.mark
    ink = QColor(colour).rgb()
    left = tile.width() - inset - side if tile.isRightToLeft() else inset
    return sum(
        1 for y in range(inset, inset + side) for x in range(left, left + side) if image.pixel(x, y) == ink
    )


def tile_of(window: Any, code: str) -> TileButton:
    tile: TileButton = next(tile for tile in window.picker.grid.tiles if tile.tile_id == code)
    return tile


@pytest.mark.parametrize("device", ["touch", "mouse"])
def test_the_picker_marks_the_language_in_use(make_window: Any, qtbot: Any, device: str) -> None:
    window = make_window((1920, 1080))

    def press(widget: Any) -> None:
        touch_tap(widget) if device == "touch" else tap(qtbot, widget)

    press(window.attract)
    assert window.stack.currentWidget() is window.picker
    english = tile_of(window, "en")
    assert english.current and english.property("current")
    assert "Current language" in english.accessibleDescription()
    assert mark_pixels(english) > 20, "a tick, not colour alone"
    press(tile_of(window, "ar"))
    press(window.top_bar.language_button)
    assert window.stack.currentWidget() is window.picker
    arabic, english = tile_of(window, "ar"), tile_of(window, "en")
    assert arabic.current and not english.current
    assert mark_pixels(arabic) > 20 and mark_pixels(english) == 0
    said = window.translator.pgettext("picker", "Current language")
    assert arabic.accessibleDescription().startswith(said) and "Arabic" in arabic.accessibleDescription()
    assert not any(tile.current for tile in window.picker.grid.tiles if tile is not arabic)
    # Its border is heavier than the others': drawn wider, not only in another colour.
    assert arabic.styleSheet() == "" and arabic.property("current") is True


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_the_picker_promises_nothing_is_recorded_in_the_visitors_language(
    make_window: Any, code: str
) -> None:
    window = make_window((1280, 720))
    window.set_language(code)
    window.go(Place("picker"))
    intro = window.picker.intro
    assert intro.isVisible() and intro.visibleRegion().boundingRect().size() == intro.size()
    assert intro.text() == window.translator.pgettext("privacy promise", PRIVACY)
    if code == "en":
        assert intro.text() == PRIVACY


def test_where_the_languages_cannot_all_fit_an_arrow_says_more_follow(make_window: Any, qtbot: Any) -> None:
    window = make_window((1280, 720))
    touch_tap(window.attract)
    window.set_display(True, False)  # large text: twenty names do not fit 720 rows
    grid, cue = window.picker.grid, window.picker.cue
    if grid.verticalScrollBar().maximum() == 0:
        pytest.skip("every language fits on this screen")
    assert cue.isVisible() and cue.down.isEnabled() and not cue.up.isEnabled()
    assert cue.down.accessibleName() == window.translator.pgettext("card button", "Scroll down")
    last = grid.tiles[-1]
    assert last.visibleRegion().boundingRect().height() < last.height()
    while cue.down.isEnabled():
        touch_tap(cue.down)
    assert last.visibleRegion().boundingRect().size() == last.size()
    assert cue.up.isEnabled()
