"""Listen: reads a card aloud, announces a control, chimes; stops the moment it is told to.

A reader's recording of the card wins where there is one; otherwise the system's
text-to-speech voice for the language; otherwise Listen is not offered. One sound at a time:
each new one silences the last. Every fault (no engine, no voice, no sound output, a file
that will not play) is logged once and only makes `can_speak...` False: nothing here raises
into the UI. The voice and the player do the sounding; this decides what sounds.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.i18n.views import CardView
from kiosk.speech.recordings import recording_for
from kiosk.speech.text import reading_language, spoken_text
from kiosk.speech.voices import ZhHantVoice
from kiosk.ui.audio import speech_engine
from kiosk.ui.audio.player import CHIME, Player
from kiosk.ui.audio.speech_engine import warn_once
from kiosk.ui.audio.voice import Voice

TTS = "tts"


class SpeakerState(Enum):
    IDLE = "idle"
    SPEAKING = "speaking"  # the voice
    PLAYING = "playing"  # a recording


class Speaker(QObject):
    started = Signal()  # a reading or announcement began to sound
    stopped = Signal()  # it ended: finished, stopped, or failed

    def __init__(
        self,
        engine: str = "",
        parent: QObject | None = None,
        *,
        chime_path: Path = CHIME,
        need_audio_output: bool = True,
        zh_hant: ZhHantVoice = "mandarin",
    ) -> None:
        super().__init__(parent)
        self.voice = Voice(engine, self, zh_hant=zh_hant)
        self.player = Player(self, chime_path=chime_path)
        # Tests turn this off: offscreen CI has no sound server, and the choice of source is
        # what they check.
        self._need_audio_output = need_audio_output
        self._state = SpeakerState.IDLE
        self._fallback: tuple[str, str] | None = None  # TTS text and language if a file fails
        self._pending = QTimer(self, singleShot=True)  # the words after the chime
        self._pending.timeout.connect(self._say_pending)
        self._pending_words: tuple[str, str] | None = None
        self.voice.started.connect(self._voice_started)
        self.voice.stopped.connect(self._voice_ended)
        self.voice.failed.connect(self._voice_ended)
        self.player.started.connect(self._player_started)
        self.player.stopped.connect(self._player_ended)
        self.player.failed.connect(self._player_failed)

    # -- what can be heard ---------------------------------------------------------------

    def prepare(self) -> None:
        """Open the engine now (speechd takes ~1.5 s): call it once after the first frame."""
        self.voice.open()

    @property
    def state(self) -> SpeakerState:
        return self._state

    def can_speak(self, lang: str) -> bool:
        """True when a voice reads `lang` aloud (announcements, the countdown's question)."""
        return self._audible() and self.voice.can_speak(lang)

    def card_source(self, view: CardView, content_dir: Path) -> Path | str | None:
        """What Listen would play for this card: its recording's path, TTS, or None."""
        if not self._audible():
            return None
        lang = reading_language(view)
        recording = recording_for(content_dir, view.id, lang)
        if recording is not None:
            return recording
        return TTS if self.voice.can_speak(lang) else None

    def can_speak_card(self, view: CardView, content_dir: Path) -> bool:
        """Show Listen on this card?"""
        return self.card_source(view, content_dir) is not None

    @property
    def playing_source(self) -> Path | None:
        """The recording being played (for tests and the log), or None."""
        return self.player.source if self._state is SpeakerState.PLAYING else None

    # -- sounding ------------------------------------------------------------------------

    def speak_card(self, view: CardView, content_dir: Path) -> bool:
        """Read the card aloud from the start; False (and silence) if it cannot be."""
        self.stop()
        source = self.card_source(view, content_dir)
        lang = reading_language(view)
        if isinstance(source, Path):
            self._fallback = (spoken_text(view), lang)
            # The state is set first: the player may report at once, from inside play().
            self._state = SpeakerState.PLAYING
            if self.player.play(source):
                return True
            self._state = SpeakerState.IDLE
            return self._play_failed()
        if source == TTS:
            return self._speak(spoken_text(view), lang)
        return False

    def say(self, text: str, lang: str) -> bool:
        """A short announcement (a focused button's name); it interrupts whatever sounds."""
        self.stop()
        return self._speak(text, lang) if self.can_speak(lang) else False

    def chime(self) -> None:
        if self._audible():
            self.player.chime()

    def warn(self, text: str, lang: str) -> None:
        """The idle countdown: the chime, then `text` spoken where a voice exists."""
        self.stop()
        self.chime()
        if self.can_speak(lang):
            self._pending_words = (text, lang)
            self._pending.start(self.player.chime_ms)

    def stop(self) -> None:
        """Silence, at once: leaving the card, Stop, the kiosk's reset."""
        self._pending.stop()
        self._pending_words = None
        self._fallback = None
        was, self._state = self._state, SpeakerState.IDLE
        self.voice.stop()
        self.player.stop()
        if was is not SpeakerState.IDLE:
            self.stopped.emit()

    # -- what the voice and the player report ----------------------------------------------

    def _speak(self, text: str, lang: str) -> bool:
        self._state = SpeakerState.SPEAKING  # first: the engine may report from inside speak()
        if self.voice.speak(text, lang):
            return True
        self._state = SpeakerState.IDLE
        return False

    def _say_pending(self) -> None:
        if self._pending_words is not None:
            text, lang = self._pending_words
            self._pending_words = None
            self._speak(text, lang)

    def _voice_started(self) -> None:
        if self._state is SpeakerState.SPEAKING:
            self.started.emit()

    def _voice_ended(self, _why: str = "") -> None:
        if self._state is SpeakerState.SPEAKING:
            self._state = SpeakerState.IDLE
            self.stopped.emit()

    def _player_started(self) -> None:
        if self._state is SpeakerState.PLAYING:
            self.started.emit()

    def _player_ended(self) -> None:
        if self._state is SpeakerState.PLAYING:
            self._state = SpeakerState.IDLE
            self._fallback = None
            self.stopped.emit()

    def _player_failed(self, _why: str) -> None:
        if self._state is SpeakerState.PLAYING:
            self._play_failed()

    def _play_failed(self) -> bool:
        """A recording that will not play: its words by voice instead, if there is one."""
        fallback, self._fallback = self._fallback, None
        was_playing = self._state is SpeakerState.PLAYING
        self._state = SpeakerState.IDLE
        if fallback is not None and self._speak(*fallback):
            return True
        if was_playing:
            self.stopped.emit()
        return False

    def _audible(self) -> bool:
        if not self._need_audio_output:
            return True
        problem = speech_engine.audio_output_problem()
        if problem:
            warn_once(problem)
        return problem is None
