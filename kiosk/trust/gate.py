"""Whether a folder's version may be shown: signed by a trusted key (when keys are set), not
older than the newest already accepted, and copied whole into state_dir before it is read.

Use: `version = gate.open()` (or Refused), read the folder at `version.path` (the copy, so
that what is read is exactly what was checked), then `gate.commit(version)` if it reads well,
else `gate.discard(version)`. `gate.last_good()` is the copy to fall back on at start.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.trust.folder import check_folder
from kiosk.trust.sha256sums import SIGNATURE
from kiosk.trust.state import Accepted, Slot

if TYPE_CHECKING:  # PyCA cryptography: only for a kiosk with trusted keys
    from kiosk.trust.minisign import PublicKey

log = logging.getLogger(__name__)


class Refused(Exception):
    """The folder may not be shown; `problems` has one line each, naming the file."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0])
        self.problems = problems


@dataclass(frozen=True)
class Version:
    path: Path  # where to read it from
    fresh: bool  # not yet accepted: commit() or discard() it
    timestamp: int | None
    found: dict[str, str]
    # Not fresh: the copy accepted before, whose files the live folder's match. Its reader may
    # trust what it found then (kiosk.content.accepted) instead of checking every rule again.
    held: Accepted | None = None


def day(timestamp: int) -> str:
    return dt.datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M:%S")


def rollback_problem(folder: Path, timestamp: int | None, newest: int | None) -> str | None:
    """Why a signed version may not replace the one accepted last, if it may not."""
    sig = folder / SIGNATURE
    if timestamp is None:
        return f"{sig}: its trusted comment has no timestamp:<unix seconds> (sign without -t)"
    if newest is not None and timestamp < newest:
        return (
            f"{sig}: signed {day(timestamp)}, older than the version already accepted "
            f"(signed {day(newest)}); an older version never replaces a newer one"
        )
    return None


def refusals(folder: Path, keys: list[PublicKey], slot: Path, what: str = "") -> list[str]:
    """Every reason this kiosk would refuse the folder, read only (for validate and doctor)."""
    verdict = check_folder(folder, keys, what)
    if verdict.ok and keys:
        problem = rollback_problem(folder, verdict.timestamp, Slot(slot).newest())
        return [problem] if problem else []
    return verdict.problems


class Gate:
    def __init__(self, live: Path, slot: Path | None, keys: list[PublicKey], what: str = "") -> None:
        self.live = live
        self.what = what  # "content", "translations": for "content folder not found"
        self.keys = keys
        self.slot: Slot | None = None
        self.newest: int | None = None
        if slot is not None:
            try:
                candidate = Slot(slot)
                candidate.recover()
                self.slot = candidate
                self.newest = candidate.newest()
            except OSError as err:  # a read-only or missing state_dir: read the live folder
                log.warning("cannot keep a last good copy in %s (%s); reading %s directly", slot, err, live)

    @property
    def in_use(self) -> Path:
        """The folder the screen reads: the kiosk's copy, once there is one."""
        return self.slot.current if self.slot is not None and self.slot.current.is_dir() else self.live

    def open(self) -> Version:
        verdict = check_folder(self.live, self.keys, self.what)
        if not verdict.ok:
            raise Refused(verdict.problems)
        if self.keys:
            self._no_rollback(verdict.timestamp)
        held = self.slot.accepted() if self.slot is not None else None
        same = held is not None and held.found == verdict.found and held.timestamp == verdict.timestamp
        if held is not None and same:
            # The kiosk's own copy, written whole (state.py): not hashed again, as a note beside
            # it could be rewritten by whoever could alter it.
            return Version(held.path, False, held.timestamp, held.found, held)
        if self.slot is None:
            return Version(self.live, True, verdict.timestamp, verdict.found)
        try:
            staged = self.slot.stage(self.live, list(verdict.found))
        except OSError as err:
            self.slot.discard()
            raise Refused([f"{self.live}: cannot be copied to {self.slot.root} ({err})"]) from None
        again = check_folder(staged, self.keys)
        if not again.ok or again.found != verdict.found:
            self.slot.discard()
            raise Refused([f"{self.live}: files changed while being copied; read again at the next change"])
        return Version(staged, True, verdict.timestamp, verdict.found)

    def _no_rollback(self, timestamp: int | None) -> None:
        problem = rollback_problem(self.live, timestamp, self.newest)
        if problem:
            raise Refused([problem])

    def commit(self, version: Version, rules: str = "") -> Accepted | None:
        """Accept the version read from `version.path`; `rules`: what its reader found it valid
        against (kept in the copy's note, see Accepted.rules)."""
        if version.timestamp is not None:
            self.newest = max(version.timestamp, self.newest or 0)
        if self.slot is None:
            return None
        try:
            if version.fresh:
                return self.slot.commit(version.timestamp, version.found, rules=rules)
            if version.held is not None and rules and rules != version.held.rules:
                self.slot.found_valid(version.held, rules)  # checked again, against new rules
        except OSError as err:
            log.warning("cannot keep the accepted copy in %s (%s)", self.slot.root, err)
        return None

    def discard(self, version: Version) -> None:
        if version.fresh and self.slot is not None:
            self.slot.discard()

    def last_good(self) -> Accepted | None:
        """The copy accepted last, if it still passes the checks (a key may have been removed)."""
        held = self.slot.accepted() if self.slot is not None else None
        if held is None:
            return None
        verdict = check_folder(held.path, self.keys)
        if not verdict.ok or verdict.found != held.found:
            # Signed by a key no longer trusted, or altered: never to be shown again.
            log.warning("the last good copy is refused too: %s", (verdict.problems or ["files differ"])[0])
            shutil.rmtree(held.path, ignore_errors=True)
            return None
        return held
