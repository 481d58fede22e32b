"""The interface sentences a reader records in the studio (issue 22 §1) are heard: the idle
question after its chime, and the draft note after a card's recording. In a language no voice
speaks (Hmong, Khmer...) they are the only way a visitor who cannot read hears them.

A recording is played only while its manifest says it reads the sentence on screen; the
sound process here is the stand-in (tests/helpers/sound_stand_in.py), which tells what the
window asked for; the real one is tested in tests/ui/test_speaker.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Content
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import DRAFT_NOTE, CardView, card_view
from kiosk.navigation import Place
from kiosk.speech import sound_protocol as p
from kiosk.speech.script import DRAFT, IDLE_WARNING, SENTENCES, sentence_text, sentence_words
from kiosk.speech.text import draft_sentence, recorded_text
from kiosk.ui.audio.speaker import Speaker, SpeakerState
from kiosk.ui.main_window import KioskWindow
from tests.helpers.clock import FakeClock
from tests.helpers.sound_stand_in import StandInSound
from tests.helpers.sounds import listed, write_wav
from tests.helpers.touch import touch_tap

pytestmark = pytest.mark.gui


def take(repo: Path, item: str, lang: str, text: str) -> Path:
    """A tone standing for a reader's take, and the manifest entry the studio writes for it."""
    return listed(write_wav(repo / "content" / "audio" / item / f"{lang}.wav"), text)


def sentence(repo: Path, name: str, lang: str) -> str:
    """The sentence as the studio shows it to the reader in `lang`."""
    text, translated = sentence_text(name, translator_for(repo / "translations", lang))
    assert translated, f"{name} is translated in {lang}"
    return text


def card_recorded(repo: Path, content: Content, lang: str) -> tuple[CardView, Path]:
    """The first card as it shows in `lang`, and a reader's take of it, vouched for."""
    view = card_view(
        content, content.cards_of(content.topics[0].id)[0], translator_for(repo / "translations", lang)
    )
    return view, take(repo, view.id, lang, recorded_text(view))


def open_card(window: KioskWindow, content: Content, lang: str) -> CardView:
    card = content.cards_of(content.topics[0].id)[0]
    window.set_language(lang)
    window.history.replace([Place("picker"), Place("topics")])
    window.go(Place("card", card.id))
    QApplication.processEvents()
    return card_view(content, card, window.translator)


def link_of(window: KioskWindow) -> StandInSound:
    link = window.listen.speaker.link
    assert isinstance(link, StandInSound)
    return link


def sent(window: KioskWindow, what: str) -> list[p.Message]:
    return [m for m in link_of(window).heard if m.get("do") == what]


def warn(window: KioskWindow, clock: FakeClock) -> None:
    window.idle.start()
    clock.t += window.idle.clock.timeout
    window.idle.check()
    assert window.idle_overlay.isVisible()


@pytest.mark.parametrize("vouched", [True, False], ids=["current", "out-of-date"])
def test_the_idle_question_is_the_readers_recording(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Content, clock: FakeClock, vouched: bool
) -> None:
    question = sentence(repo_copy, IDLE_WARNING, "hmn")  # Hmong: no voice anywhere
    recording = take(repo_copy, f"ui/{IDLE_WARNING}", "hmn", question if vouched else question + " (old)")
    window = make_window(content_dir=repo_copy / "content")
    open_card(window, content, "hmn")
    speaker = window.listen.speaker
    if not vouched:
        warn(window, clock)
        qtbot.waitUntil(lambda: bool(sent(window, p.WARN)), timeout=3000)
        assert sent(window, p.WARN)[-1].keys() == {"do", "seq"}, "the chime alone"
        with qtbot.assertNotEmitted(speaker.started, wait=700):
            pass
        return
    with qtbot.waitSignal(speaker.started, timeout=3000):  # after the chime
        warn(window, clock)
    said = sent(window, p.WARN)[-1]
    assert said["path"] == str(recording) and "text" not in said, "the chime, then the reader"
    assert sentence_words(window.idle_overlay.heading.text()) == question, "what the screen asks"
    assert speaker.state is SpeakerState.PLAYING


def test_the_voice_asks_where_there_is_a_voice_and_no_recording(
    qtbot: Any, make_window: Any, content: Content, clock: FakeClock
) -> None:
    window = make_window(speaker=Speaker(StandInSound(voices=["en", "es"])))
    open_card(window, content, "es")
    with qtbot.waitSignal(window.listen.speaker.started, timeout=3000):
        warn(window, clock)
    said = sent(window, p.WARN)[-1]
    assert (
        "path" not in said
        and said["lang"] == "es"
        and said["text"] == window.translator.pgettext(*SENTENCES[IDLE_WARNING])
    )


def listen(qtbot: Any, window: KioskWindow) -> p.Message:
    with qtbot.waitSignal(window.listen.speaker.started, timeout=3000):
        touch_tap(window.card.listen_button)
    return sent(window, p.PLAY)[-1]


def test_after_the_cards_recording_the_readers_draft_note(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Content
) -> None:
    """Khmer has no voice: without the note's recording a visitor would never hear that the
    translation is unchecked and the English is the official text."""
    view, card = card_recorded(repo_copy, content, "km")
    assert view.draft_note, "Khmer is a draft: the card shows the note"
    note = take(repo_copy, f"ui/{DRAFT}", "km", sentence(repo_copy, DRAFT, "km"))
    window = make_window(content_dir=repo_copy / "content")
    open_card(window, content, "km")
    speaker = window.listen.speaker
    said = listen(qtbot, window)
    playing = window.card.listen_button.text()
    assert said["path"] == str(card) and said["then"] == {"path": str(note)}
    with qtbot.assertNotEmitted(speaker.stopped, wait=100):
        link_of(window).finish()  # the card's recording ends: the note follows, one sound
    assert speaker.state is SpeakerState.PLAYING and speaker.reading
    assert window.card.listen_button.text() == playing, "still Stop: the reading goes on"
    with qtbot.waitSignal(speaker.stopped, timeout=1000):
        link_of(window).finish()  # the note ends: the reading is over
    assert speaker.state is SpeakerState.IDLE and window.card.listen_button.text() != playing


def test_an_out_of_date_note_recording_is_not_played(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Content
) -> None:
    card_recorded(repo_copy, content, "km")
    take(repo_copy, f"ui/{DRAFT}", "km", "An older draft note.")
    window = make_window(content_dir=repo_copy / "content")
    open_card(window, content, "km")
    said = listen(qtbot, window)
    assert "then" not in said, "Khmer has no voice either: the card's recording alone"
    with qtbot.waitSignal(window.listen.speaker.stopped, timeout=1000):
        link_of(window).finish()


def test_without_a_note_recording_the_voice_reads_the_note_after_the_card(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Content
) -> None:
    view, _ = card_recorded(repo_copy, content, "es")
    window = make_window(
        content_dir=repo_copy / "content", speaker=Speaker(StandInSound(voices=["en", "es"]))
    )
    open_card(window, content, "es")
    said = listen(qtbot, window)
    assert said["then"] == {"text": draft_sentence(view), "lang": "es"}
    note = translator_for(repo_copy / "translations", "es").pgettext(*DRAFT_NOTE)
    assert note != DRAFT_NOTE[1] and draft_sentence(view).startswith(note[:20])
    assert said["text"].endswith(draft_sentence(view)), "its words, if the file will not play, hold the note"


def test_a_signed_off_language_hears_no_note(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Content
) -> None:
    """English shows no draft note: its card recording is the whole reading."""
    view, _ = card_recorded(repo_copy, content, "en")
    assert view.draft_note is None
    window = make_window(content_dir=repo_copy / "content")
    open_card(window, content, "en")
    assert "then" not in listen(qtbot, window)
