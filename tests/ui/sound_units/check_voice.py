"""The text-to-speech voice on its own, on Qt's mock engine (silent; of our languages, only
English has a voice in it: en_GB and en_US). Run by tests/ui/test_voice.py in a pytest process
of its own: QtTextToSpeech never loads in the suite's (tests/helpers/no_multimedia.py)."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.speech.voices import Choice
from kiosk.ui.audio import speech_engine
from kiosk.ui.audio.voice import Voice

pytestmark = pytest.mark.gui


@pytest.fixture
def voice(qtbot: Any) -> Voice:
    return Voice("mock")


def engine(voice: Voice) -> QTextToSpeech:
    tts = voice._engine()
    assert tts is not None and tts.engine() == "mock"
    return tts


def test_it_speaks_in_the_locale_chosen_for_the_language_and_ends_by_itself(voice: Voice, qtbot: Any) -> None:
    engine(voice).setLocale(QLocale("en_GB"))
    with qtbot.waitSignal(voice.started, timeout=2000):
        assert voice.speak("Home", "en")
    assert engine(voice).locale().name() == "en_US", "Sacramento's English"
    with qtbot.waitSignal(voice.stopped, timeout=5000):
        pass
    assert engine(voice).state() == QTextToSpeech.State.Ready


def test_stop_is_immediate_and_reports_nothing(voice: Voice, qtbot: Any) -> None:
    """The speaker reports its own stop: the voice's signals are for what ends without it."""
    with qtbot.waitSignal(voice.started, timeout=2000):
        voice.speak("Are you still there?", "en")
    with qtbot.assertNotEmitted(voice.stopped), qtbot.assertNotEmitted(voice.failed):
        voice.stop()
        assert engine(voice).state() == QTextToSpeech.State.Ready


def test_the_engine_opens_on_first_need_and_once(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    opened: list[str] = []
    real_open = speech_engine.open_engine

    def counting_open(name: str, parent: Any = None) -> Any:
        opened.append(name)
        return real_open(name, parent)

    monkeypatch.setattr(speech_engine, "open_engine", counting_open)
    voice = Voice("mock")
    assert opened == [], "speechd takes ~1.5 s to open: never before it is needed"
    assert voice.can_speak("en") and not voice.can_speak("es")
    voice.open()
    assert opened == ["mock"]


def test_no_voice_for_a_language_is_never_logged(
    voice: Voice, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """A visitor's language is no fault to write down: what has a voice is reported, by count,
    when the sound process starts (test_speaker.py)."""
    with caplog.at_level(logging.DEBUG), qtbot.assertNotEmitted(voice.started):
        for _ in range(3):
            assert not voice.can_speak("es")
            assert not voice.speak("Hola", "es")
    assert caplog.records == []


def test_nothing_to_say_is_not_said(voice: Voice, qtbot: Any) -> None:
    with qtbot.assertNotEmitted(voice.started, wait=100):
        assert not voice.speak("  \n", "en")


def test_a_broken_engine_fails_what_it_was_saying_and_is_dropped(voice: Voice, qtbot: Any) -> None:
    tts = engine(voice)
    with qtbot.waitSignal(voice.started, timeout=2000):
        voice.speak("Print", "en")
    with qtbot.waitSignal(voice.failed, timeout=100) as failed:
        tts.errorOccurred.emit(QTextToSpeech.ErrorReason.Initialization, "the synthesizer went away")
    assert failed.args == ["the synthesizer went away"]
    assert voice.problem is not None and "the synthesizer went away" in voice.problem, "reported"
    assert not voice.can_speak("en"), "Listen is no longer offered"
    assert not voice.speak("Print", "en")


def test_speech_off_never_opens_an_engine(qtbot: Any) -> None:
    voice = Voice("none")
    assert not voice.can_speak("en") and not voice.speak("Home", "en")
    assert voice._engine() is None
    voice.stop()


def test_a_voice_picked_by_name_is_given_pinyin(
    voice: Voice, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As espeak-ng's Mandarin voice is: by its name under one locale, reading pinyin. The mock
    engine stands in: its second en_GB voice plays the pinyin voice's part."""
    pinyin_voice = Choice("en_GB", "Anne", pinyin=True, variety="Mandarin")
    monkeypatch.setattr(
        speech_engine, "choose", lambda tts, code, zh_hant: pinyin_voice if code == "zh_Hans" else None
    )
    tts = engine(voice)
    heard: list[str] = []
    monkeypatch.setattr(tts, "say", heard.append)
    assert voice.speak("市政府与 ICE 合作吗？", "zh_Hans")
    assert (tts.locale().name(), tts.voice().name()) == ("en_GB", "Anne"), "not the first voice (Bob)"
    assert heard == ["shi4 zheng4 fu3 yu3 ai4 sei1 yi1 he2 zuo4 ma5?"]


def test_the_system_default_is_never_the_silent_mock(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    tts, problem = speech_engine.open_engine("")
    assert tts is None and problem is not None and "speech-dispatcher" in problem


def test_the_visitors_volume_goes_with_the_next_words_not_at_once(voice: Voice, qtbot: Any) -> None:
    """The engine is not asked when the volume changes (speech-dispatcher may be stuck then, and
    sets a message's volume as it starts it anyway), only with the next words."""
    tts = engine(voice)
    voice.set_volume(0.25)
    assert tts.volume() != pytest.approx(0.25)
    with qtbot.waitSignal(voice.started, timeout=2000):
        voice.speak("Louder", "en")
    assert tts.volume() == pytest.approx(0.25)
