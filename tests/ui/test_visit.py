"""A visitor's whole path, tapped on the real widgets, checked by what is on screen."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import DRAFT_NOTE
from kiosk.printing.backend import SystemPrinter
from kiosk.printing.outcome import PrinterHealth
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.services.lockdown import Lockdown
from tests.helpers.clock import FakeClock
from tests.helpers.printer import RecordingPrinter
from tests.helpers.qr import decode
from tests.helpers.visitor import open_first_card, tap, tile

pytestmark = pytest.mark.gui


def spanish(window: KioskWindow, context: str, english: str) -> str:
    text = translator_for(window.translators.folder, "es").lookup(context, english)
    assert text and text != english, f"no current Spanish for {context}"
    return text


def test_from_attract_to_a_card_in_spanish_and_back(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    assert window.stack.currentWidget() is window.attract
    assert not window.top_bar.isVisible()
    assert "Touch the screen to start" in window.attract.text_shown()

    tap(qtbot, window.attract)
    assert window.stack.currentWidget() is window.picker
    assert {"English", "Español"} <= set(window.picker.tile_texts())

    tap(qtbot, tile(window.picker, "Español"))
    topic = content.topics[0]
    assert window.stack.currentWidget() is window.topics
    assert window.topics.tile_texts()[0] == spanish(window, f"topic:{topic.id}:title", topic.title)
    assert window.top_bar.home_button.text() == spanish(window, "top bar button", "Home")

    tap(qtbot, window.topics.grid.tiles[0])
    card = content.cards_of(topic.id)[0]
    assert window.stack.currentWidget() is window.card_list
    assert window.card_list.tile_texts()[0] == spanish(window, f"card:{card.id}:title", card.title)

    tap(qtbot, window.card_list.grid.tiles[0])
    assert window.stack.currentWidget() is window.card
    assert window.card.title.text() == spanish(window, f"card:{card.id}:title", card.title)
    # Every shipped translation is a draft: the card says the English is the official text.
    assert window.card.note_lines()[0] == spanish(window, *DRAFT_NOTE)
    assert window.card.qr.url == content.sources[card.source].url
    assert window.card.checked.text().startswith(spanish(window, "card", "Last checked: {date}")[:6])
    assert spanish(window, "card footer", "This is general information, not legal advice.") in (
        window.card.body_text()
    )

    tap(qtbot, window.top_bar.back_button)
    assert window.stack.currentWidget() is window.card_list
    tap(qtbot, window.top_bar.home_button)
    assert window.stack.currentWidget() is window.topics


def test_language_is_one_tap_away_and_returns_to_the_same_card(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    open_first_card(qtbot, window)
    card_id = window.card.card_id
    tap(qtbot, window.top_bar.language_button)
    assert window.stack.currentWidget() is window.picker
    tap(qtbot, tile(window.picker, "English"))
    assert window.stack.currentWidget() is window.card
    assert window.card.card_id == card_id
    assert window.card.title.text() == content.cards[card_id].title


def test_qr_code_on_screen_decodes_to_the_source_url(qtbot: Any, window: KioskWindow) -> None:
    open_first_card(qtbot, window)
    image = window.card.qr.grab().toImage()
    assert min(image.width(), image.height()) >= 300  # scannable at arm's length
    assert decode(image) == [window.card.qr.url]


def test_long_card_scrolls_with_the_buttons(qtbot: Any, window: KioskWindow, content: Content) -> None:
    longest = max(content.cards.values(), key=lambda c: len(c.body))
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "English"))
    tap(qtbot, tile(window.topics, content.topic(longest.topic).title))
    tap(qtbot, tile(window.card_list, longest.title))
    text = window.card.text
    assert text is not None
    bar = text.browser.verticalScrollBar()
    assert bar.maximum() > 0, "the longest card should need scrolling at 1920x1080"
    assert text.down.isVisible() and text.down.isEnabled()
    assert not text.up.isEnabled()
    tap(qtbot, text.down)
    assert bar.value() > 0
    assert text.up.isEnabled()


def countdown_text(window: KioskWindow) -> str:
    return window.idle_overlay.ring.number.text() if window.idle_overlay.isVisible() else ""


def quiet_for(window: KioskWindow) -> float:
    """Seconds without a touch before the warning, on the screen shown (its text adds some)."""
    return window.idle.clock.timeout


def test_idle_countdown_then_everything_is_forgotten(
    qtbot: Any, window: KioskWindow, clock: FakeClock
) -> None:
    open_first_card(qtbot, window)
    text = window.card.text
    assert text is not None
    text.page(1)
    clock.t += quiet_for(window) - 1
    window.idle.check()
    assert not window.idle_overlay.isVisible()

    clock.t += 1
    window.idle.check()
    assert window.idle_overlay.isVisible()
    assert countdown_text(window) == str(window.cfg.idle_warning)
    assert spanish(window, "idle", "Are you still there?") in window.idle_overlay.text_shown()

    clock.t += 3
    window.idle.check()
    assert countdown_text(window) == str(window.cfg.idle_warning - 3)

    clock.t += window.cfg.idle_warning
    window.idle.check()
    assert window.stack.currentWidget() is window.attract
    assert not window.idle_overlay.isVisible()
    assert window.translator.code == "en"
    assert window.history.places == ()
    assert text.browser.verticalScrollBar().value() == 0
    assert window.card.body_text() == "" and window.card.title.text() == "", "the card read is gone too"
    assert "Touch the screen to start" in window.attract.text_shown()


def test_continue_keeps_the_visit(qtbot: Any, window: KioskWindow, clock: FakeClock) -> None:
    open_first_card(qtbot, window)
    clock.t += quiet_for(window) + 2
    window.idle.check()
    assert window.idle_overlay.isVisible()
    tap(qtbot, window.idle_overlay.button)
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.card
    clock.t += quiet_for(window) - 1
    window.idle.check()
    assert not window.idle_overlay.isVisible()


def test_any_key_or_touch_pushes_the_timeout_back(qtbot: Any, window: KioskWindow, clock: FakeClock) -> None:
    open_first_card(qtbot, window)
    clock.t += quiet_for(window) - 5
    qtbot.keyClick(window.card, Qt.Key.Key_A)
    clock.t += 10
    window.idle.check()
    assert not window.idle_overlay.isVisible()
    clock.t += quiet_for(window) - 10
    qtbot.mouseClick(window.card.title, Qt.MouseButton.LeftButton)
    clock.t += 10
    window.idle.check()
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.card


def test_attract_is_not_watched(qtbot: Any, window: KioskWindow, clock: FakeClock) -> None:
    clock.t += 10_000
    window.idle.check()
    assert not window.idle_overlay.isVisible()
    assert not window.idle.timer.isActive()


def test_print_sends_the_card_in_the_visitors_language(
    qtbot: Any, window: KioskWindow, printer: RecordingPrinter
) -> None:
    open_first_card(qtbot, window)
    tap(qtbot, window.card.print_button)
    assert printer.jobs == [(window.card.card_id, "es")]
    assert window.message.isVisible()
    assert spanish(window, "print", "Your page is printing") in window.message.text_shown()
    tap(qtbot, window.message.button)
    assert not window.message.isVisible()


@pytest.mark.expect_log("kiosk.printing.system_printer", "WARNING")
def test_missing_printer_gives_a_friendly_message(qtbot: Any, make_window: Any, repo_config: Config) -> None:
    # Print offered by a health answer that is out of date: the printer went since it was asked.
    system = SystemPrinter(dataclasses.replace(repo_config, printer="no-such-printer-here"))
    window = make_window(print_slip=system, printer_health=lambda: PrinterHealth("OK", "'Lobby' ready"))
    qtbot.waitUntil(lambda: window.printer_watch.last is not None)
    open_first_card(qtbot, window)
    tap(qtbot, window.card.print_button)
    assert window.message.isVisible()
    sorry = spanish(window, "print", "Sorry, the printer is not working right now")
    qtbot.waitUntil(lambda: sorry in window.message.text_shown(), timeout=5000)
    shown = window.message.text_shown()
    assert spanish(window, "print", "Sorry, the printer is not working right now") in shown
    assert spanish(window, "print", "You can scan the QR code with your phone instead.") in shown
    assert window.stack.currentWidget() is window.card


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
    ],
)
def test_escape_keys_are_swallowed(
    qtbot: Any, window: KioskWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    lockdown = Lockdown()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(lockdown)
    try:
        seen: list[int] = []
        window.card.keyPressEvent = lambda event: seen.append(event.key())  # type: ignore[method-assign]
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
        QApplication.sendEvent(window.card, event)
        assert seen == []
        QApplication.sendEvent(
            window.card, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier)
        )
        assert seen == [Qt.Key.Key_B]
    finally:
        app.removeEventFilter(lockdown)


def test_close_requests_are_refused(window: KioskWindow) -> None:
    assert window.close() is False
    assert window.isVisible()


def test_grids_are_kept_for_the_visit_and_forgotten_after_it(qtbot: Any, window: KioskWindow) -> None:
    open_first_card(qtbot, window)
    tap(qtbot, window.top_bar.back_button)
    shown_list = window.card_list.grid.widget()
    tap(qtbot, window.top_bar.home_button)
    tap(qtbot, window.topics.grid.tiles[0])
    assert window.card_list.grid.widget() is shown_list, "the same list is shown again, not rebuilt"
    window.reset_visit()
    assert window.card_list.grid.tiles == [] and window.card_list.grid.widget() is None, (
        "after the visit not even the kept lists say which topics were opened"
    )


def test_every_languages_topics_are_ready_before_the_first_tap(qtbot: Any, window: KioskWindow) -> None:
    qtbot.waitUntil(lambda: not window.updates.preparing)
    ready = {id(built.inner) for built in window.topics.grid._built.values()}
    assert len(ready) >= len(window.cfg.languages)
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "Tiếng Việt"))
    assert id(window.topics.grid.widget()) in ready, "Vietnamese topics were built ahead, not on the tap"


def test_large_text_and_high_contrast_end_with_the_visit(qtbot: Any, window: KioskWindow) -> None:
    from kiosk.ui.theme import STYLE

    tap(qtbot, window.attract)
    tap(qtbot, window.top_bar.text_button)
    tap(qtbot, window.top_bar.contrast_button)
    assert window.theme.large and window.theme.contrast and window.styleSheet() != STYLE
    window.reset_visit()
    assert not window.theme.large and not window.theme.contrast
    assert window.styleSheet() == STYLE
    assert not window.top_bar.text_button.isChecked() and not window.top_bar.contrast_button.isChecked()
