"""What only the running kiosk knows, kept in a small JSON file in `state_dir` for `doctor`.

The kiosk on the screen writes it; `doctor` (by hand over SSH, or the health timer) reads it.
It says what is on screen (content or the unavailable screen) and since when, whether the
newest update was refused and since when, the printer's last answer and the last fault.

Written only when something in it changes, never on a tap: nothing a visitor does is in it,
and no time in it moves with a visit ("since" is when the screen's state began). A file
written only on change cannot prove the kiosk alive, so it names the kiosk's process (pid and
the kernel's start time for it, so that a reused pid is not taken for the kiosk) and `doctor`
checks that this process still exists. That works the same under systemd, under a desktop
session or by hand, where `systemctl is-active` would know nothing; a hung kiosk is systemd's
watchdog's to catch (WatchdogSec=), which restarts it and so renews the file.

Written atomically, as the kept copies of the content are (kiosk/trust/state.py): a temporary
file in the same folder, flushed to disk, then renamed over the old one, so a reader never
sees half a file, even after a power cut.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.content.model import Content
from kiosk.trust.state import write_atomically

log = logging.getLogger(__name__)

FILE_NAME = "status.json"


@dataclass(frozen=True)
class KioskStatus:
    pid: int
    started: str  # the process's start time as /proc/PID/stat gives it ("" where there is none)
    version: str
    screen: str = "starting"  # "content", "unavailable", or "starting" until the first is known
    since: float = 0.0  # unix time the screen's state began
    reason: str = ""  # why the unavailable screen is up
    loaded_at: float = 0.0  # unix time the content on screen was accepted
    signed: bool = False  # the content on screen was signed with a trusted key
    cards: int = 0
    oldest_check: str = ""  # the oldest card's last_checked (ISO date) in the content on screen
    refused: str = ""  # why the newest update was refused; "" when it was not
    refused_since: float = 0.0  # unix time the refusals began
    printer_ready: bool | None = None  # None until the kiosk has asked
    printer: str = ""
    last_fault: str = ""
    closed: bool = False  # outside open_hours: the screen is dark on purpose

    @classmethod
    def from_json(cls, text: str) -> KioskStatus:
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def process_start(pid: int) -> str:
    """The start time of process `pid` in clock ticks since boot ("" if it does not exist or
    this system has no /proc): with the pid, it names one process for good."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # The command name (field 2) may hold spaces and parentheses: count from the last ")".
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else ""


def is_running(status: KioskStatus) -> bool | None:
    """Is the kiosk that wrote `status` still running? None: this system cannot tell (no /proc)."""
    if not Path("/proc/self/stat").exists():
        return None
    return bool(status.started) and process_start(status.pid) == status.started


def read_status(path: Path) -> KioskStatus | str:
    """The status the kiosk last wrote, or why there is none."""
    try:
        return KioskStatus.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"{path} does not exist (the kiosk has not run with this state_dir)"
    except OSError as err:
        return f"cannot read {path}: {err.strerror or err}"
    except (ValueError, TypeError) as err:
        return f"{path} is not the kiosk's status file ({err})"


def local_minute(text: str) -> float:
    """ "2026-11-30 14:05" (local time, as LiveContent and the kept copies say it) as a unix
    time; 0.0 when it is not one."""
    try:
        return time.mktime(time.strptime(text, "%Y-%m-%d %H:%M"))
    except ValueError:
        return 0.0


class StatusFile:
    """The running kiosk's side: tell it what happened; it writes the file when that changes.

    Safe from any thread (faults are logged from worker threads too). A file that cannot be
    written is logged once and the kiosk goes on: it must never stop for its status file."""

    def __init__(
        self, path: Path | None, clock: Callable[[], float] = time.time, pid: int | None = None
    ) -> None:
        self.path = path  # None: kept in memory only (tests, screenshots)
        self._clock = clock
        pid = os.getpid() if pid is None else pid
        self.status = KioskStatus(pid=pid, started=process_start(pid), version=__version__)
        self._lock = threading.Lock()
        self._written: KioskStatus | None = None
        self._failed = False

    def content_shown(self, loaded_at: float, signed: bool, content: Content) -> None:
        """`content`, accepted at `loaded_at` (unix time), is what visitors now see."""
        oldest = min((card.last_checked for card in content.cards.values()), default="")
        self._change(
            self._screen("content"),
            reason="",
            loaded_at=loaded_at,
            signed=signed,
            cards=len(content.cards),
            oldest_check=oldest,
        )

    def unavailable(self, reason: str) -> None:
        """The "temporarily unavailable" screen is up, because of `reason`."""
        self._change(self._screen("unavailable"), reason=reason)

    def update_refused(self, reason: str | None) -> None:
        """The newest update was refused because of `reason`; None: it was not (or was taken)."""
        if not reason:
            self._change({}, refused="", refused_since=0.0)
        elif not self.status.refused:
            self._change({}, refused=reason, refused_since=self._clock())
        else:  # refused again: the reason may change, the refusals began when they began
            self._change({}, refused=reason)

    def printer(self, text: str, ready: bool) -> None:
        self._change({}, printer=text, printer_ready=ready)

    def opening_hours(self, closed: bool) -> None:
        """The kiosk opened or closed by its schedule (never a visitor's wake-up touch)."""
        self._change({}, closed=closed)

    def fault(self, line: str) -> None:
        self._change({}, last_fault=line)

    def _screen(self, screen: str) -> dict[str, Any]:
        if screen == self.status.screen:
            return {}
        return {"screen": screen, "since": self._clock()}

    def _change(self, screen: dict[str, Any], **changes: Any) -> None:
        failed: OSError | None = None
        with self._lock:
            self.status = dataclasses.replace(self.status, **screen, **changes)
            if self.path is None or self.status == self._written:
                return
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                write_atomically(self.path, json.dumps(dataclasses.asdict(self.status), indent=1) + "\n")
                self._written = self.status
            except OSError as err:
                if not self._failed:
                    failed = err
                self._failed = True
        if failed is not None:
            # Outside the lock: this warning is a fault, and comes back here through fault().
            log.warning("cannot write the status file %s: %s", self.path, failed.strerror or failed)
