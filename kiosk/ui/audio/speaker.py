"""Listen: reads a card aloud, announces a control, chimes; stops the moment it is told to.

A reader's recording of the card wins where there is one; otherwise the system's
text-to-speech voice for the language; otherwise Listen is not offered. Every fault (no
engine, no voice, no sound output, a file that will not play) is logged once and only makes
`can_speak...` False: nothing here raises into the UI.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal

from kiosk import PROJECT_ROOT
from kiosk.i18n.views import CardView
from kiosk.speech.recordings import recording_for
from kiosk.speech.text import reading_language, spoken_text
from kiosk.speech.voices import pick_voice, tts_locale
from kiosk.ui.audio import speech_engine
from kiosk.ui.audio.speech_engine import warn_once

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

CHIME = PROJECT_ROOT / "assets" / "sounds" / "chime.wav"
TTS = "tts"

IDLE, SPEAKING, PLAYING = "idle", "speaking", "playing"


def _length_ms(path: Path) -> int:
    try:
        with wave.open(str(path)) as w:
            return round(1000 * w.getnframes() / w.getframerate())
    except (OSError, wave.Error, ZeroDivisionError):
        return 0


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
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._chime_path = chime_path
        # Tests turn this off: offscreen CI has no sound server, and the choice of source is
        # what they check.
        self._need_audio_output = need_audio_output
        self._tts: QTextToSpeech | None = None
        self._tts_opened = False
        self._locales: dict[str, str | None] = {}
        self._player: Any = None
        self._effect: Any = None
        self._active: str | None = None  # SPEAKING or PLAYING while it sounds
        self._fallback: tuple[str, str] | None = None  # TTS text and language if a file fails
        self._pending = QTimer(self, singleShot=True)  # the words after the chime
        self._pending.timeout.connect(self._say_pending)
        self._pending_words: tuple[str, str] | None = None

    # -- what can be heard ---------------------------------------------------------------

    def prepare(self) -> None:
        """Open the engine now (speechd takes ~1.5 s): call it once after the first frame."""
        self._engine()

    @property
    def state(self) -> str:
        return self._active or IDLE

    def can_speak(self, lang: str) -> bool:
        """True when a voice reads `lang` aloud (announcements, the countdown's question)."""
        return self._audible() and self._voice_locale(lang) is not None

    def card_source(self, view: CardView, content_dir: Path) -> Path | str | None:
        """What Listen would play for this card: its recording's path, TTS, or None."""
        if not self._audible():
            return None
        lang = reading_language(view)
        recording = recording_for(content_dir, view.id, lang)
        if recording is not None:
            return recording
        return TTS if self._voice_locale(lang) is not None else None

    def can_speak_card(self, view: CardView, content_dir: Path) -> bool:
        """Show Listen on this card?"""
        return self.card_source(view, content_dir) is not None

    # -- sounding ------------------------------------------------------------------------

    def speak_card(self, view: CardView, content_dir: Path) -> bool:
        """Read the card aloud from the start; False (and silence) if it cannot be."""
        self.stop()
        source = self.card_source(view, content_dir)
        lang = reading_language(view)
        if isinstance(source, Path):
            self._fallback = (spoken_text(view), lang)
            return self._play(source)
        if source == TTS:
            return self._speak(spoken_text(view), lang)
        return False

    def say(self, text: str, lang: str) -> bool:
        """A short announcement (a focused button's name); it interrupts whatever sounds."""
        self.stop()
        return self._speak(text, lang) if self.can_speak(lang) else False

    def chime(self) -> None:
        effect = self._sound_effect()
        if effect is not None and self._audible():
            effect.play()

    def warn(self, text: str, lang: str) -> None:
        """The idle countdown: the chime, then `text` spoken where a voice exists."""
        self.stop()
        self.chime()
        if self.can_speak(lang):
            self._pending_words = (text, lang)
            self._pending.start(_length_ms(self._chime_path))

    def stop(self) -> None:
        """Silence, at once: leaving the card, Stop, the kiosk's reset."""
        self._pending.stop()
        self._pending_words = None
        self._fallback = None
        was = self._active
        self._active = None
        if self._tts is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)
        # Only a player that is playing is told to stop: Qt's FFmpeg player can block the
        # caller on stop() while it is still opening its output (seen with no sound server).
        if self._player is not None and was == PLAYING:
            from PySide6.QtMultimedia import QMediaPlayer

            if self._player.playbackState() != QMediaPlayer.PlaybackState.StoppedState:
                self._player.stop()
        if self._effect is not None:
            self._effect.stop()
        if was is not None:
            self.stopped.emit()

    # -- text-to-speech ------------------------------------------------------------------

    def _engine(self) -> QTextToSpeech | None:
        if not self._tts_opened:
            self._tts_opened = True
            try:
                self._tts, problem = speech_engine.open_engine(self._engine_name, self)
            except Exception as err:  # a broken plug-in must not take the kiosk down
                self._tts, problem = None, f"text-to-speech failed to start ({err})"
            if problem:
                warn_once(problem)
            if self._tts is not None:
                self._tts.stateChanged.connect(self._tts_state)
                self._tts.errorOccurred.connect(self._tts_error)
        return self._tts

    def _voice_locale(self, lang: str) -> str | None:
        tts = self._engine()
        if tts is None:
            return None
        if lang not in self._locales:
            found = tts_locale(lang, speech_engine.locale_names(tts))
            self._locales[lang] = found
            if found is None:
                warn_once(f"no text-to-speech voice for {lang} on engine {tts.engine()!r}")
        return self._locales[lang]

    def _speak(self, text: str, lang: str) -> bool:
        tts, locale = self._engine(), self._voice_locale(lang)
        if tts is None or locale is None or not text.strip():
            return False
        if tts.locale().name() != locale:
            tts.setLocale(QLocale(locale))
            name = pick_voice([v.name() for v in tts.availableVoices()])
            voice = next((v for v in tts.availableVoices() if v.name() == name), None)
            if voice is not None:
                tts.setVoice(voice)
        self._active = SPEAKING
        tts.say(text)
        return True

    def _say_pending(self) -> None:
        if self._pending_words is not None:
            text, lang = self._pending_words
            self._pending_words = None
            self._speak(text, lang)

    def _tts_state(self, state: Any) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._active != SPEAKING:
            return
        if state == QTextToSpeech.State.Speaking:
            self.started.emit()
        elif state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error):
            self._active = None
            self.stopped.emit()

    def _tts_error(self, reason: Any, message: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        assert self._tts is not None
        warn_once(f"text-to-speech error on {self._tts.engine()!r}: {message or reason}")
        if reason in (QTextToSpeech.ErrorReason.Initialization, QTextToSpeech.ErrorReason.Configuration):
            self._tts = None  # no voice of it works any more: Listen is no longer offered
        if self._active == SPEAKING:
            self._active = None
            self.stopped.emit()

    # -- recordings and the chime ----------------------------------------------------------

    def _audible(self) -> bool:
        if not self._need_audio_output:
            return True
        problem = speech_engine.audio_output_problem()
        if problem:
            warn_once(problem)
        return problem is None

    def _media_player(self) -> Any:
        if self._player is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._player = QMediaPlayer(self)
            self._player.setAudioOutput(QAudioOutput(self._player))
            self._player.playbackStateChanged.connect(self._playback_state)
            self._player.errorOccurred.connect(self._playback_error)
        return self._player

    def _play(self, path: Path) -> bool:
        try:
            player = self._media_player()
        except ImportError as err:
            warn_once(f"recordings cannot play: QtMultimedia cannot be loaded ({err})")
            return self._play_failed()
        self._active = PLAYING
        player.setSource(QUrl.fromLocalFile(str(path)))
        player.play()
        return True

    @property
    def playing_source(self) -> Path | None:
        """The recording being played (for tests and the log), or None."""
        if self._player is None or self._active != PLAYING:
            return None
        return Path(self._player.source().toLocalFile())

    def _playback_state(self, state: Any) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if self._active != PLAYING:
            return
        if state == QMediaPlayer.PlaybackState.PlayingState:
            self.started.emit()
        elif state == QMediaPlayer.PlaybackState.StoppedState:
            self._active = None
            self._fallback = None
            self.stopped.emit()

    def _playback_error(self, error: Any, message: str) -> None:
        source = self._player.source().toLocalFile() if self._player is not None else "?"
        warn_once(f"recording {source} will not play: {message or error}")
        if self._active == PLAYING:
            self._play_failed()

    def _play_failed(self) -> bool:
        """A recording that will not play: its words by voice instead, if there is one."""
        fallback, self._fallback = self._fallback, None
        was_playing = self._active == PLAYING
        self._active = None
        if fallback is not None and self._speak(*fallback):
            return True
        if was_playing:
            self.stopped.emit()
        return False

    def _sound_effect(self) -> Any:
        if self._effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError as err:
                warn_once(f"the chime cannot play: QtMultimedia cannot be loaded ({err})")
                return None
            self._effect = QSoundEffect(self)
            self._effect.setSource(QUrl.fromLocalFile(str(self._chime_path)))
        return self._effect
