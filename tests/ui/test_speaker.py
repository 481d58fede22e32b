"""Listen, on Qt's mock speech engine (silent; voices in en_GB, en_US, fi_FI, nb_NO, nn_NO only).

No sound card is needed: offscreen CI has none, so these check which source is chosen and that
it was started, and the audio-output check is tested by standing in for it. The sound server
runs in this process (kiosk/ui/audio/in_process.py), so its engine and player can be looked
at; tests/ui/test_sound_process.py drives the real sound process.
"""

from __future__ import annotations

import logging
import wave
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.i18n.views import CardView
from kiosk.ui.audio import speech_engine
from kiosk.ui.audio.in_process import InProcessLink
from kiosk.ui.audio.player import CHIME
from kiosk.ui.audio.sound_server import SoundServer
from kiosk.ui.audio.speaker import TTS, Speaker, SpeakerState
from tests.helpers.sounds import write_broken_ogg, write_wav

pytestmark = pytest.mark.gui


def card(lang: str, card_id: str = "report-crime") -> CardView:
    return CardView(
        card_id, "Can I report a crime?", "Yes.\n\n- **Call** 911", None, "s", "https://x.org", "", lang, None
    )


def in_process(engine: str = "mock", **link: Any) -> Speaker:
    return Speaker(InProcessLink(engine, **link))


@pytest.fixture
def speaker(qtbot: Any) -> Speaker:
    return in_process()


def server(speaker: Speaker) -> SoundServer:
    assert isinstance(speaker.link, InProcessLink)
    return speaker.link.server


def engine(speaker: Speaker) -> QTextToSpeech:
    tts = server(speaker).voice._engine()
    assert tts is not None and tts.engine() == "mock"
    return tts


def test_listen_reads_the_card_and_stop_stops_at_once(speaker: Speaker, tmp_path: Path, qtbot: Any) -> None:
    assert speaker.card_source(card("en"), tmp_path) == TTS
    with qtbot.waitSignal(speaker.started, timeout=2000):
        assert speaker.speak_card(card("en"), tmp_path)
    assert speaker.state is SpeakerState.SPEAKING
    assert engine(speaker).state() == QTextToSpeech.State.Speaking
    assert engine(speaker).locale().name() == "en_US"
    with qtbot.waitSignal(speaker.stopped, timeout=100):
        speaker.stop()
    assert speaker.state is SpeakerState.IDLE
    # The window is silent at once; the sound process hears it on its next turn.
    qtbot.waitUntil(lambda: engine(speaker).state() == QTextToSpeech.State.Ready, timeout=1000)


def test_the_reading_ends_by_itself(speaker: Speaker, tmp_path: Path, qtbot: Any) -> None:
    with qtbot.waitSignal(speaker.stopped, timeout=5000):
        speaker.say("Back", "en")
    assert speaker.state is SpeakerState.IDLE


def test_no_voice_no_listen(speaker: Speaker, tmp_path: Path) -> None:
    assert speaker.can_speak("en")
    for lang in ("es", "zh_Hans", "hmn", "ps"):
        assert not speaker.can_speak(lang)
        assert not speaker.can_speak_card(card(lang), tmp_path)
        assert not speaker.speak_card(card(lang), tmp_path)
        assert not speaker.say("Hola", lang)
    assert speaker.state is SpeakerState.IDLE


def test_a_recording_wins_over_the_voice(speaker: Speaker, tmp_path: Path, qtbot: Any) -> None:
    recording = write_wav(tmp_path / "audio" / "report-crime" / "en.wav")
    assert speaker.card_source(card("en"), tmp_path) == recording
    assert speaker.card_source(card("en", "values-act"), tmp_path) == TTS
    heard: list[str] = []
    speaker.started.connect(lambda: heard.append("started"))
    speaker.stopped.connect(lambda: heard.append("stopped"))
    assert speaker.speak_card(card("en"), tmp_path)
    assert speaker.state is SpeakerState.PLAYING and speaker.playing_source == recording
    qtbot.waitUntil(lambda: server(speaker).player._media is not None, timeout=2000)
    assert engine(speaker).state() == QTextToSpeech.State.Ready, "the voice stays silent"
    player = server(speaker).player._media
    assert player is not None
    # Without a sound card the player may finish at once or fail; either way it was started.
    qtbot.waitUntil(
        lambda: bool(heard) or player.mediaStatus() != QMediaPlayer.MediaStatus.LoadingMedia, timeout=5000
    )
    speaker.stop()
    assert speaker.state is SpeakerState.IDLE
    qtbot.waitUntil(lambda: player.playbackState() == QMediaPlayer.PlaybackState.StoppedState, timeout=2000)


def test_a_recording_makes_listen_possible_without_a_voice(speaker: Speaker, tmp_path: Path) -> None:
    write_wav(tmp_path / "audio" / "report-crime" / "es.wav")
    assert not speaker.can_speak("es")
    assert speaker.can_speak_card(card("es"), tmp_path)
    assert not speaker.can_speak_card(card("es", "values-act"), tmp_path)
    assert speaker.speak_card(card("es"), tmp_path) and speaker.state is SpeakerState.PLAYING
    speaker.stop()


def test_a_recording_that_will_not_play_is_read_by_the_voice(
    speaker: Speaker, tmp_path: Path, qtbot: Any
) -> None:
    write_broken_ogg(tmp_path / "audio" / "report-crime" / "en.ogg")
    assert speaker.speak_card(card("en"), tmp_path)
    qtbot.waitUntil(lambda: speaker.state is SpeakerState.SPEAKING, timeout=5000)
    speaker.stop()


def test_a_recording_that_will_not_play_is_read_by_the_voice_every_time(
    speaker: Speaker, tmp_path: Path, qtbot: Any
) -> None:
    """Qt's player takes the same file again without a word: it must be opened afresh."""
    write_broken_ogg(tmp_path / "audio" / "report-crime" / "en.ogg")
    for _ in range(2):
        assert speaker.speak_card(card("en"), tmp_path)
        qtbot.waitUntil(lambda: speaker.state is SpeakerState.SPEAKING, timeout=5000)
        speaker.stop()


def test_an_announcement_interrupts_the_reading(speaker: Speaker, tmp_path: Path, qtbot: Any) -> None:
    speaker.speak_card(card("en"), tmp_path)
    with qtbot.waitSignal(speaker.stopped, timeout=100):
        assert speaker.say("Print", "en")
    assert speaker.state is SpeakerState.SPEAKING
    speaker.stop()


def test_the_countdown_chimes_then_asks(speaker: Speaker, qtbot: Any) -> None:
    speaker.warn("Are you still there?", "en")
    assert speaker.state is SpeakerState.IDLE, "the question waits for the chime to end"
    with qtbot.waitSignal(speaker.started, timeout=3000):
        pass
    assert speaker.state is SpeakerState.SPEAKING
    speaker.stop()


def test_stop_cancels_the_question_after_the_chime(speaker: Speaker, qtbot: Any) -> None:
    speaker.warn("Are you still there?", "en")
    speaker.stop()
    with qtbot.assertNotEmitted(speaker.started, wait=600):
        pass
    assert speaker.state is SpeakerState.IDLE


def test_no_question_where_there_is_no_voice(speaker: Speaker, qtbot: Any) -> None:
    with qtbot.assertNotEmitted(speaker.started, wait=600):
        speaker.warn("¿Sigue ahí?", "es")


def test_the_chime_is_a_short_wav() -> None:
    with wave.open(str(CHIME)) as w:
        assert 0.2 <= w.getnframes() / w.getframerate() <= 0.6


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_speech_off_still_plays_recordings(tmp_path: Path, qtbot: Any) -> None:
    speaker = in_process("none")
    assert not speaker.can_speak("en")
    assert speaker.card_source(card("en"), tmp_path) is None
    recording = write_wav(tmp_path / "audio" / "report-crime" / "en.wav")
    assert speaker.card_source(card("en"), tmp_path) == recording


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_a_missing_engine_is_logged_at_start_not_raised(
    tmp_path: Path, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    speaker = in_process("no-such-engine")
    speaker.prepare()
    # Its warning; the start's INFO line names the engine too, where INFO is captured.
    logged = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert sum("no-such-engine" in line for line in logged) == 1, "logged once, at start"
    assert not speaker.can_speak("en") and not speaker.can_speak("en")
    assert not speaker.speak_card(card("en"), tmp_path)
    assert [r.getMessage() for r in caplog.records] == logged, "nothing more when a visitor asks"


def test_the_system_default_is_never_the_silent_mock(monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> None:
    monkeypatch.setattr(QTextToSpeech, "availableEngines", staticmethod(lambda: ["mock"]))
    tts, problem = speech_engine.open_engine("")
    assert tts is None and problem is not None and "speech-dispatcher" in problem


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_without_a_sound_output_nothing_is_offered(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(speech_engine, "audio_output_problem", lambda: "no audio output")
    speaker = in_process(need_audio_output=True)
    speaker.prepare()
    logged = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert logged == ["sound: no audio output"], "said at start"
    write_wav(tmp_path / "audio" / "report-crime" / "en.wav")
    assert not speaker.can_speak("en")
    assert not speaker.can_speak_card(card("en"), tmp_path)
    assert not speaker.speak_card(card("en"), tmp_path)
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == logged, "not at the card"
