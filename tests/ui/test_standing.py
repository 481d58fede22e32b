"""Standing in front of a tall screen (issue 21 §5): on a 43-inch portrait screen standing on
the floor, the text to read is high, at a standing visitor's eye height, and every control is
low, within reach (ADA 308: 380 to 1220 mm above the floor); nothing is left blank."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.display.fill import STANDING_CAP
from kiosk.i18n.languages import get
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.tools.fit import clipped_texts
from kiosk.ui.tools.tour import tour
from kiosk.ui.widget_tree import visible_targets
from tests.helpers.standing import floor_standing, largest_blank, reach_rows
from tests.helpers.touch import touch_tap, touch_tap_at

pytestmark = pytest.mark.gui


def top(widget: QWidget, window: KioskWindow) -> int:
    return widget.mapTo(window, widget.rect().topLeft()).y()


def out_of_reach(window: KioskWindow) -> list[str]:
    high, low = reach_rows(window)
    found = []
    for button in visible_targets(window.top_layer()):
        y = top(button, window)
        if y < high - 1 or y + button.height() > low + 1:
            name = button.text() or button.accessibleName()
            found.append(f"{name!r} at rows {y}-{y + button.height()}, reach {high:.0f}-{low:.0f}")
    return found


@pytest.mark.parametrize("language", ["en", "ar", "zh_Hans", "km"])
def test_every_control_is_within_reach_on_every_screen(make_window: Any, language: str) -> None:
    window = floor_standing(make_window)
    high, _low = reach_rows(window)
    assert high > 0.5 * window.height(), "the test screen reaches far above the band"
    problems = []
    for screen in tour(window, language):
        problems += [f"{screen}: {problem}" for problem in out_of_reach(window)]
    assert problems == []


@pytest.mark.parametrize("language", ["en", "ar", "km"])
def test_a_cards_text_starts_high_and_its_controls_are_low(make_window: Any, language: str) -> None:
    window = floor_standing(make_window)
    high, _low = reach_rows(window)
    window.set_language(language)
    window.go(Place("card", "report-a-crime"))
    card = window.card
    assert card.text is not None
    # The question and the answer begin in the upper part of the screen, at eye height...
    assert top(card.title, window) < 0.1 * window.height()
    assert top(card.text, window) < 0.2 * window.height()
    assert top(card.text, window) + card.text.height() > high, "...and run down to the band"
    # ... and everything a finger uses is in the band: the bar at the screen's foot.
    assert top(window.top_bar, window) > high
    assert out_of_reach(window) == []


def test_a_long_card_scrolls_with_both_buttons_within_reach(make_window: Any) -> None:
    window = floor_standing(make_window)
    window.set_display(True, False)  # large text: the text is longer than its room
    assert window.content is not None
    longest = max(window.content.cards.values(), key=lambda card: len(card.body))
    window.go(Place("card", longest.id))
    QApplication.processEvents()  # Listen and its volume offered once the sound process is up
    text = window.card.text
    assert text is not None and text.up.isVisible() and text.down.isVisible()
    high, low = reach_rows(window)
    for button in (text.up, text.down):
        assert high <= top(button, window) and top(button, window) + button.height() <= low
    touch_tap(text.down)
    assert text.browser.verticalScrollBar().value() > 0


@pytest.mark.parametrize("place", [Place("picker"), Place("topics"), Place("cards", "questions")])
def test_a_menu_says_where_the_visitor_is_high_and_offers_its_tiles_low(
    make_window: Any, place: Place
) -> None:
    window = floor_standing(make_window)
    high, _low = reach_rows(window)
    window.set_language("es")
    window.go(place)
    screen = window.stack.currentWidget()
    assert isinstance(screen, MenuScreen)
    # Nothing blank above the band: the screen's heading and guidance fill it, in large type.
    assert abs(screen.upper.height() - high) <= 1 and window.theme.reach_top == screen.upper.height()
    assert screen.heading.isVisible() and screen.heading.text() == window.top_bar.title.text()
    assert top(screen.heading, window) < high
    assert not window.top_bar.title.isVisible(), "said once, up high, not again at the foot"
    assert screen.heading.font().pixelSize() > window.top_bar.title.font().pixelSize()
    assert all(top(tile, window) > high for tile in screen.grid.tiles)
    assert out_of_reach(window) == []


def attract_standing(qtbot: Any, make_window: Any) -> KioskWindow:
    window = floor_standing(make_window)
    attract = window.attract
    qtbot.waitUntil(lambda: len(attract.autonyms.labels) == len(window.offered_languages()))
    assert window.stack.currentWidget() is attract
    return window


def test_attract_reads_high_and_invites_a_touch_low(qtbot: Any, make_window: Any) -> None:
    window = attract_standing(qtbot, make_window)
    attract = window.attract
    high, low = reach_rows(window)
    # The words and the names are read at eye height, above the band (they had all been in the
    # band, under a blank top 56% of the screen)...
    assert window.theme.reach_top > 0
    for label in (attract.city, attract.title, attract.promise, *attract.autonyms.labels):
        assert top(label, window) + label.height() <= high + 1, label.text()
    # ... the invitation to touch is within reach ...
    for part in (attract.hand, attract.prompt, attract.hearing):
        assert high <= top(part, window) and top(part, window) + part.height() <= low
    # ... and nothing is blank: no band of rows without a word or a picture in it is taller
    # than a fifth of the screen.
    blank = largest_blank(window, attract)
    assert blank[1] - blank[0] < 0.2 * window.height(), f"rows {blank} blank"
    # A touch anywhere still starts, high up as well as low.
    touch_tap_at(window, QPoint(window.width() // 2, 10))
    assert window.place == Place("picker")


def test_standing_names_keep_their_place_as_the_lines_change_language(qtbot: Any, make_window: Any) -> None:
    window = attract_standing(qtbot, make_window)
    attract = window.attract
    before = [top(label, window) for label in attract.autonyms.labels]
    prompt = top(attract.prompt, window) + attract.prompt.height() // 2
    for _ in range(len(window.offered_languages())):
        attract.next_language()
        QApplication.processEvents()
        assert [top(label, window) for label in attract.autonyms.labels] == before, attract.current().code
        # the invitation's middle stays put too (its pill may be one line or two)
        assert abs(top(attract.prompt, window) + attract.prompt.height() // 2 - prompt) <= 1


def test_messages_keep_to_the_band(make_window: Any) -> None:
    window = floor_standing(make_window)
    high, low = reach_rows(window)
    window.go(Place("card", "report-a-crime"))
    window.countdown.show(window.cfg.idle_warning)
    dialog = window.idle_overlay.dialog
    assert high - 1 <= top(dialog, window) and top(dialog, window) + dialog.height() <= low + 1


def test_a_screen_whose_top_is_within_reach_keeps_the_bar_on_top(make_window: Any) -> None:
    window = make_window((1080, 1920))  # on a stand or a desk: no reach setting
    window.go(Place("topics"))
    assert window.theme.reach_top == 0
    assert top(window.top_bar, window) == 0 and window.top_bar.title.isVisible()
    assert not window.topics.heading.isVisible()


@pytest.mark.parametrize("language", ["en", "ar", "km", "zh_Hans"])
def test_a_short_cards_words_grow_into_their_room_and_never_past_it(make_window: Any, language: str) -> None:
    window = floor_standing(make_window)
    window.set_language(language)
    window.go(Place("card", "report-a-crime"))
    QApplication.processEvents()
    card, theme = window.card, window.theme
    text = card.text
    assert text is not None
    normal = theme.for_language(get(language))
    # Larger than a card's usual type (the short answer had ended a third of the way down)...
    assert text.browser.font().pixelSize() > normal.body.pixelSize()
    assert card.title.font().pixelSize() > normal.heading.pixelSize()
    assert text.browser.font().pixelSize() <= round(normal.body.pixelSize() * STANDING_CAP) + 1
    # ... and never past the room: all of it shows, nothing to scroll, the buttons low.
    viewport = text.browser.viewport()
    assert text.browser.document().size().height() <= viewport.height()
    assert text.browser.verticalScrollBar().maximum() == 0 and not text.down.isVisible()
    assert top(text, window) + text.height() <= top(window.top_bar, window)
    assert out_of_reach(window) == []


def test_a_long_card_keeps_its_usual_size(make_window: Any) -> None:
    window = floor_standing(make_window)
    window.set_display(True, False)
    assert window.content is not None
    longest = max(window.content.cards.values(), key=lambda card: len(card.body))
    window.go(Place("card", longest.id))
    text = window.card.text
    assert text is not None
    assert text.browser.font().pixelSize() == window.theme.body.pixelSize()
    assert window.card.growth == 1.0


def test_a_card_on_a_desk_keeps_its_usual_size(make_window: Any) -> None:
    window = make_window((1080, 1920))  # no reach setting: nothing is out of reach
    window.go(Place("card", "report-a-crime"))
    text = window.card.text
    assert text is not None and text.browser.font().pixelSize() == window.theme.body.pixelSize()


@pytest.mark.parametrize("language", ["en", "ar", "km", "zh_Hans"])
def test_the_pickers_panel_invites_a_visitor_to_hear_a_name_where_every_name_can_be_heard(
    make_window: Any, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    window = floor_standing(make_window)
    window.set_language(language)
    window.go(Place("picker"))
    QApplication.processEvents()
    speaker = window.listen.speaker
    assert speaker.available
    picker = window.picker
    # The stand-in sound process has an English voice only: not every name can be heard, so no
    # line says so; a hand (touch a name) fills the panel with the heading and the promise.
    hint = picker.hear_hint
    assert not hint.line.isVisible() and not hint.speaker.isVisible() and hint.hand.isVisible()
    blank = largest_blank(window, picker)
    assert blank[1] - blank[0] < 0.2 * window.height(), f"rows {blank} blank"
    monkeypatch.setattr(speaker, "can_speak", lambda lang: True)
    window.go(Place("topics"))
    window.go(Place("picker"))
    QApplication.processEvents()
    high = reach_rows(window)[0]
    assert hint.line.isVisible() and hint.line.text() and hint.speaker.isVisible()
    assert hint.hand.pixmap() is not None and hint.speaker.pixmap() is not None
    assert top(hint, window) + hint.height() <= high, "read high, above the tiles"
    # The heading, larger than a menu's, the promise and the invitation fill the panel.
    assert picker.heading.font().pixelSize() > window.topics.heading.font().pixelSize()
    blank = largest_blank(window, picker)
    assert blank[1] - blank[0] < 0.2 * window.height(), f"rows {blank} blank"
    assert all(top(tile, window) > high for tile in picker.grid.tiles)
    touch_tap(picker.grid.tiles[0])
    assert window.place == Place("topics")


def test_standing_lines_are_whole_in_every_language(qtbot: Any, make_window: Any) -> None:
    """The lines move from the screen's column to the standing box above the names. Qt keeps a
    word-wrapped label's height for its width in the first layout item made for it: an item
    taken out and not deleted kept that place, and the box laid out every language's lines at
    the heights of the first language's (Khmer's marks below the line were cut off)."""
    window = attract_standing(qtbot, make_window)
    attract = window.attract
    cut = []
    for _ in range(len(window.offered_languages())):
        attract.next_language()
        QApplication.processEvents()
        lines = (attract.city, attract.title, attract.promise)
        cut += [f"{attract.current().code}: {why}" for why in clipped_texts(attract)]
        for line in lines:
            needs = line.heightForWidth(line.width())
            if line.height() < needs:
                cut.append(f"{attract.current().code}: {line.text()[:20]!r} {line.height()} < {needs}")
    assert cut == []
