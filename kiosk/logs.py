"""Where the kiosk writes what went wrong: standard error (the journal, under systemd) and a
rotating file in `log_dir`. Nothing about a visitor is ever logged: no taps, no cards, no
languages, no times of a visit; only faults (a printer that failed, a catalog that could not be
read), found at start and between visits wherever they can be.

An error's traceback is written with its type and the lines of code it passed through, never
its message: an error met during a visit can carry what it was about (`KeyError: 'es'`, a
card's file), and a handler is the one place that catches every such line, whoever logs it."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
FILE_NAME = "kiosk.log"


def writable(folder: Path) -> str | None:
    """None if the kiosk can write its log in `folder`, else why not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as err:
        return f"{folder}: {err.strerror or err}"
    return None


class FaultFormatter(logging.Formatter):
    """Formats a record's traceback as the error's type and its frames, without the message."""

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's API
        kind, _value, tb = ei
        frames = "".join(traceback.format_tb(tb))
        name = getattr(kind, "__qualname__", "Exception")
        return f"Traceback (most recent call last):\n{frames}{name} (its message is not logged)"

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the whole traceback on the record (logging does, in
        # exc_text): format it anew, and leave the record as it was.
        saved = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = saved


class RecentFaults(logging.Handler):
    """The last warnings and errors, kept in memory for the admin screen (faults only)."""

    def __init__(self, size: int = 20) -> None:
        super().__init__(logging.WARNING)
        self.lines: deque[str] = deque(maxlen=size)
        self.listener: Callable[[str], None] | None = None  # the running kiosk's status file
        self.setFormatter(FaultFormatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%d %H:%M"))

    def emit(self, record: logging.LogRecord) -> None:
        # One line each: a traceback belongs in the log file, not on a small screen.
        line = self.format(record).splitlines()[0][:200]
        self.lines.append(line)
        if self.listener is not None:
            self.listener(line)

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text
        record.exc_info, record.exc_text = None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text = saved


RECENT = RecentFaults()


def set_up(folder: Path) -> None:
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    if RECENT not in root.handlers:
        root.addHandler(RECENT)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(FaultFormatter(FORMAT))
    root.addHandler(stderr)
    problem = writable(folder)
    if problem:
        # The kiosk still runs: its faults go to standard error (the journal) alone.
        logging.getLogger(__name__).warning("no log file: cannot write in %s", problem)
        return
    rotating = logging.handlers.RotatingFileHandler(
        folder / FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    rotating.setFormatter(FaultFormatter(FORMAT))
    root.addHandler(rotating)
