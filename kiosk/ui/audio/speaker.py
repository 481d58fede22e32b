"""Listen: reads a card aloud, announces a control, chimes; stops the moment it is told to.

A reader's recording of the card wins where there is one; otherwise the system's
text-to-speech voice for the language; otherwise Listen is not offered. One sound at a time:
each new one silences the last.

The sound is made in another process (kiosk/ui/audio/sound_child.py, through a SoundLink):
Qt's speech and media calls can wait without a limit on speech-dispatcher, PulseAudio or
FFmpeg, and the window must never wait. This side only writes commands and reads events.
Every command is answered; a process that leaves one unanswered for `answer_ms` is killed and
started again, and until it says hello again nothing is offered. What can be heard (the
voices, the sound output) is learnt at its start and logged then, never at a visitor's card.
"""

from __future__ import annotations

import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.i18n.views import CardView
from kiosk.speech import sound_protocol as p
from kiosk.speech.recordings import recording_for, sentence_recording
from kiosk.speech.script import DRAFT
from kiosk.speech.text import draft_sentence, reading_language, recorded_text, spoken_text
from kiosk.ui.audio.sound_link import SoundLink

log = logging.getLogger(__name__)

TTS = "tts"
ANSWER_MS = 5000  # a command unanswered this long: the sound process hangs
HELLO_MS = 30_000  # its start: speechd lists every espeak-ng voice (~1.5 s; more on a busy machine)
RESTART_MS = 1000  # the first wait before starting it again; doubled each time, up to a minute
MAX_RESTART_MS = 60_000


class SpeakerState(Enum):
    IDLE = "idle"
    SPEAKING = "speaking"  # the voice
    PLAYING = "playing"  # a recording


class Speaker(QObject):
    started = Signal()  # a reading or announcement began to sound
    stopped = Signal()  # it ended: finished, stopped, failed, or the sound process went away
    changed = Signal()  # what can be heard changed (the sound process came up or went down)

    def __init__(
        self,
        link: SoundLink,
        parent: QObject | None = None,
        *,
        answer_ms: int = ANSWER_MS,
        hello_ms: int = HELLO_MS,
        restart_ms: int = RESTART_MS,
    ) -> None:
        super().__init__(parent)
        self.link = link
        link.setParent(self)
        link.received.connect(self._received)
        link.down.connect(self._down)
        self._answer_ms, self._hello_ms = answer_ms, hello_ms
        self._restart_ms = self._backoff = restart_ms
        self._launched = False  # started once: later starts are the restart timer's
        self._closed = False
        self._killed = False  # it was killed for not answering: its end is no news
        self._up = False  # it said hello and has not gone since
        self._voices: frozenset[str] = frozenset()
        self._audio = False
        self._logged_problems: list[str] | None = None
        self._state = SpeakerState.IDLE
        self._seq = 0  # the last command's number
        self._sound: int | None = None  # the command whose sound is current
        self._source: Path | None = None  # the recording it plays
        self._card = False  # the current sound reads a card (Listen), not a name or the warning
        self._level = 1.0  # the visitor's volume (a gain), sent again to a process started again
        self._answer = QTimer(self, singleShot=True)  # the bound on an answer (or on the hello)
        self._answer.timeout.connect(self._unanswered)
        self._restart = QTimer(self, singleShot=True)
        self._restart.timeout.connect(self._start)
        self.restarts = 0  # how many times it was started again (for tests and the status)

    # -- what can be heard ---------------------------------------------------------------

    def prepare(self) -> None:
        """Start the sound process (it opens the engine: ~1.5 s with speechd): once, after the
        first frame. A question before that starts it too, and is answered "no" meanwhile."""
        if not self._launched and not self._closed:
            self._start()

    @property
    def state(self) -> SpeakerState:
        return self._state

    @property
    def available(self) -> bool:
        """The sound process is up and has a sound output."""
        self.prepare()
        return self._up and self._audio

    def can_speak(self, lang: str) -> bool:
        """True when a voice reads `lang` aloud (announcements, the countdown's question)."""
        return self.available and lang in self._voices

    def card_source(self, view: CardView, content_dir: Path) -> Path | str | None:
        """What Listen would play for this card: its recording's path, TTS, or None."""
        if not self.available:
            return None
        lang = reading_language(view)
        # Only a recording made from the very text on screen (its manifest says so).
        recording = recording_for(content_dir, view.id, lang, recorded_text(view))
        if recording is not None:
            return recording
        return TTS if lang in self._voices else None

    def _draft_note_after(self, view: CardView, content_dir: Path) -> p.Message:
        """What follows a card's recording where the card shows the draft note (the recording
        never says it: kiosk.speech.text.recorded_lines): the reader's recording of the note,
        else the voice reading it, else nothing."""
        if not view.draft_note:
            return {}
        lang = reading_language(view)
        note = sentence_recording(content_dir, DRAFT, lang, view.draft_note)
        if note is not None:
            return {"then": {"path": str(note)}}
        if lang in self._voices:
            return {"then": {"text": draft_sentence(view), "lang": lang}}
        return {}

    def can_speak_card(self, view: CardView, content_dir: Path) -> bool:
        """Show Listen on this card?"""
        return self.card_source(view, content_dir) is not None

    @property
    def reading(self) -> bool:
        """Listen is reading a card aloud now (the idle time stands still meanwhile)."""
        return self._card and self._state is not SpeakerState.IDLE

    @property
    def playing_source(self) -> Path | None:
        """The recording being played (for tests), or None."""
        return self._source if self._state is SpeakerState.PLAYING else None

    # -- sounding: each only writes a line ---------------------------------------------------

    def speak_card(self, view: CardView, content_dir: Path) -> bool:
        """Read the card aloud from the start; False (and silence) if it cannot be."""
        self.stop()
        source = self.card_source(view, content_dir)
        lang = reading_language(view)
        if isinstance(source, Path):
            # Its words go along, for the voice to read if the file will not play.
            words = {"text": spoken_text(view), "lang": lang} if lang in self._voices else {}
            then = self._draft_note_after(view, content_dir)
            self._state, self._source = SpeakerState.PLAYING, source
            self._sound = self._send({"do": p.PLAY, "path": str(source), **words, **then})
            self._card = True
            return True
        if source == TTS:
            self._card = self._speak(spoken_text(view), lang)
            return self._card
        return False

    def say(self, text: str, lang: str) -> bool:
        """A short announcement (a focused button's name); it interrupts whatever sounds."""
        self.stop()
        return self._speak(text, lang) if self.can_speak(lang) and text.strip() else False

    def chime(self) -> None:
        if self.available:
            self._send({"do": p.CHIME})

    def warn(self, text: str, lang: str, recording: Path | None = None) -> None:
        """The idle countdown: the chime, then the question: a reader's `recording` of it
        where there is one (its words by voice if it will not play), else `text` spoken where
        a voice exists."""
        self.stop()
        if self.available:
            words = {"text": text, "lang": lang} if self.can_speak(lang) else {}
            played = {"path": str(recording)} if recording is not None else {}
            self._sound = self._send({"do": p.WARN, **words, **played})

    def set_volume(self, level: float) -> None:
        """The visitor's volume, a gain from 0 to 1 (kiosk.speech.volume): at once for what
        sounds now and all that follows, in this sound process and in any started later."""
        self._level = max(0.0, min(1.0, level))
        if self._up:
            self._send({"do": p.VOLUME, "level": self._level})

    @property
    def volume(self) -> float:
        return self._level

    def play_recording(self, path: Path) -> bool:
        """A short recording (a language's name on the picker); it interrupts whatever sounds."""
        self.stop()
        if not self.available:
            return False
        self._state, self._source = SpeakerState.PLAYING, path
        self._sound = self._send({"do": p.PLAY, "path": str(path)})
        return True

    def stop(self) -> None:
        """Silence, at once: leaving the card, Stop, the kiosk's reset. Written, not waited
        for; its answer (due within `answer_ms`) is how a hung sound process is found."""
        was = self._state
        self._state, self._sound, self._source = SpeakerState.IDLE, None, None
        self._card = False
        if self._up:
            self._send({"do": p.STOP})
        if was is not SpeakerState.IDLE:
            self.stopped.emit()

    def close(self) -> None:
        """The window is closing: the sound process is killed and reaped, and not restarted."""
        self._closed = True
        self._restart.stop()
        self._answer.stop()
        self._up = False
        self.link.close()

    # -- the sound process ----------------------------------------------------------------

    def _speak(self, text: str, lang: str) -> bool:
        self._state = SpeakerState.SPEAKING
        self._sound = self._send({"do": p.SPEAK, "text": text, "lang": lang})
        return True

    def _send(self, message: p.Message) -> int:
        self._seq += 1
        self.link.send({**message, "seq": self._seq})
        if not self._answer.isActive():
            self._answer.start(self._answer_ms)
        return self._seq

    def _start(self) -> None:
        if self._closed:
            return
        self._launched = True
        self.link.start()
        if not self._up:
            self._answer.start(self._hello_ms)

    def _received(self, message: p.Message) -> None:
        event, seq = message.get("ev"), message.get("seq")
        if event == p.HELLO:
            self._hello(message)
        elif event == p.ACK:
            if seq == self._seq:
                self._answer.stop()  # all answered
            else:
                self._answer.start(self._answer_ms)  # it answers, one behind: a new bound
        elif seq is None or seq != self._sound:
            return  # news of a sound already silenced
        elif event == p.STARTED:
            by_voice = message.get("by") == p.BY_VOICE
            self._state = SpeakerState.SPEAKING if by_voice else SpeakerState.PLAYING
            self.started.emit()
        elif event in (p.STOPPED, p.FAILED):
            self._state, self._sound, self._source = SpeakerState.IDLE, None, None
            self.stopped.emit()

    def _hello(self, message: p.Message) -> None:
        was_up, self._up = self._up, True
        self._voices = frozenset(str(code) for code in message.get("voices", []))
        self._audio = bool(message.get("audio"))
        self.changed.emit()
        self._backoff = self._restart_ms
        if not was_up:
            self._answer.stop()  # the bound was the hello's: no command is sent before it
            if self._level != 1.0:  # a new process starts at full scale
                self._send({"do": p.VOLUME, "level": self._level})
        problems = [str(why) for why in message.get("problems", [])]
        if problems != self._logged_problems:
            # At the process's start, never at a visitor's card; by count, not by language.
            log.info(
                "sound: engine %r, text-to-speech voices for %d languages",
                message.get("engine", ""),
                len(self._voices),
            )
            for why in problems:
                log.warning("sound: %s", why)
            self._logged_problems = problems

    def _unanswered(self) -> None:
        """No hello or no answer in time: the process hangs (on speech-dispatcher, PulseAudio,
        FFmpeg). Killed; `down` follows, and it is started again."""
        what = "did not answer" if self._up else "did not start"
        log.warning("sound: the sound process %s in time; killed, to be started again", what)
        self._up, self._killed = False, True
        self.changed.emit()
        self.link.kill()

    def _down(self) -> None:
        if not self._killed and not self._closed:
            log.warning("sound: the sound process ended by itself; to be started again")
        self._up, self._killed = False, False
        self._voices = frozenset()
        self.changed.emit()
        self._answer.stop()
        was = self._state
        self._state, self._sound, self._source = SpeakerState.IDLE, None, None
        if was is not SpeakerState.IDLE:
            self.stopped.emit()
        if not self._closed:
            self.restarts += 1
            self._restart.start(self._backoff)
            self._backoff = min(2 * self._backoff, MAX_RESTART_MS)
