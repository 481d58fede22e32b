"""What Listen reads (issue 22 §3): the draft note, in the visitor's language, where the card
shows one; and the English text when the visitor asks for the card in English (the reading
helper's "Read in English" calls `ListenFlow.show_english`), by the English voice or the
English recording, even in a language that has neither."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Content
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import DRAFT_NOTE, card_view
from kiosk.navigation import Place
from kiosk.speech import sound_protocol as p
from kiosk.speech.text import recorded_text
from kiosk.ui.audio.speaker import Speaker
from kiosk.ui.main_window import KioskWindow
from tests.helpers.sound_stand_in import StandInSound
from tests.helpers.sounds import listed, write_wav
from tests.helpers.touch import touch_tap
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui


def first_card(content: Content) -> str:
    return content.cards_of(content.topics[0].id)[0].id


def open_card(window: KioskWindow, content: Content, language: str) -> str:
    card_id = first_card(content)
    window.set_language(language)
    window.history.replace([Place("picker"), Place("topics")])
    window.go(Place("card", card_id))
    QApplication.processEvents()
    return card_id


def sounds_sent(window: KioskWindow) -> list[p.Message]:
    link = window.listen.speaker.link
    assert isinstance(link, StandInSound)
    return [m for m in link.heard if m.get("do") in (p.PLAY, p.SPEAK)]


def listen(qtbot: Any, window: KioskWindow) -> p.Message:
    with qtbot.waitSignal(window.listen.speaker.started, timeout=3000):
        tap(qtbot, window.card.listen_button)
    return sounds_sent(window)[-1]


def test_listen_reads_the_draft_note_in_the_visitors_language(
    qtbot: Any, make_window: Any, content: Content
) -> None:
    window = make_window(speaker=Speaker(StandInSound(voices=["en", "es"])))
    open_card(window, content, "es")
    note = window.translator.pgettext(*DRAFT_NOTE)
    assert note != DRAFT_NOTE[1], "the draft note in Spanish"
    said = listen(qtbot, window)
    assert said["do"] == p.SPEAK and said["lang"] == "es"
    lines = str(said["text"]).split("\n")
    assert lines[0].startswith(window.card.title.text()) and lines[-1].startswith(note)


def test_english_on_request_is_read_by_the_english_voice(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    card_id = open_card(window, content, "hmn")  # Hmong: no voice, no recording
    assert not window.card.listen_button.isVisible()
    window.listen.show_english(True)  # "Read in English"
    assert window.card.listen_button.isVisible() and window.card.volume.isVisible()
    said = listen(qtbot, window)
    english = content.cards[card_id]
    assert said["do"] == p.SPEAK and said["lang"] == "en"
    assert str(said["text"]).startswith(english.title.rstrip("?.")), "the English title first"
    assert DRAFT_NOTE[1] not in str(said["text"]), "the English is the official text: no draft note"
    window.listen.show_english(False)  # back to Hmong: silent at once, no Listen
    assert window.listen.speaker.state.value == "idle" and not window.card.listen_button.isVisible()


def test_english_on_request_plays_the_english_recording(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Content
) -> None:
    card_id = first_card(content)
    recording = write_wav(repo_copy / "content" / "audio" / card_id / "en.wav")  # a tone, not a reader
    english = card_view(content, content.cards[card_id], translator_for(repo_copy / "translations", "en"))
    listed(recording, recorded_text(english))  # the manifest vouches for it
    window = make_window(content_dir=repo_copy / "content")
    open_card(window, content, "km")
    window.listen.show_english(True)
    with qtbot.waitSignal(window.listen.speaker.started, timeout=3000):
        touch_tap(window.card.listen_button)
    said = sounds_sent(window)[-1]
    assert said["do"] == p.PLAY and said["path"] == str(recording)


def test_english_holds_for_its_card_and_the_next_visit_starts_in_its_own_language(
    window: KioskWindow, content: Content
) -> None:
    open_card(window, content, "hmn")
    window.listen.show_english(True)
    open_card(window, content, "hmn")  # the same card again (back, then it): still in English
    assert window.listen.english and window.card.listen_button.isVisible()
    other = content.cards_of(content.topics[0].id)[1].id
    window.go(Place("card", other))  # another card: in Hmong, as the card screen shows it
    assert not window.listen.english and not window.card.listen_button.isVisible()
    open_card(window, content, "hmn")
    assert not window.listen.english
    window.listen.show_english(True)
    window.reset_visit()
    assert not window.listen.english
    open_card(window, content, "hmn")
    assert not window.card.listen_button.isVisible()
