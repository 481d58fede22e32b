"""A draft translation's card says so calmly below its text, and offers its English original
("Read in English") and the way back, on the same card, by touch and by mouse."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from kiosk.content.model import Content
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import DRAFT_NOTE
from kiosk.navigation import Place
from kiosk.printing.outcome import PrinterHealth
from kiosk.ui.main_window import KioskWindow
from tests.helpers.touch import touch_tap
from tests.helpers.visitor import open_first_card

pytestmark = pytest.mark.gui


def mouse(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def finger(_qtbot: Any, widget: QWidget) -> None:
    touch_tap(widget)


@pytest.fixture
def no_double_taps() -> Iterator[None]:
    """The test taps back sooner than a visitor would: the guard against double taps
    (tap_guard.py) would take the second tap on the same button for half of a double tap."""
    hints = QGuiApplication.styleHints()
    interval = hints.mouseDoubleClickInterval()
    hints.setMouseDoubleClickInterval(0)
    try:
        yield
    finally:
        hints.setMouseDoubleClickInterval(interval)


HOW = {"mouse": mouse, "touch": finger}


def ready_window(make_window: Any, **settings: Any) -> KioskWindow:
    window: KioskWindow = make_window(printer_health=lambda: PrinterHealth("OK", "'Lobby' ready"), **settings)
    return window


def first_card_id(content: Content) -> str:
    return content.cards_of(content.topics[0].id)[0].id


def in_language(window: KioskWindow, code: str, context: str, message: str) -> str:
    return translator_for(window.translators.folder, code).pgettext(context, message)


@pytest.mark.parametrize("how", list(HOW))
@pytest.mark.parametrize("code", ["es", "ar"])
def test_read_in_english_and_back_on_the_same_card(
    qtbot: Any, make_window: Any, content: Content, code: str, how: str, no_double_taps: None
) -> None:
    tap: Callable[[Any, QWidget], None] = HOW[how]
    window = ready_window(make_window)
    open_first_card(qtbot, window, LANGUAGES[code].autonym)
    card = window.card
    english = content.cards[first_card_id(content)]
    own_title = card.title.text()
    assert own_title != english.title
    draft_note = in_language(window, code, *DRAFT_NOTE)
    assert card.note_lines()[0] == draft_note
    button = card.english_button
    assert button.text() == in_language(window, code, "card button", "Read in English")

    with qtbot.waitSignal(card.english_shown, timeout=2000) as shown:
        tap(qtbot, button)
    assert shown.args == [True] and card.showing_english
    assert card.title.text() == english.title
    assert card.body_text().startswith(english.body.split("\n")[0].replace("**", "")[:30])
    assert card.title.font().families()[0] == "Noto Sans", "English in its own fonts"
    doc = card.text.browser.document()  # type: ignore[union-attr]
    assert doc.begin().textDirection() == Qt.LayoutDirection.LeftToRight
    # The note stays, in the visitor's language, with the way back.
    assert card.note_lines()[0] == draft_note and draft_note in card.body_text()
    assert button.text() == in_language(window, code, "card button", "Read in my language")
    assert window.stack.currentWidget() is card and card.card_id == english.id

    with qtbot.waitSignal(card.english_shown, timeout=2000) as back:
        tap(qtbot, button)
    assert back.args == [False] and not card.showing_english
    assert card.title.text().replace("\n", "") == own_title.replace("\n", "")
    assert button.text() == in_language(window, code, "card button", "Read in English")


def test_the_note_says_the_printed_page_has_the_english_where_print_is_offered(
    qtbot: Any, make_window: Any
) -> None:
    window = ready_window(make_window)
    open_first_card(qtbot, window, "Español")
    qtbot.waitUntil(lambda: window.card.print_button.isVisible(), timeout=5000)
    printout = in_language(window, "es", "card note", "The printed page has the English text too.")
    assert window.card.note_lines()[-1] == printout
    assert window.card.body_text().rstrip().endswith(printout)
    window.card.show_print(False)  # the printer stopped: nothing promised about a printout
    assert printout not in window.card.body_text() and len(window.card.note_lines()) == 1


def test_english_stays_when_large_text_redraws_the_card_and_goes_with_the_visit(
    qtbot: Any, make_window: Any, content: Content
) -> None:
    window = ready_window(make_window)
    open_first_card(qtbot, window, "Español")
    english = content.cards[first_card_id(content)]
    mouse(qtbot, window.card.english_button)
    window.set_display(True, False)
    assert window.card.showing_english and window.card.title.text() == english.title
    window.go(Place("card", content.cards_of(content.topics[0].id)[1].id))
    assert not window.card.showing_english, "the next card opens in the visitor's language"
    window.go(Place("card", english.id))
    mouse(qtbot, window.card.english_button)
    window.reset_visit()
    assert not window.card.showing_english and window.card.note_lines() == []
    assert not window.card.english_button.isVisible()


def test_a_card_in_english_or_a_reviewed_one_offers_no_english_button(qtbot: Any, make_window: Any) -> None:
    window = ready_window(make_window)
    open_first_card(qtbot, window, "English")
    assert not window.card.english_button.isVisible() and window.card.note_lines() == []
