"""A visitor's fingers: one screen per double tap, a swipe however soon it comes, and no
focus ring after touches. Real touch events on a touchscreen device, through the window."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QPointingDevice
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScroller, QWidget

from kiosk.display.palettes import NORMAL
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow
from tests.helpers.touch import at, touch_swipe, touch_tap, touch_tap_at

pytestmark = pytest.mark.gui


@pytest.fixture
def double_tap_interval() -> Iterator[Any]:
    """Set the platform's double-click interval for a test (a real double tap is ~150-300 ms
    apart; a wide interval makes "within it" certain however slow the machine is)."""
    hints = QGuiApplication.styleHints()
    before = hints.mouseDoubleClickInterval()
    yield hints.setMouseDoubleClickInterval
    hints.setMouseDoubleClickInterval(before)


def double_tap(widget: QWidget) -> None:
    window, point = widget.window(), at(widget)
    touch_tap_at(window, point)
    touch_tap_at(window, point)  # the same spot: now on whatever the first tap opened


def at_topics(window: KioskWindow) -> None:
    touch_tap(window.attract)
    window.set_language("en")
    window.go(Place("topics"))


def test_a_double_tap_on_a_topic_opens_the_topic_only(window: KioskWindow, double_tap_interval: Any) -> None:
    double_tap_interval(10_000)
    at_topics(window)
    double_tap(window.topics.grid.tiles[0])
    assert window.stack.currentWidget() is window.card_list


@pytest.mark.parametrize("tapped", ["back", "home", "language", "picker", "card list"])
def test_a_double_tap_acts_once(window: KioskWindow, double_tap_interval: Any, tapped: str) -> None:
    double_tap_interval(10_000)
    at_topics(window)
    topic = window.content.topics[0].id if window.content else ""
    window.go(Place("cards", topic))
    if tapped == "card list":
        double_tap(window.card_list.grid.tiles[0])
        assert window.stack.currentWidget() is window.card
        return
    window.go(Place("card", window.card_list.grid.tiles[0].tile_id))
    if tapped == "back":
        double_tap(window.top_bar.back_button)
        assert window.stack.currentWidget() is window.card_list  # one screen back, not two
    elif tapped == "home":
        double_tap(window.top_bar.home_button)
        assert window.stack.currentWidget() is window.topics
    elif tapped == "language":
        double_tap(window.top_bar.language_button)
        assert window.stack.currentWidget() is window.picker  # no language chosen by the 2nd tap
    else:
        window.top_bar.language_button.click()
        double_tap(window.picker.grid.tiles[0])
        assert window.stack.currentWidget() is window.card  # back where the visitor was
        assert window.place.screen == "card"


def test_a_deliberate_second_tap_a_moment_later_still_works(
    window: KioskWindow, double_tap_interval: Any
) -> None:
    double_tap_interval(1)  # every tap here comes more than 1 ms after the one before
    at_topics(window)
    point = at(window.topics.grid.tiles[0])
    touch_tap_at(window, point)
    touch_tap_at(window, point)
    assert window.stack.currentWidget() is window.card


def test_toggles_and_listen_do_not_undo_themselves_on_a_double_tap(
    window: KioskWindow, double_tap_interval: Any
) -> None:
    double_tap_interval(10_000)
    at_topics(window)
    double_tap(window.top_bar.text_button)
    assert window.large_text and window.top_bar.text_button.isChecked()


def long_card(window: KioskWindow) -> None:
    assert window.content is not None
    longest = max(window.content.cards.values(), key=lambda card: len(card.body))
    window.go(Place("card", longest.id))
    QApplication.processEvents()


def text_offset(window: KioskWindow) -> int:
    assert window.card.text is not None
    return window.card.text.browser.verticalScrollBar().value()


@pytest.mark.parametrize("soon", [True, False])
def test_a_swipe_scrolls_the_card_however_soon_it_comes(
    make_window: Any, double_tap_interval: Any, qtbot: Any, soon: bool
) -> None:
    window = make_window((1280, 720))
    at_topics(window)
    window.set_display(True, False)  # large text: every card is longer than the view
    long_card(window)
    assert window.card.text is not None
    viewport = window.card.text.browser.viewport()
    assert window.card.text.browser.verticalScrollBar().maximum() > 0
    start = at(viewport, QPoint(viewport.width() // 2, viewport.height() * 3 // 4))
    double_tap_interval(1)
    touch_tap_at(window, start)  # a plain tap (as on the tile that opened the card)
    # Soon after it, on the same spot, the swipe's press arrives as a double-click.
    double_tap_interval(10_000 if soon else 1)
    touch_swipe(window, start, -viewport.height() // 2)
    qtbot.waitUntil(lambda: text_offset(window) > 0, timeout=3000)


def ring_pixels(widget: QWidget) -> int:
    """How many pixels of the keypad's focus ring colours are on screen."""
    image = widget.grab().toImage()
    rings = {QColor(NORMAL.focus).rgb(), QColor(NORMAL.focus_on_bar).rgb()}
    step = 2
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixel(x, y) in rings
    )


def test_no_focus_ring_after_touches_and_the_first_key_brings_it_back(
    window: KioskWindow, double_tap_interval: Any
) -> None:
    double_tap_interval(1)
    at_topics(window)
    assert ring_pixels(window) == 0
    QTest.keyClick(window, Qt.Key.Key_Tab)  # keypad mode: the ring shows (the check can see it)
    QTest.keyClick(window, Qt.Key.Key_Tab)
    ringed = QApplication.focusWidget()
    assert ring_pixels(window) > 50
    touch_tap(window.topics.grid.tiles[0])  # a touch: the topic's cards, and no ring anywhere
    assert window.stack.currentWidget() is window.card_list
    assert ring_pixels(window) == 0
    touch_tap(window.top_bar.back_button)  # back on the topics: still none on the button tapped
    assert window.stack.currentWidget() is window.topics
    assert ring_pixels(window) == 0
    QTest.keyClick(window, Qt.Key.Key_Tab)  # the first key: the ring where it was
    assert QApplication.focusWidget() is ringed and ring_pixels(window) > 50


def test_a_tile_out_of_view_is_reached_by_a_swipe_then_a_tap(
    make_window: Any, double_tap_interval: Any, qtbot: Any
) -> None:
    double_tap_interval(1)
    window = make_window((1280, 720))
    touch_tap(window.attract)
    window.set_display(True, False)
    grid = window.picker.grid
    last = grid.tiles[-1]
    if last.visibleRegion().boundingRect().height() == last.height():
        pytest.skip("every language fits on this screen: nothing to swipe")
    viewport = grid.viewport()
    start = at(viewport, QPoint(viewport.width() // 2, viewport.height() * 3 // 4))
    for _ in range(4):
        touch_swipe(window, start, -viewport.height() // 2)
        qtbot.wait(300)
    qtbot.waitUntil(lambda: last.visibleRegion().boundingRect().height() == last.height(), timeout=5000)
    scroller = QScroller.scroller(viewport)
    qtbot.waitUntil(lambda: scroller.state() == QScroller.State.Inactive, timeout=5000)  # it has come to rest
    touch_tap(last)
    # The press reaches the tile at once (kiosk/ui/widgets/kinetic.py); waited for all the same,
    # as a screen's change may come a few events later on a loaded machine.
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.topics, timeout=3000)
    assert window.translator.code == last.tile_id


# A double tap is two taps close in time *and* place: a quick tap far away is a new tap.


def mouse_tap_at(window: QWidget, point: QPoint, timestamp: int) -> None:
    """A mouse click at `point` of `window`, its time given (QTest's clicks are always spaced
    a double-click interval apart, so they could never come too soon)."""
    target = window.childAt(point)
    assert target is not None
    local = QPointF(target.mapFrom(window, point))
    scene = QPointF(point)
    glob = QPointF(window.mapToGlobal(point))
    mouse = QPointingDevice.primaryPointingDevice()
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in ((QEvent.Type.MouseButtonPress, left), (QEvent.Type.MouseButtonRelease, none)):
        event = QMouseEvent(kind, local, scene, glob, left, buttons, Qt.KeyboardModifier.NoModifier, mouse)
        event.setTimestamp(timestamp)
        QApplication.sendEvent(target, event)
    QApplication.processEvents()


class Hand:
    """Taps well within the double-click interval of each other, with a finger or the mouse."""

    def __init__(self, window: KioskWindow, device: str) -> None:
        self.window, self.device, self.time = window, device, 1_000_000

    def tap(self, point: QPoint) -> None:
        if self.device == "touch":
            touch_tap_at(self.window, point)
        else:
            mouse_tap_at(self.window, point, self.time)
            self.time += 150  # the next tap 150 ms later


def mm_apart(window: KioskWindow, a: QPoint, b: QPoint) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y()) / window.px_per_mm


@pytest.mark.parametrize("device", ["touch", "mouse"])
def test_a_quick_tap_far_from_the_last_opens_what_it_lands_on(
    window: KioskWindow, double_tap_interval: Any, device: str
) -> None:
    double_tap_interval(10_000)
    hand = Hand(window, device)
    touch_tap(window.attract)
    assert window.stack.currentWidget() is window.picker
    english = next(tile for tile in window.picker.grid.tiles if tile.tile_id == "en")
    first = at(english)
    hand.tap(first)
    assert window.stack.currentWidget() is window.topics
    # The quick visitor of issue 21: at once a topic, far from where the language was.
    topic = max(window.topics.grid.tiles, key=lambda tile: mm_apart(window, first, at(tile)))
    assert mm_apart(window, first, at(topic)) > 30
    hand.tap(at(topic))
    assert window.stack.currentWidget() is window.card_list, "the tap was not lost"
    assert window.place.item == topic.tile_id


@pytest.mark.parametrize("device", ["touch", "mouse"])
def test_a_second_tap_close_to_the_first_is_still_a_double_tap(
    window: KioskWindow, double_tap_interval: Any, device: str
) -> None:
    double_tap_interval(10_000)
    at_topics(window)
    first = at(window.topics.grid.tiles[0])
    # A finger's second tap lands a little apart: farther than Qt's double-tap distance
    # (so it arrives as a plain press), within a fingertip's width.
    near = QPoint(first.x() + round(6 * window.px_per_mm), first.y())
    assert mm_apart(window, first, near) > QGuiApplication.styleHints().touchDoubleTapDistance() * 25.4 / 96
    hand = Hand(window, device)
    hand.tap(first)
    hand.tap(near)
    assert window.stack.currentWidget() is window.card_list, "the topic's cards, not also a card"
