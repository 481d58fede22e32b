"""Listen, on the real sound process with Qt's mock speech engine (silent; voices in en_GB,
en_US, fi_FI, nb_NO, nn_NO only).

No sound card is needed: offscreen CI has none, so these check which source is chosen and what
the sound process said it started, and the missing sound output is made by pointing it at no
sound server. Qt's player never runs in the pytest process (it can deadlock against Python's
lock, issue 20); tests/ui/test_player.py and test_voice.py look inside the player and the voice.
"""

from __future__ import annotations

import dataclasses
import logging
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.i18n.views import CardView
from kiosk.speech import sound_protocol as p
from kiosk.speech.text import recorded_text
from kiosk.ui.audio.player import CHIME
from kiosk.ui.audio.sound_link import ChildLink
from kiosk.ui.audio.speaker import TTS, Speaker, SpeakerState
from tests.helpers.sounds import listed, write_broken_ogg, write_wav

pytestmark = pytest.mark.gui

STARTED_MS = 30_000  # the sound process's start on a loaded 2-core machine
NO_SOUND_SERVER = {"PULSE_SERVER": "unix:/nonexistent/pulse", "PIPEWIRE_REMOTE": "/nonexistent/pipewire"}


def card(lang: str, card_id: str = "report-crime") -> CardView:
    return CardView(
        card_id, "Can I report a crime?", "Yes.\n\n- **Call** 911", None, "s", "https://x.org", "", lang, None
    )


@pytest.fixture
def sound_process(qtbot: Any) -> Iterator[Any]:
    """Makes a speaker on its own sound process, started; every process is reaped at the end."""
    made: list[Speaker] = []

    def make(
        engine: str = "mock", need_audio_output: bool = False, env: dict[str, str] | None = None
    ) -> Speaker:
        speaker = Speaker(ChildLink(engine, need_audio_output=need_audio_output, env=env))
        made.append(speaker)
        speaker.prepare()
        qtbot.waitUntil(lambda: speaker._up, timeout=STARTED_MS)
        return speaker

    yield make
    for speaker in made:
        speaker.close()


@pytest.fixture
def speaker(sound_process: Any) -> Speaker:
    made: Speaker = sound_process()
    return made


def events(speaker: Speaker) -> list[p.Message]:
    """What the sound process says from now on, but its answers to commands."""
    said: list[p.Message] = []
    speaker.link.received.connect(lambda message: said.append(message) if message["ev"] != p.ACK else None)
    return said


def test_listen_reads_the_card_and_stop_stops_at_once(speaker: Speaker, tmp_path: Path, qtbot: Any) -> None:
    said = events(speaker)
    assert speaker.card_source(card("en"), tmp_path) == TTS
    with qtbot.waitSignal(speaker.started, timeout=5000):
        assert speaker.speak_card(card("en"), tmp_path)
    assert speaker.state is SpeakerState.SPEAKING
    assert said == [{"ev": p.STARTED, "seq": said[0]["seq"], "by": p.BY_VOICE}]
    with qtbot.waitSignal(speaker.stopped, timeout=100):
        speaker.stop()
    assert speaker.state is SpeakerState.IDLE
    # The window is silent at once; the sound process hears it on its next turn, and says no
    # more of that reading (its voice's end is not news).
    qtbot.waitUntil(lambda: not speaker._answer.isActive(), timeout=5000)
    qtbot.wait(300)
    assert len(said) == 1, said


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
    recording = listed(write_wav(tmp_path / "audio" / "report-crime" / "en.wav"), recorded_text(card("en")))
    assert speaker.card_source(card("en"), tmp_path) == recording
    assert speaker.card_source(card("en", "values-act"), tmp_path) == TTS
    said = events(speaker)
    assert speaker.speak_card(card("en"), tmp_path)
    assert speaker.state is SpeakerState.PLAYING and speaker.playing_source == recording
    # Without a sound card the player may finish at once; either way the recording was started.
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said[0]["ev"] in (p.STARTED, p.STOPPED) and said[0].get("by", p.BY_RECORDING) == p.BY_RECORDING
    speaker.stop()
    assert speaker.state is SpeakerState.IDLE
    qtbot.waitUntil(lambda: not speaker._answer.isActive(), timeout=5000)
    assert not any(event.get("by") == p.BY_VOICE for event in said), "the voice stayed silent"


def test_a_recording_makes_listen_possible_without_a_voice(speaker: Speaker, tmp_path: Path) -> None:
    listed(write_wav(tmp_path / "audio" / "report-crime" / "es.wav"), recorded_text(card("es")))
    assert not speaker.can_speak("es")
    assert speaker.can_speak_card(card("es"), tmp_path)
    assert not speaker.can_speak_card(card("es", "values-act"), tmp_path)
    assert speaker.speak_card(card("es"), tmp_path) and speaker.state is SpeakerState.PLAYING
    speaker.stop()


def test_an_out_of_date_or_unlisted_recording_is_never_played(speaker: Speaker, tmp_path: Path) -> None:
    """A recording made from other words (the card was edited since), or one no manifest
    vouches for: the voice reads the card where there is one, else Listen is not offered."""
    edited = dataclasses.replace(card("en"), title="Can I report any crime?")
    listed(write_wav(tmp_path / "audio" / "report-crime" / "en.wav"), recorded_text(card("en")))
    assert isinstance(speaker.card_source(card("en"), tmp_path), Path), "the text it was recorded from"
    assert speaker.card_source(edited, tmp_path) == TTS, "the card changed: the voice reads it"
    es = listed(write_wav(tmp_path / "audio" / "report-crime" / "es.wav"), "Otras palabras.")
    assert not speaker.can_speak_card(card("es"), tmp_path), "no voice for Spanish: no Listen"
    listed(es, recorded_text(card("es")))
    assert speaker.can_speak_card(card("es"), tmp_path)
    (tmp_path / "audio" / "report-crime" / "manifest.json").unlink()
    assert not speaker.can_speak_card(card("es"), tmp_path), "nobody says what it reads"
    assert speaker.card_source(card("en"), tmp_path) == TTS
    assert not speaker.speak_card(card("es"), tmp_path) and speaker.state is SpeakerState.IDLE


def test_a_recording_that_will_not_play_is_read_by_the_voice(
    speaker: Speaker, tmp_path: Path, qtbot: Any
) -> None:
    listed(write_broken_ogg(tmp_path / "audio" / "report-crime" / "en.ogg"), recorded_text(card("en")))
    assert speaker.speak_card(card("en"), tmp_path)
    qtbot.waitUntil(lambda: speaker.state is SpeakerState.SPEAKING, timeout=5000)
    speaker.stop()


def test_a_recording_that_will_not_play_is_read_by_the_voice_every_time(
    speaker: Speaker, tmp_path: Path, qtbot: Any
) -> None:
    """Qt's player takes the same file again without a word: it must be opened afresh."""
    listed(write_broken_ogg(tmp_path / "audio" / "report-crime" / "en.ogg"), recorded_text(card("en")))
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
def test_speech_off_still_plays_recordings(sound_process: Any, tmp_path: Path) -> None:
    speaker = sound_process("none")
    assert not speaker.can_speak("en")
    assert speaker.card_source(card("en"), tmp_path) is None
    recording = listed(write_wav(tmp_path / "audio" / "report-crime" / "en.wav"), recorded_text(card("en")))
    assert speaker.card_source(card("en"), tmp_path) == recording


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_a_missing_engine_is_logged_at_start_not_raised(
    sound_process: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    speaker = sound_process("no-such-engine")
    # Its warning; the start's INFO line names the engine too, where INFO is captured.
    warned = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert sum("no-such-engine" in line for line in warned) == 1, "logged once, at start"
    at_start = [r.getMessage() for r in caplog.records]
    assert not speaker.can_speak("en") and not speaker.can_speak("en")
    assert not speaker.speak_card(card("en"), tmp_path)
    assert [r.getMessage() for r in caplog.records] == at_start, "nothing more when a visitor asks"


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_without_a_sound_output_nothing_is_offered(
    sound_process: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    speaker = sound_process(need_audio_output=True, env=NO_SOUND_SERVER)
    logged = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(logged) == 1 and logged[0].startswith("sound: no audio output"), "said at start"
    listed(write_wav(tmp_path / "audio" / "report-crime" / "en.wav"), recorded_text(card("en")))
    assert not speaker.can_speak("en")
    assert not speaker.can_speak_card(card("en"), tmp_path)
    assert not speaker.speak_card(card("en"), tmp_path)
    assert [r.getMessage() for r in caplog.records if r.levelname == "WARNING"] == logged, "not at the card"


def test_the_countdown_plays_the_readers_question(speaker: Speaker, tmp_path: Path, qtbot: Any) -> None:
    """No Spanish voice here: the reader's take of the question follows the chime."""
    take = write_wav(tmp_path / "question.wav")
    said = events(speaker)
    speaker.warn("¿Sigue ahí?", "es", take)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said[0]["ev"] in (p.STARTED, p.STOPPED) and said[0].get("by", p.BY_RECORDING) == p.BY_RECORDING


def test_the_draft_note_follows_the_cards_recording_as_one_sound(
    speaker: Speaker, tmp_path: Path, qtbot: Any
) -> None:
    """Two parts, one reading: the recording starts, then the voice reads the note (no
    reader recorded it), and only then is the reading over."""
    draft = dataclasses.replace(card("en"), draft_note="This translation has not been checked yet.")
    listed(write_wav(tmp_path / "audio" / "report-crime" / "en.wav", seconds=0.3), recorded_text(draft))
    said = events(speaker)
    assert speaker.speak_card(draft, tmp_path)
    qtbot.waitUntil(lambda: any(e["ev"] in (p.STOPPED, p.FAILED) for e in said), timeout=10_000)
    assert [(e["ev"], e.get("by")) for e in said] == [
        (p.STARTED, p.BY_RECORDING),
        (p.STARTED, p.BY_VOICE),
        (p.STOPPED, None),
    ], said
