"""Where the studio's takes come from and how they are heard: each a child process the window
starts and stops and never waits for (QProcess; its output arrives as signals).

- `Microphone`: FFmpeg recording the default input (PulseAudio) to a WAV file, printing its
  peak level ten times a second for the meter; stopped with SIGTERM, on which FFmpeg finishes
  the file. A child that outlives `STOP_MS` after that is killed.
- `FileTakes` (`--from DIR`): the take is the WAV file already there; nothing is recorded.
- `Playback`: ffplay, without a window, playing a take once.

Qt's own multimedia is not used here: it must never load in the test process (issue 20), and
the studio needs nothing FFmpeg cannot do from a child.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

STOP_MS = 5000  # FFmpeg writes a WAV's header and ends within this after SIGTERM
LEVEL_EVERY = 4800  # samples between two meter readings (0.1 s at 48 kHz)
LEVEL = re.compile(r"Peak_level=(-?[\d.]+|-inf)")


def microphone_command(out: Path) -> list[str]:
    """FFmpeg recording the default PulseAudio input to `out`, its peak level (dBFS) on stdout."""
    meter = (
        f"asetnsamples=n={LEVEL_EVERY},astats=metadata=1:reset=1,"
        "ametadata=mode=print:key=lavfi.astats.Overall.Peak_level:file=/dev/stdout"
    )
    return [
        shutil.which("ffmpeg") or "ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error",
        "-f", "pulse", "-i", "default", "-ac", "1", "-ar", "48000", "-af", meter, "-y", str(out),
    ]  # fmt: skip


def playback_command(path: Path) -> list[str]:
    return [shutil.which("ffplay") or "ffplay", "-nodisp", "-autoexit", "-loglevel", "error", str(path)]


class Microphone(QObject):
    """Records one take at a time in a child process."""

    level = Signal(float)  # the last tenth of a second's peak, dBFS
    finished = Signal(object)  # the take's Path, or None when nothing usable was recorded
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.make_command = microphone_command  # tests put a stand-in recorder here
        self._process: QProcess | None = None
        self._out: Path | None = None
        self._kill = QTimer(self, singleShot=True)
        self._kill.timeout.connect(self._killed)

    @property
    def recording(self) -> bool:
        return self._process is not None

    def start(self, out: Path) -> None:
        self.stop_now()
        out.parent.mkdir(parents=True, exist_ok=True)
        out.unlink(missing_ok=True)
        program, *args = self.make_command(out)
        process = QProcess(self)
        process.setProgram(program)
        process.setArguments(args)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._error)
        self._process, self._out = process, out
        process.start()

    def stop(self) -> None:
        """Ask the child to finish the file; `finished` follows (or the child is killed)."""
        if self._process is not None:
            self._process.terminate()
            self._kill.start(STOP_MS)

    def stop_now(self) -> None:
        process, self._process = self._process, None
        self._kill.stop()
        if process is not None:
            process.finished.disconnect(self._ended)
            process.kill()
            process.waitForFinished(0)  # reaped by Qt later; the GUI thread does not wait
            process.deleteLater()

    def _read(self) -> None:
        if self._process is None:
            return
        text = bytes(self._process.readAllStandardOutput().data()).decode("utf-8", "replace")
        for found in LEVEL.findall(text):
            self.level.emit(-120.0 if found == "-inf" else float(found))

    def _ended(self) -> None:
        process, out = self._process, self._out
        self._process = None
        self._kill.stop()
        if process is not None:
            process.deleteLater()
        usable = out is not None and out.is_file() and out.stat().st_size > 44
        self.finished.emit(out if usable else None)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._process = None
            self.failed.emit("the recorder could not be started (is ffmpeg installed?)")

    def _killed(self) -> None:
        if self._process is not None:
            self._process.kill()


class Playback(QObject):
    """Plays one file at a time in a child process."""

    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.make_command = playback_command
        self._process: QProcess | None = None

    @property
    def playing(self) -> bool:
        return self._process is not None

    def play(self, path: Path) -> None:
        self.stop()
        program, *args = self.make_command(path)
        process = QProcess(self)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(lambda _error: self._ended())
        self._process = process
        process.start(program, args)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.finished.disconnect(self._ended)
            process.kill()
            process.deleteLater()
            self.finished.emit()

    def _ended(self) -> None:
        if self._process is not None:
            self._process.deleteLater()
            self._process = None
            self.finished.emit()
