"""Listen as a visitor meets it: offered where the card can be heard, Stop while it reads,
silence on leaving the card or at the end of the visit; the countdown warns aloud; in keypad
mode each control's name is said."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from kiosk.content.model import Content
from kiosk.navigation import Place
from kiosk.ui.audio.speaker import SpeakerState
from kiosk.ui.main_window import KioskWindow
from tests.helpers.clock import FakeClock
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui


def open_card(window: KioskWindow, content: Content, language: str) -> str:
    card_id = content.cards_of(content.topics[0].id)[0].id
    window.set_language(language)
    window.history.replace([Place("picker"), Place("topics")])
    window.go(Place("card", card_id))
    return card_id


def test_listen_reads_the_card_and_stop_stops(qtbot: Any, window: KioskWindow, content: Content) -> None:
    open_card(window, content, "en")
    button = window.card.listen_button
    assert button.isVisible() and button.text() == "Listen"
    speaker = window.listen.speaker
    with qtbot.waitSignal(speaker.started, timeout=3000):
        tap(qtbot, button)
    assert speaker.state is SpeakerState.SPEAKING and button.text() == "Stop"
    tap(qtbot, button)
    assert speaker.state is SpeakerState.IDLE
    qtbot.waitUntil(lambda: button.text() == "Listen", timeout=2000)


def test_no_voice_no_listen(window: KioskWindow, content: Content) -> None:
    # The mock engine speaks English (and Finnish and Norwegian) only.
    open_card(window, content, "es")
    assert not window.card.listen_button.isVisible()


def test_leaving_the_card_or_the_end_of_the_visit_silences_it(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    speaker = window.listen.speaker
    open_card(window, content, "en")
    with qtbot.waitSignal(speaker.started, timeout=3000):
        tap(qtbot, window.card.listen_button)
    tap(qtbot, window.top_bar.back_button)
    assert speaker.state is SpeakerState.IDLE, "back to the list: silent at once"
    open_card(window, content, "en")
    with qtbot.waitSignal(speaker.started, timeout=3000):
        tap(qtbot, window.card.listen_button)
    window.reset_visit()
    assert speaker.state is SpeakerState.IDLE


def test_the_countdown_chimes_and_asks_aloud(
    qtbot: Any, window: KioskWindow, content: Content, clock: FakeClock
) -> None:
    said: list[tuple[str, str, Path | None]] = []
    speaker = window.listen.speaker
    speaker.warn = lambda text, lang, recording: said.append((text, lang, recording))  # type: ignore[method-assign]
    tap(qtbot, window.attract)
    clock.t += window.idle.clock.timeout + 1
    window.idle.check()
    assert window.idle_overlay.isVisible()
    assert said == [("Are you still there?", "en", None)], "no reader recorded it: the voice"


def test_keypad_focus_is_said_aloud(qtbot: Any, window: KioskWindow) -> None:
    said: list[str] = []

    def say(text: str, lang: str) -> bool:
        said.append(text)
        return True

    window.listen.speaker.say = say  # type: ignore[method-assign]
    qtbot.keyClick(window, Qt.Key.Key_Return)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_Down)
    assert said[-1].startswith("Español"), said


def test_the_help_key_explains_the_keys_aloud(qtbot: Any, window: KioskWindow) -> None:
    said: list[str] = []

    def say(text: str, lang: str) -> bool:
        said.append(text)
        return True

    window.listen.speaker.say = say  # type: ignore[method-assign]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert said and said[-1].startswith("Using the keys.") and "Enter chooses" in said[-1]


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_listen_is_withdrawn_while_the_sound_process_is_down(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    """A hung or dead sound process is killed and started again; meanwhile the card on screen
    stops offering Listen, and offers it again once it is back."""
    speaker = window.listen.speaker
    open_card(window, content, "en")
    button = window.card.listen_button
    with qtbot.waitSignal(speaker.started, timeout=3000):
        tap(qtbot, button)
    with qtbot.waitSignal(speaker.stopped, timeout=2000):
        speaker.link.kill()  # what the speaker does to a process that does not answer
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: button.isVisible() and button.text() == "Listen", timeout=5000)
    assert speaker.restarts == 1


@pytest.mark.parametrize("language", ["hmn", "es", "zh_Hans", "en"])
def test_a_visit_writes_nothing_about_its_language_or_card(
    qtbot: Any, window: KioskWindow, content: Content, language: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Which voices exist is found when the sound process starts; a visitor's card, in a
    language with or without a voice, leaves no line behind (issue 20, section 4)."""
    window.listen.speaker.prepare()
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        card_id = open_card(window, content, language)
        if window.card.listen_button.isVisible():
            with qtbot.waitSignal(window.listen.speaker.started, timeout=3000):
                tap(qtbot, window.card.listen_button)
        tap(qtbot, window.top_bar.home_button)
        qtbot.wait(50)  # the sound process's answers arrive
    said = " ".join(r.getMessage() for r in caplog.records if r.name.startswith("kiosk"))
    assert language not in said.split() and card_id not in said and "voice" not in said, said
