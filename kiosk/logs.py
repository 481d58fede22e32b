"""Where the kiosk writes what went wrong: standard error (the journal, under systemd) and a
rotating file in `log_dir`. Nothing about a visitor is ever logged: no taps, no cards, no times
of a visit; only faults (a printer that failed, a catalog that could not be read)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from collections import deque
from collections.abc import Callable
from pathlib import Path

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


class RecentFaults(logging.Handler):
    """The last warnings and errors, kept in memory for the admin screen (faults only)."""

    def __init__(self, size: int = 20) -> None:
        super().__init__(logging.WARNING)
        self.lines: deque[str] = deque(maxlen=size)
        self.listener: Callable[[str], None] | None = None  # the running kiosk's status file
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s", "%Y-%m-%d %H:%M"))

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
    stderr.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(stderr)
    problem = writable(folder)
    if problem:
        # The kiosk still runs: its faults go to standard error (the journal) alone.
        logging.getLogger(__name__).warning("no log file: cannot write in %s", problem)
        return
    rotating = logging.handlers.RotatingFileHandler(
        folder / FILE_NAME, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    rotating.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(rotating)
