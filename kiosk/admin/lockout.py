"""The PIN pad's count of wrong tries and its lock, kept in state_dir so that a restart (which
a frozen window gives any visitor) does not hand out five fresh tries.

Fail safe, whatever the file: a missing file is a pad with no history; a damaged one is read
as a pad locked from now on (never fewer tries than before, and it is logged); a file that
cannot be written leaves the count in memory, logged once, and `doctor` says so.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from kiosk.trust.state import fsync_folder

log = logging.getLogger(__name__)

FILE_NAME = "pin-lockout.json"


class LockoutStore:
    """Where the count lives: `folder / FILE_NAME`, or memory alone when `folder` is None."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = folder / FILE_NAME if folder is not None else None
        self.problem: str | None = None  # why it is kept in memory only, once known

    def load(self, now: float, lockout: float, max_tries: int) -> tuple[int, float]:
        """(wrong tries in a row, locked until): as saved, or locked from `now` if unreadable."""
        if self.path is None:
            return 0, 0.0
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            wrong, until = int(data["wrong"]), float(data["locked_until"])
            if not (0 <= wrong <= max_tries and until >= 0 and until == until):  # NaN: damaged
                raise ValueError(f"out of range: {data!r}")
        except FileNotFoundError:
            return 0, 0.0
        except (OSError, ValueError, TypeError, KeyError) as err:
            log.warning(
                "%s cannot be read (%s): the PIN pad is locked as after %d wrong PINs",
                self.path,
                err,
                max_tries,
            )
            wrong, until = 0, now + lockout
            self.save(wrong, until)
            return wrong, until
        if wrong >= max_tries:
            # A try counted but never settled (the kiosk died while it hashed the last one).
            return 0, max(until, now + lockout)
        return wrong, until

    def save(self, wrong: int, locked_until: float) -> None:
        if self.path is None:
            return
        text = json.dumps({"wrong": wrong, "locked_until": locked_until}) + "\n"
        temporary = self.path.with_name(f".{FILE_NAME}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("w", encoding="utf-8") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)  # whole or not at all, even on a power cut
            fsync_folder(self.path.parent)
        except OSError as err:
            if self.problem is None:
                self.problem = f"{self.path.parent}: {err.strerror or err}"
                log.warning(
                    "the PIN pad's lockout is kept in memory only (a restart resets it): %s", self.problem
                )
            return
        self.problem = None
