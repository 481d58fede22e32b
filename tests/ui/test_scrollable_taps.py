"""A tap on a tile of a grid that scrolls opens that tile, by finger and by mouse; a swipe that
starts on a tile scrolls the grid and opens nothing.

Arabic at 1920x1080: its text at its optical scale, under the topic's pictogram and heading,
makes the police topic's list of cards taller than its view, so the grid scrolls. Its first
tile (on the right, right to left) lies past the test platform's 800x800 screen: Qt's scroller
used to hold the press back and send it again to the widget it found at that screen position,
found none there, and the tap did nothing (the release alone reached the tile).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QScroller, QScrollerProperties

from kiosk.ui.main_window import KioskWindow
from tests.helpers.touch import at, touch_swipe, touch_tap
from tests.helpers.visitor import tap, tile

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_double_taps() -> Iterator[None]:
    """Every tap here is a new tap, however soon it follows the last (the tap guard's double tap
    rule is tested in test_touch.py)."""
    hints = QGuiApplication.styleHints()
    before = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(1)
    yield
    hints.setMouseDoubleClickInterval(before)


def police_cards_in_arabic(qtbot: Any, make_window: Any) -> KioskWindow:
    window: KioskWindow = make_window((1920, 1080))
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "العربية"))
    tap(qtbot, window.topics.grid.tiles[1])
    assert window.stack.currentWidget() is window.card_list
    grid = window.card_list.grid
    assert grid.verticalScrollBar().maximum() > 0, "the list fits: this test needs one that scrolls"
    return window


def press(qtbot: Any, widget: Any, device: str) -> None:
    if device == "touch":
        touch_tap(widget)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("which", [0, -1], ids=["first", "last"])
@pytest.mark.parametrize("device", ["touch", "mouse"])
def test_a_tap_on_a_tile_of_a_scrolling_list_opens_its_card(
    qtbot: Any, make_window: Any, device: str, which: int
) -> None:
    window = police_cards_in_arabic(qtbot, make_window)
    grid = window.card_list.grid
    chosen = grid.tiles[which]
    grid.ensureWidgetVisible(chosen, 0, 0)  # the last is below the fold
    assert chosen.visibleRegion().boundingRect().height() == chosen.height()
    if which == 0:  # the case that failed: a tile past every screen Qt reports
        assert QGuiApplication.screenAt(chosen.mapToGlobal(chosen.rect().center())) is None
    opened: list[str] = []
    grid.chosen.connect(opened.append)
    press(qtbot, chosen, device)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card, timeout=3000)
    assert opened == [chosen.tile_id]


def test_a_swipe_that_starts_on_a_tile_scrolls_and_opens_nothing(qtbot: Any, make_window: Any) -> None:
    window = police_cards_in_arabic(qtbot, make_window)
    grid = window.card_list.grid
    first = grid.tiles[0]
    opened: list[str] = []
    grid.chosen.connect(opened.append)
    touch_swipe(window, at(first), -first.height())
    scroller = QScroller.scroller(grid.viewport())
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5000)
    assert grid.verticalScrollBar().value() > 0
    assert window.stack.currentWidget() is window.card_list and opened == []
    assert not any(each.isDown() for each in grid.tiles)  # no tile left looking pressed
    touch_tap(first)  # and the next tap still opens what it lands on
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card, timeout=3000)
    assert opened == [first.tile_id]


@pytest.mark.parametrize("device", ["touch", "mouse"])
def test_a_tap_that_stops_the_list_coasting_opens_nothing(qtbot: Any, make_window: Any, device: str) -> None:
    """A finger put down on a list moving fast stops it; the next tap opens what it lands on.
    (Qt lets a tap through a list moving slower than MaximumClickThroughVelocity: here none is
    that slow, so that a slow scroll, a minute long, still moving at the tap, counts as fast.)"""
    window = police_cards_in_arabic(qtbot, make_window)
    grid = window.card_list.grid
    scroller = QScroller.scroller(grid.viewport())
    props = scroller.scrollerProperties()
    props.setScrollMetric(QScrollerProperties.ScrollMetric.MaximumClickThroughVelocity, 0)
    scroller.setScrollerProperties(props)
    bottom = grid.widget().height() - grid.viewport().height()
    scroller.scrollTo(QPointF(0, bottom), 60_000)  # coasting for a minute: still moving at the tap
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Scrolling)
    opened: list[str] = []
    grid.chosen.connect(opened.append)
    first = grid.tiles[0]
    press(qtbot, first, device)
    assert scroller.state() == QScroller.State.Inactive  # stopped
    assert window.stack.currentWidget() is window.card_list and opened == []
    assert not first.isDown()
    press(qtbot, first, device)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.card, timeout=3000)
    assert opened == [first.tile_id]
