"""The top bar (issue 21 §4, §6): words beside the display toggles' icons, in every language
and on every screen size, without clipping; no empty Back slot on the picker; and a scroll
button that is off looks off."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.display.palettes import NORMAL
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui

SIZES = [(1920, 1080), (1280, 720), (1080, 1920)]


def bar_buttons(window: KioskWindow) -> list[QPushButton]:
    bar = window.top_bar
    buttons = [bar.back_button, bar.text_button, bar.contrast_button]
    buttons += [bar.home_button, bar.language_button, bar.finished_button]
    return [b for b in buttons if b.isVisible()]


def at_card(window: KioskWindow, code: str) -> None:
    window.attract.started.emit()
    window.set_language(code)
    window.go(Place("topics"))
    window.go(Place("card", "report-a-crime"))
    QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=str)
@pytest.mark.parametrize("code", ["en", "km", "ar", "zh_Hans"])
def test_the_display_toggles_say_what_they_do(make_window: Any, size: tuple[int, int], code: str) -> None:
    window = make_window(size)
    at_card(window, code)
    bar, tr = window.top_bar, window.translator
    names = (tr.pgettext("top bar button", "Larger text"), tr.pgettext("top bar button", "High contrast"))
    toggles = (bar.text_button, bar.contrast_button)
    assert tuple(t.accessibleName() for t in toggles) == names, "named, read aloud, in every case"
    if size != (1280, 720):
        # A 24-inch landscape screen and a portrait one: the words beside the icons.
        assert tuple(t.text() for t in toggles) == names
    else:
        # The smallest screen: the words where six buttons with words leave the title its room.
        assert tuple(t.text() for t in toggles) in (names, ("", ""))
    for button in bar_buttons(window):
        # Whole: as wide as its icon and words ask, and inside the window.
        assert button.width() >= button.sizeHint().width(), f"{button.text()!r} is clipped"
        left = button.mapTo(window, button.rect().topLeft()).x()
        assert left >= 0 and left + button.width() <= window.width(), f"{button.text()!r} is off the screen"
    title = bar.title
    words = title.text().replace("\u200b", " ").split()  # Khmer parts its words with ZWSP
    assert title.width() >= title.fontMetrics().horizontalAdvance(max(words, key=len))


@pytest.mark.parametrize("rtl", [False, True])
def test_no_empty_back_slot_on_the_picker(qtbot: Any, window: KioskWindow, rtl: bool) -> None:
    if rtl:
        window.set_language("ar")
    tap(qtbot, window.attract)
    QApplication.processEvents()  # the bar laid out as it is drawn
    bar = window.top_bar
    assert window.stack.currentWidget() is window.picker and not bar.back_button.isVisible()
    first = bar.text_button.mapTo(bar, bar.text_button.rect().topLeft()).x()
    edge = bar.layout().contentsMargins().left()
    if rtl:
        first = bar.width() - (first + bar.text_button.width())
    assert first == edge, "the display toggles start at the bar's edge, not after an empty slot"


def colour_inside(button: QPushButton) -> QColor:
    """The fill just inside the button's border, beside its icon."""
    window = button.window()
    image = window.grab(QRect(button.mapTo(window, QPoint(0, 0)), button.size())).toImage()
    return image.pixelColor(button.width() // 8, button.height() // 2)


def test_a_scroll_button_that_is_off_looks_off(qtbot: Any, window: KioskWindow, content: Any) -> None:
    longest = max(content.cards.values(), key=lambda c: len(c.body))
    window.attract.started.emit()
    window.go(Place("topics"))
    window.go(Place("card", longest.id))
    text = window.card.text
    assert text is not None and text.down.isVisible()
    assert not text.up.isEnabled() and text.down.isEnabled()
    assert colour_inside(text.down) == QColor(NORMAL.bar), "the one to tap: filled"
    # The one that does nothing: no fill at all, the page shows through.
    assert colour_inside(text.up) == QColor(NORMAL.paper)
