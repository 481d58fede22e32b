"""The system's text-to-speech voice: one engine, the right voice for each language.

It lives in the sound process (kiosk/ui/audio/sound_child.py), never in the window: Qt's
speechd engine waits on speech-dispatcher without a time limit. The engine is opened on first
need, never at import: speechd takes ~1.5 s to list its voices. Its faults are kept in
`problem` (the sound process reports them at its start) and make `can_speak` False; they
never raise, and nothing is logged when a language turns out to have no voice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from kiosk.speech.voices import Choice, ZhHantVoice, pick_voice
from kiosk.ui.audio import speech_engine

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech


class Voice(QObject):
    """Speaks one text at a time. Its signals concern what `speak` started; `stop` is silent."""

    started = Signal()  # the words began to sound
    stopped = Signal()  # they came to their end by themselves
    failed = Signal(str)  # the engine gave up on them (already logged)

    def __init__(
        self, engine: str = "", parent: QObject | None = None, *, zh_hant: ZhHantVoice = "mandarin"
    ) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._zh_hant: ZhHantVoice = zh_hant
        self._tts: QTextToSpeech | None = None
        self._opened = False
        self._choices: dict[str, Choice | None] = {}
        self._current: Choice | None = None  # the voice the engine is set to
        self._speaking = False  # between speak() and its end: engine news outside it is stale
        self._volume = 1.0  # the visitor's, given to the engine with the next words
        self._volume_set: float | None = None  # the engine's, as last set
        self.problem: str | None = None  # why there is no engine, once it was opened

    def open(self) -> None:
        """Open the engine now rather than on the first word."""
        self._engine()

    @property
    def engine_name(self) -> str:
        """The engine opened (the system's default by its name), or the one configured."""
        return self._tts.engine() if self._tts is not None else (self._engine_name or "default")

    def set_volume(self, level: float) -> None:
        """Kept for the next words: speech-dispatcher sets a message's volume as it starts it,
        and asking it now could wait on a stuck speech-dispatcher outside any spoken command."""
        self._volume = level

    def can_speak(self, lang: str) -> bool:
        return self._choice(lang) is not None

    def speak(self, text: str, lang: str) -> bool:
        """Start saying `text` in `lang`; False (and silence) where no voice can."""
        tts, choice = self._engine(), self._choice(lang)
        if tts is None or choice is None or not text.strip():
            return False
        if self._current != choice or tts.locale().name() != choice.locale:
            tts.setLocale(QLocale(choice.locale))
            voices = tts.availableVoices()
            name = choice.voice or pick_voice([v.name() for v in voices])
            voice = next((v for v in voices if v.name() == name), None)
            if voice is not None:
                tts.setVoice(voice)
            self._current = choice
        if self._volume_set != self._volume:
            tts.setVolume(self._volume)
            self._volume_set = self._volume
        if choice.pinyin:
            from kiosk.speech.pinyin import to_pinyin

            text = to_pinyin(text)
        self._speaking = True
        tts.say(text)
        return True

    def stop(self) -> None:
        self._speaking = False
        if self._tts is not None:
            from PySide6.QtTextToSpeech import QTextToSpeech

            self._tts.stop(QTextToSpeech.BoundaryHint.Immediate)

    def _engine(self) -> QTextToSpeech | None:
        if not self._opened:
            self._opened = True
            try:
                self._tts, problem = speech_engine.open_engine(self._engine_name, self)
            except Exception as err:  # a broken plug-in must not take the kiosk down
                self._tts, problem = None, f"text-to-speech failed to start ({err})"
            self.problem = problem
            if self._tts is not None:
                self._tts.stateChanged.connect(self._state_changed)
                self._tts.errorOccurred.connect(self._error)
        return self._tts

    def _choice(self, lang: str) -> Choice | None:
        tts = self._engine()
        if tts is None:
            return None
        if lang not in self._choices:
            found = speech_engine.choose(tts, lang, self._zh_hant)
            self._current = None  # choosing may have moved the engine to another locale
            self._choices[lang] = found
        return self._choices[lang]

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if not self._speaking:
            return
        if state == QTextToSpeech.State.Speaking:
            self.started.emit()
        elif state == QTextToSpeech.State.Ready:
            self._speaking = False
            self.stopped.emit()
        elif state == QTextToSpeech.State.Error:
            self._speaking = False
            self.failed.emit(self._tts.errorString() if self._tts is not None else "")

    def _error(self, reason: QTextToSpeech.ErrorReason, message: str) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        if reason in (QTextToSpeech.ErrorReason.Initialization, QTextToSpeech.ErrorReason.Configuration):
            engine = self._tts.engine() if self._tts is not None else self._engine_name
            self.problem = f"text-to-speech engine {engine!r} failed: {message or reason}"
            self._tts = None  # no voice of it works any more: Listen is no longer offered
            self._choices.clear()
        if self._speaking:
            self._speaking = False
            self.failed.emit(message)
