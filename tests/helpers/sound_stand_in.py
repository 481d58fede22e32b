"""A sound process in plain Python, for tests of the window that only need a speaker that
speaks and plays: it answers kiosk/speech/sound_protocol.py as Qt's mock engine would (English
voices only; a sound card), makes no sound and loads neither QtMultimedia nor QtTextToSpeech.

Qt's media player can deadlock the pytest process against Python's lock (issue 20), so no
test sounds anything in it: which source Listen chooses, the fallback from a broken recording
and the engines themselves are tested on the real sound process (tests/ui/test_speaker.py,
test_sound_process.py) and in processes of their own (tests/ui/test_player.py, test_voice.py).

Like a pipe, it answers from the event loop, never from inside the call that asked.
"""

from __future__ import annotations

import wave
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.speech import sound_protocol as p
from kiosk.ui.audio.sound_link import SoundLink

WORD_MS = 150  # how long a spoken word lasts, so a card's reading goes on until it is stopped
CHIME_MS = 400


def wav_ms(path: Path) -> int | None:
    """How long a recording sounds; None for one that will not play."""
    try:
        with wave.open(str(path), "rb") as w:
            return round(1000 * w.getnframes() / w.getframerate())
    except (OSError, EOFError, wave.Error, ZeroDivisionError):
        return None


class StandInSound(SoundLink):
    def __init__(self, voices: Iterable[str] = ("en",), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.voices = list(voices)
        self.heard: list[p.Message] = []  # every command, in order (for tests)
        self._up = False
        self._seq: int | None = None  # the command whose sound is current
        self._end = QTimer(self, singleShot=True)
        self._end.timeout.connect(lambda: self._ended(p.STOPPED))
        self._words = QTimer(self, singleShot=True)  # the countdown's words after its chime
        self._words.timeout.connect(self._say_words)
        self._pending: p.Message | None = None
        self._then: p.Message | None = None  # a play's second part, once the first has ended

    def start(self) -> None:
        """Its hello at once, as the real one's comes before any command is answered."""
        if not self._up:
            self._up = True
            hello = {
                "ev": p.HELLO,
                "voices": self.voices,
                "audio": True,
                "engine": "stand-in",
                "problems": [],
            }
            self.received.emit(hello)

    def send(self, message: p.Message) -> None:
        if self._up:
            QTimer.singleShot(0, self, lambda: self._handle(message))

    def kill(self) -> None:
        self._silence()
        self._up = False
        QTimer.singleShot(0, self, self.down.emit)

    def close(self) -> None:
        self._silence()
        self._up = False

    def finish(self) -> None:
        """The sound playing reaches its end now, as it would in its own time (for tests of
        what follows the end of a reading, without waiting for it)."""
        if self._end.isActive():
            self._end.stop()
            self._ended(p.STOPPED)

    def _handle(self, message: p.Message) -> None:
        if not self._up:
            return
        self.heard.append(message)
        seq, what = int(message.get("seq") or 0), message.get("do")
        text, lang = str(message.get("text", "")), str(message.get("lang", ""))
        if what in (p.SPEAK, p.PLAY, p.WARN, p.STOP):
            self._silence()
        if what == p.SPEAK:
            self._sound(seq, p.BY_VOICE, self._speech_ms(text, lang))
        elif what == p.PLAY:
            then = message.get("then")
            self._then = then if isinstance(then, dict) else None
            self._part(seq, message)
        elif what == p.WARN and (text or message.get("path")):
            self._pending = message
            self._words.start(CHIME_MS)
        self.received.emit({"ev": p.ACK, "seq": seq})

    def _part(self, seq: int, part: p.Message) -> None:
        """A recording (its words by voice if it will not play), or words alone."""
        text, lang = str(part.get("text", "")), str(part.get("lang", ""))
        length = wav_ms(Path(str(part["path"]))) if part.get("path") else None
        if length is not None:
            self._sound(seq, p.BY_RECORDING, length)
        else:
            if part.get("path"):
                self._then = None  # the words are the whole of it
            self._sound(seq, p.BY_VOICE, self._speech_ms(text, lang))

    def _speech_ms(self, text: str, lang: str) -> int | None:
        return WORD_MS * max(2, len(text.split())) if lang in self.voices and text.strip() else None

    def _sound(self, seq: int, by: str, length_ms: int | None) -> None:
        self._seq = seq
        if length_ms is None:
            self._ended(p.FAILED)
            return
        self.received.emit({"ev": p.STARTED, "seq": seq, "by": by})
        self._end.start(length_ms)

    def _say_words(self) -> None:
        if self._pending is not None:
            words, self._pending = self._pending, None
            self._part(int(words["seq"]), words)

    def _ended(self, how: str) -> None:
        if self._seq is None:
            return
        then, self._then = self._then, None
        if how == p.STOPPED and then is not None:
            self._part(self._seq, then)
            return
        seq, self._seq = self._seq, None
        self.received.emit({"ev": how, "seq": seq})

    def _silence(self) -> None:
        self._end.stop()
        self._words.stop()
        self._pending, self._seq, self._then = None, None, None
