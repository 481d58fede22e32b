"""One look at the kiosk for monitoring: doctor's checks (those that mean something outside the
kiosk's session), the running kiosk's status file, and the faults in its log."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path

from kiosk import logs
from kiosk.config import Config
from kiosk.doctor import Check, run_checks
from kiosk.status_file import FILE_NAME, KioskStatus, is_running, read_status

FAULT_LEVELS = ("WARNING", "ERROR", "CRITICAL")
HOUR = 3600


@dataclass(frozen=True)
class Report:
    checks: list[Check]
    status: KioskStatus | None  # None: the kiosk has written none (never ran with this state_dir)
    running: bool
    faults_last_hour: int
    now: float


def gather(cfg: Config, where: str, now: float | None = None) -> Report:
    now = time.time() if now is None else now
    checks = run_checks(cfg, where, session=False)
    found = read_status(cfg.resolve(cfg.state_dir) / FILE_NAME)
    status = None if isinstance(found, str) else found
    # Where this system cannot tell (no /proc), the file is taken at its word, as doctor does.
    running = status is not None and is_running(status) is not False
    return Report(checks, status, running, faults_since(cfg.resolve(cfg.log_dir), now - HOUR), now)


def faults_since(folder: Path, since: float) -> int:
    """Warnings and errors that the kiosk logged (logs.FORMAT) at or after `since`, counted in
    its log file and the one rotated before it. A traceback's lines are one fault's."""
    count = 0
    for name in (logs.FILE_NAME, f"{logs.FILE_NAME}.1"):
        path = folder / name
        try:
            if path.stat().st_mtime < since:
                continue  # nothing in it is recent
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for line in text.splitlines():
            # "2026-12-01 23:57:21,123 WARNING kiosk.content.live: ..."
            parts = line.split(" ", 3)
            if len(parts) < 3 or parts[2] not in FAULT_LEVELS:
                continue
            try:
                when = dt.datetime.strptime(f"{parts[0]} {parts[1]}", "%Y-%m-%d %H:%M:%S,%f")
            except ValueError:
                continue
            if when.timestamp() >= since:
                count += 1
    return count
