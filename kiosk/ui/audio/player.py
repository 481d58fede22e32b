"""Recordings and the chime, through Qt's media player and sound effect.

It lives in the sound process (kiosk/ui/audio/sound_child.py), never in the window: Qt's
FFmpeg player can block its caller (on stop(), while it opens its output) and deadlock with
Python's lock. QtMultimedia is imported on first need. Faults never raise and are not logged
(which recording failed is a visit's trace): `failed` tells the speaker, and `problem` keeps
why recordings cannot play at all.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal

from kiosk import PROJECT_ROOT

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer, QSoundEffect

CHIME = PROJECT_ROOT / "assets" / "sounds" / "chime.wav"


def length_ms(path: Path) -> int:
    """How long a WAV file sounds; 0 for one that cannot be read."""
    try:
        with wave.open(str(path), "rb") as w:
            return round(1000 * w.getnframes() / w.getframerate())
    except (OSError, wave.Error, ZeroDivisionError):
        return 0


class Player(QObject):
    """Plays one recording at a time. Its signals concern what `play` started; `stop` is silent."""

    started = Signal()  # the recording began to sound
    stopped = Signal()  # it came to its end by itself
    failed = Signal(str)  # it will not play

    def __init__(self, parent: QObject | None = None, *, chime_path: Path = CHIME) -> None:
        super().__init__(parent)
        self.chime_path = chime_path
        self._media: QMediaPlayer | None = None
        self._effect: QSoundEffect | None = None
        self._playing = False  # between play() and its end: player news outside it is stale
        self.problem: str | None = None  # why nothing can play (QtMultimedia missing)
        self._volume = 1.0

    @property
    def chime_ms(self) -> int:
        return length_ms(self.chime_path)

    @property
    def source(self) -> Path | None:
        """The recording being played, or None."""
        if self._media is None or not self._playing:
            return None
        return Path(self._media.source().toLocalFile())

    def play(self, path: Path) -> bool:
        """Start playing `path`; False when recordings cannot play at all (see `problem`)."""
        try:
            media = self._media_player()
        except ImportError as err:
            self.problem = f"recordings cannot play: QtMultimedia cannot be loaded ({err})"
            return False
        # Emptied first: given the same file again, Qt keeps what it found the last time and
        # reports nothing, so a file that failed once would never start nor fail again.
        media.setSource(QUrl())
        self._playing = True
        media.setSource(QUrl.fromLocalFile(str(path)))
        media.play()
        return True

    def chime(self) -> None:
        effect = self._sound_effect()
        if effect is not None:
            effect.play()

    def stop(self) -> None:
        """The recording and the chime, silent at once."""
        was_playing, self._playing = self._playing, False
        # Only a player that is playing is told to stop: Qt's FFmpeg player can block the
        # caller on stop() while it is still opening its output (seen with no sound server).
        if self._media is not None and was_playing:
            from PySide6.QtMultimedia import QMediaPlayer

            if self._media.playbackState() != QMediaPlayer.PlaybackState.StoppedState:
                self._media.stop()
        if self._effect is not None:
            self._effect.stop()

    def _media_player(self) -> QMediaPlayer:
        if self._media is None:
            from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer

            self._media = QMediaPlayer(self)
            output = QAudioOutput(self._media)
            output.setVolume(self._volume)
            self._media.setAudioOutput(output)
            self._media.playbackStateChanged.connect(self._state_changed)
            self._media.errorOccurred.connect(self._error)
        return self._media

    def _state_changed(self, state: QMediaPlayer.PlaybackState) -> None:
        from PySide6.QtMultimedia import QMediaPlayer

        if not self._playing:
            return
        if state == QMediaPlayer.PlaybackState.PlayingState:
            self.started.emit()
        elif state == QMediaPlayer.PlaybackState.StoppedState:
            self._playing = False
            self.stopped.emit()

    def _error(self, error: QMediaPlayer.Error, message: str) -> None:
        if self._playing:
            self._playing = False
            self.failed.emit(message)

    def set_volume(self, level: float) -> None:
        self._volume = level
        if self._media is not None and (output := self._media.audioOutput()) is not None:
            output.setVolume(level)
        if self._effect is not None:
            self._effect.setVolume(level)

    def _sound_effect(self) -> QSoundEffect | None:
        if self._effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError as err:
                self.problem = f"the chime cannot play: QtMultimedia cannot be loaded ({err})"
                return None
            self._effect = QSoundEffect(self)
            self._effect.setVolume(self._volume)
            self._effect.setSource(QUrl.fromLocalFile(str(self.chime_path)))
        return self._effect
