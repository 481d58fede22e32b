"""The line between the window and whatever makes its sound (kiosk/speech/sound_protocol.py).

`SoundLink` is the one protocol; `ChildLink` is the real one, a child process the window can
kill; tests stand in for it in plain Python (tests/helpers/sound_stand_in.py).
Nothing here ever waits: a write is buffered by Qt, and a dead or killed child is reported
by a signal.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from kiosk import PROJECT_ROOT
from kiosk.speech import sound_protocol as p
from kiosk.speech.voices import ZhHantVoice


class SoundLink(QObject):
    """Where commands go and events come from."""

    received = Signal(dict)  # an event (sound_protocol)
    down = Signal()  # whatever made the sound is gone: nothing more will come

    def start(self) -> None:
        """Start it (again, after `down`); its `hello` follows."""
        raise NotImplementedError

    def send(self, message: p.Message) -> None:
        raise NotImplementedError

    def kill(self) -> None:
        """End it now, whatever it is doing; `down` follows."""
        raise NotImplementedError

    def close(self) -> None:
        """The window is closing: end it for good, and `down` is not said."""

    @property
    def pid(self) -> int | None:
        return None


class NoSound(SoundLink):
    """Nothing at the other end: never says hello, so nothing is offered (screenshots, checks)."""

    def start(self) -> None:
        pass

    def send(self, message: p.Message) -> None:
        pass

    def kill(self) -> None:
        pass


class ChildLink(SoundLink):
    """The sound process (kiosk/ui/audio/sound_child.py) over its stdin and stdout."""

    def __init__(
        self,
        engine: str = "",
        parent: QObject | None = None,
        *,
        zh_hant: ZhHantVoice = "mandarin",
        need_audio_output: bool = True,
        env: dict[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._args = ["-m", "kiosk.ui.audio.sound_child", "--engine", engine, "--zh-hant", zh_hant]
        if not need_audio_output:
            self._args.append("--any-output")
        self._env = env
        self._process: QProcess | None = None
        self._buffer = b""

    @property
    def pid(self) -> int | None:
        if self._process is None or self._process.state() == QProcess.ProcessState.NotRunning:
            return None
        return int(self._process.processId())

    def start(self) -> None:
        if self._process is not None:
            return
        process = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        for name, value in (self._env or {}).items():
            environment.insert(name, value)
        # The package as the window runs it, even from a checkout that is not installed.
        path = [str(PROJECT_ROOT), *filter(None, [environment.value("PYTHONPATH")])]
        environment.insert("PYTHONPATH", os.pathsep.join(path))
        process.setProcessEnvironment(environment)
        # Its stderr is FFmpeg's and speech-dispatcher's noise, with the names of the files
        # played: discarded, never logged (the child discards its own as well).
        process.setStandardErrorFile(QProcess.nullDevice())
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process, self._buffer = process, b""
        process.start(sys.executable, self._args)

    def send(self, message: p.Message) -> None:
        if self._process is not None and self._process.state() == QProcess.ProcessState.Running:
            self._process.write(p.encode(message))  # buffered by Qt: never blocks, even on a stopped child

    def kill(self) -> None:
        if self._process is not None:
            self._process.kill()  # SIGKILL: ends a stopped or hung child too; `finished` reaps it

    def _read(self) -> None:
        if self._process is None:
            return
        self._buffer += bytes(self._process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            message = p.decode(line)
            if message is not None:
                self.received.emit(message)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._gone()

    def _finished(self, *_args: object) -> None:
        self._gone()

    def _gone(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()  # already reaped by Qt: no zombie is left
            self.down.emit()

    def close(self) -> None:
        """At the window's end: the child killed and reaped before the window goes."""
        process = self._process
        if process is not None:
            process.finished.disconnect(self._finished)
            process.kill()
            process.waitForFinished(2000)  # SIGKILL: at once; bounded all the same
            self._process = None
            process.deleteLater()
