"""The sound process's side of kiosk/speech/sound_protocol.py: the voice and the player act on
the window's commands, and what they report goes back as events.

One sound at a time: each command that sounds silences the last. A recording that will not
play is read by the voice instead, where it has one. The voices and the sound output are
found once, at start (`hello`), never when a visitor first asks for one: nothing here logs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.i18n.languages import LANGUAGES
from kiosk.speech import sound_protocol as p
from kiosk.speech.voices import ZhHantVoice
from kiosk.ui.audio import speech_engine
from kiosk.ui.audio.player import CHIME, Player
from kiosk.ui.audio.voice import Voice


class SoundServer(QObject):
    def __init__(
        self,
        send: Callable[[p.Message], None],
        engine: str = "",
        parent: QObject | None = None,
        *,
        zh_hant: ZhHantVoice = "mandarin",
        need_audio_output: bool = True,
        chime_path: Path = CHIME,
        languages: Iterable[str] = LANGUAGES,
    ) -> None:
        super().__init__(parent)
        self._send = send
        self.voice = Voice(engine, self, zh_hant=zh_hant)
        self.player = Player(self, chime_path=chime_path)
        self._need_audio_output = need_audio_output
        self._languages = list(languages)
        self._seq: int | None = None  # the command whose sound is current
        self._by = ""  # what sounds it: p.BY_VOICE or p.BY_RECORDING
        self._fallback: tuple[str, str] | None = None  # the words, if the recording fails
        self._then: p.Message | None = None  # what sounds once the recording has played
        self._pending = QTimer(self, singleShot=True)  # the question after the chime
        self._pending.timeout.connect(self._say_pending)
        self._pending_words: p.Message | None = None
        self.voice.started.connect(lambda: self._started(p.BY_VOICE))
        self.voice.stopped.connect(lambda: self._ended(p.BY_VOICE, p.STOPPED))
        self.voice.failed.connect(self._voice_failed)
        self.player.started.connect(lambda: self._started(p.BY_RECORDING))
        self.player.stopped.connect(lambda: self._ended(p.BY_RECORDING, p.STOPPED))
        self.player.failed.connect(self._player_failed)

    def hello(self) -> None:
        """What can be heard here: opens the engine (speechd: ~1.5 s) and asks for every voice."""
        audio_problem = speech_engine.audio_output_problem() if self._need_audio_output else None
        voices = [code for code in self._languages if self.voice.can_speak(code)]
        problems = [why for why in (audio_problem, self.voice.problem) if why]
        engine = self.voice.engine_name
        self._send(
            {
                "ev": p.HELLO,
                "voices": voices,
                "audio": audio_problem is None,
                "engine": engine,
                "problems": problems,
            }
        )

    def handle(self, message: p.Message) -> None:
        """Act on one command, then say so (the window counts on the answer)."""
        seq = message.get("seq")
        what = message.get("do")
        text, lang = str(message.get("text", "")), str(message.get("lang", ""))
        if what == p.SPEAK:
            self.stop()
            self._speak(int(seq or 0), text, lang)
        elif what == p.PLAY:
            self.stop()
            then = message.get("then")
            self._then = then if isinstance(then, dict) else None
            self._play(int(seq or 0), Path(str(message.get("path", ""))), text, lang)
        elif what == p.CHIME:
            self.player.chime()
        elif what == p.WARN:
            self.stop()
            self.player.chime()
            if text or message.get("path"):
                self._pending_words = {**message, "seq": int(seq or 0)}
                self._pending.start(self.player.chime_ms)
        elif what == p.STOP:
            self.stop()
        elif what == p.VOLUME:
            self.player.set_volume(float(message.get("level", 1.0)))
            self.voice.set_volume(float(message.get("level", 1.0)))
        self._send({"ev": p.ACK, "seq": seq})

    def stop(self) -> None:
        self._pending.stop()
        self._pending_words = None
        self._seq, self._fallback, self._then = None, None, None
        self.voice.stop()
        self.player.stop()

    def _speak(self, seq: int, text: str, lang: str) -> None:
        self._seq, self._by = seq, p.BY_VOICE  # first: the engine may report from inside speak()
        if not self.voice.speak(text, lang):
            self._ended(p.BY_VOICE, p.FAILED)

    def _play(self, seq: int, path: Path, text: str, lang: str) -> None:
        self._seq, self._by = seq, p.BY_RECORDING
        self._fallback = (text, lang) if text else None
        if not self.player.play(path):
            self._player_failed("")

    def _say_pending(self) -> None:
        if self._pending_words is not None:
            words, self._pending_words = self._pending_words, None
            self._next_part(int(words["seq"]), words)

    def _next_part(self, seq: int, part: p.Message) -> None:
        """A reader's recording, its words by voice if it will not play; or the words alone."""
        text, lang = str(part.get("text", "")), str(part.get("lang", ""))
        if part.get("path"):
            self._play(seq, Path(str(part["path"])), text, lang)
        elif text and self.voice.can_speak(lang):
            self._speak(seq, text, lang)
        else:
            self._seq = None  # nothing to sound: the sound is over
            self._send({"ev": p.STOPPED, "seq": seq})

    def _started(self, by: str) -> None:
        if self._seq is not None and self._by == by:
            self._send({"ev": p.STARTED, "seq": self._seq, "by": by})

    def _ended(self, by: str, how: str) -> None:
        if self._seq is None or self._by != by:
            return
        then, self._then = self._then, None
        if how == p.STOPPED and then is not None:
            self._fallback = None
            self._next_part(self._seq, then)  # the same sound goes on: "stopped" comes at its end
            return
        seq, self._seq = self._seq, None
        self._send({"ev": how, "seq": seq})

    def _voice_failed(self, _why: str) -> None:
        had_engine = self.voice.problem is None
        self._ended(p.BY_VOICE, p.FAILED)
        if had_engine != (self.voice.problem is None):
            self.hello()  # the engine is gone: the window stops offering its voices

    def _player_failed(self, _why: str) -> None:
        """A recording that will not play: its words by voice instead, if there is one."""
        if self._seq is None or self._by != p.BY_RECORDING:
            return
        fallback, self._fallback = self._fallback, None
        if fallback is not None and self.voice.can_speak(fallback[1]):
            self._then = None  # the words are the whole of it (a card's include its draft note)
            self._speak(self._seq, *fallback)
        else:
            self._ended(p.BY_RECORDING, p.FAILED)
