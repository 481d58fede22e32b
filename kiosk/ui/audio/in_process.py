"""The stand-in for the sound process, for tests and offscreen tools: the same server
(kiosk/ui/audio/sound_server.py) and the same messages, in the window's own process.

Commands reach the server, and events the speaker, from the event loop (as lines through a pipe
would), never from inside the call that caused them. It never hangs on its own; tests
that need a hang use the real child and stop it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from kiosk.speech import sound_protocol as p
from kiosk.speech.voices import ZhHantVoice
from kiosk.ui.audio.player import CHIME
from kiosk.ui.audio.sound_link import SoundLink


class InProcessLink(SoundLink):
    def __init__(
        self,
        engine: str = "mock",
        parent: QObject | None = None,
        *,
        zh_hant: ZhHantVoice = "mandarin",
        need_audio_output: bool = False,
        chime_path: Path = CHIME,
    ) -> None:
        super().__init__(parent)
        from kiosk.ui.audio.sound_server import SoundServer

        self.server = SoundServer(
            self._reply,
            engine,
            self,
            zh_hant=zh_hant,
            need_audio_output=need_audio_output,
            chime_path=chime_path,
        )
        self._started = False
        self._starting = False

    def start(self) -> None:
        """The server's hello at once: a test asks what can be heard right after building it."""
        if not self._started:
            self._started = self._starting = True
            self.server.hello()
            self._starting = False

    def send(self, message: p.Message) -> None:
        QTimer.singleShot(0, self, lambda: self.server.handle(message))

    def kill(self) -> None:
        self.server.stop()
        self._started = False
        QTimer.singleShot(0, self, self.down.emit)

    def _reply(self, message: p.Message) -> None:
        if self._starting:
            self.received.emit(message)
        else:
            QTimer.singleShot(0, self, lambda: self.received.emit(message))
