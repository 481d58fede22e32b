"""Whether a folder's version may be shown: signed by a trusted key (when keys are set), not
older than the newest already accepted, and copied whole into state_dir before it is read.

Use: `version = gate.open()` (or Refused), read the folder at `version.path` (the copy, so
that what is read is exactly what was checked), then `gate.commit(version)` if it reads well,
else `gate.discard(version)`. `gate.last_good()` is the copy to fall back on at start.
"""

from __future__ import annotations

import atexit
import datetime as dt
import logging
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.trust.folder import check_folder
from kiosk.trust.sha256sums import SIGNATURE
from kiosk.trust.state import ANY_KEY, Accepted, Slot

if TYPE_CHECKING:  # PyCA cryptography: only for a kiosk with trusted keys
    from kiosk.trust.minisign import PublicKey

log = logging.getLogger(__name__)

# A signature dated further ahead of the kiosk's clock than this is refused: once accepted, it
# would make every later signature of its key look older (a signing PC whose clock says 2100).
AHEAD = 24 * 3600
wall_clock: Callable[[], float] = time.time  # the kiosk's clock (tests set it)


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
    key_id: str = ""  # the key that signed it
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


def ahead_problem(folder: Path, timestamp: int | None, now: float) -> str | None:
    """Why a signature dated in the future may not be accepted, if it may not."""
    if timestamp is None or timestamp <= now + AHEAD:
        return None
    return (
        f"{folder / SIGNATURE}: signed {day(timestamp)}, more than a day ahead of this kiosk's "
        f"clock ({day(int(now))}); set the signing computer's clock right (or the kiosk's) and sign again"
    )


def newest_for(newest: dict[str, int], key_id: str) -> int | None:
    """The newest time accepted from this key (or from any key, as a kiosk before issue 20 kept it)."""
    stamps = [newest[k] for k in (key_id, ANY_KEY) if k in newest]
    return max(stamps, default=None)


def trusted_only(newest: dict[str, int], keys: list[PublicKey]) -> dict[str, int]:
    """The times of keys still trusted: removing a key from trusted_keys forgets its time."""
    ids = {key.id_text for key in keys} | {ANY_KEY}
    return {key: stamp for key, stamp in newest.items() if key in ids}


def version_problem(folder: Path, timestamp: int | None, key_id: str, newest: dict[str, int]) -> str | None:
    return ahead_problem(folder, timestamp, wall_clock()) or rollback_problem(
        folder, timestamp, newest_for(newest, key_id)
    )


def refusals(folder: Path, keys: list[PublicKey], slot: Path, what: str = "") -> list[str]:
    """Every reason this kiosk would refuse the folder, read only (for validate and doctor)."""
    verdict = check_folder(folder, keys, what)
    if verdict.ok and keys:
        newest = trusted_only(Slot(slot).newest(), keys)
        problem = version_problem(folder, verdict.timestamp, verdict.key_id, newest)
        return [problem] if problem else []
    return verdict.problems


def private_slot(what: str) -> Slot | None:
    """A folder of this process's own (mode 0700, removed at exit) for the verified copy, when
    state_dir cannot hold it: what was verified is read from there, never from the live folder."""
    try:
        root = Path(tempfile.mkdtemp(prefix=f"kiosk-{what or 'folder'}-"))
    except OSError as err:
        log.warning("cannot make a private folder for the verified copy (%s)", err)
        return None
    atexit.register(shutil.rmtree, root, True)
    return Slot(root)


class Gate:
    def __init__(self, live: Path, slot: Path | None, keys: list[PublicKey], what: str = "") -> None:
        self.live = live
        self.what = what  # "content", "translations": for "content folder not found"
        self.keys = keys
        self.slot: Slot | None = None  # where each accepted version is copied, and read from
        self.kept: Slot | None = None  # state_dir's copy: the last good one, if it cannot take more
        if slot is not None:
            try:
                candidate = Slot(slot)
                candidate.recover()
                candidate.probe()
                self.slot = self.kept = candidate
            except OSError as err:
                if (slot / "current").is_dir():
                    self.kept = Slot(slot)  # read-only, still the last good copy (and its times)
                if keys:  # only verified bytes are shown: they are copied elsewhere first
                    log.warning(
                        "cannot keep the accepted copy in %s (%s); keeping it in a private folder", slot, err
                    )
                else:
                    log.warning(
                        "cannot keep a last good copy in %s (%s); reading %s directly", slot, err, live
                    )
        if self.slot is None and keys:
            self.slot = private_slot(what)
        remembered = self.kept.newest() if self.kept else {}
        self.newest: dict[str, int] = trusted_only(remembered, keys) if keys else remembered
        if keys and self.newest != remembered and self.kept is self.slot and self.slot is not None:
            try:  # a key removed from trusted_keys: its time is forgotten for good
                self.slot.remember(self.newest)
            except OSError as err:
                log.warning("cannot forget a removed key's time in %s (%s)", self.slot.root, err)

    def open(self) -> Version:
        verdict = check_folder(self.live, self.keys, self.what)
        if not verdict.ok:
            raise Refused(verdict.problems)
        if self.keys:
            problem = version_problem(self.live, verdict.timestamp, verdict.key_id, self.newest)
            if problem:
                raise Refused([problem])
            if self.slot is None:  # no private folder either: nothing verified can be kept apart
                raise Refused(
                    [f"{self.live}: no folder to keep a verified copy in (state_dir, or a temporary one)"]
                )
        held = self.slot.accepted() if self.slot is not None else None
        same = held is not None and held.found == verdict.found and held.timestamp == verdict.timestamp
        if held is not None and same:
            # The kiosk's own copy, written whole (state.py): not hashed again, as a note beside
            # it could be rewritten by whoever could alter it.
            return Version(held.path, False, held.timestamp, held.found, held.key_id, held)
        if self.slot is None:
            return Version(self.live, True, verdict.timestamp, verdict.found, verdict.key_id)
        try:
            staged = self.slot.stage(self.live, list(verdict.found))
        except OSError as err:
            self.slot.discard()
            raise Refused([f"{self.live}: cannot be copied to {self.slot.root} ({err})"]) from None
        again = check_folder(staged, self.keys)
        if not again.ok or again.found != verdict.found:
            self.slot.discard()
            raise Refused([f"{self.live}: files changed while being copied; read again at the next change"])
        return Version(staged, True, verdict.timestamp, verdict.found, verdict.key_id)

    def commit(self, version: Version, rules: str = "") -> Accepted | None:
        """Accept the version read from `version.path`; `rules`: what its reader found it valid
        against (kept in the copy's note, see Accepted.rules)."""
        if version.timestamp is not None and version.key_id:
            newest = newest_for(self.newest, version.key_id)
            self.newest[version.key_id] = max(version.timestamp, newest or version.timestamp)
            self.newest.pop(ANY_KEY, None)  # passed its bar: this key's own time now holds it
        if self.slot is None:
            return None
        try:
            if version.fresh:
                return self.slot.commit(
                    version.timestamp,
                    version.found,
                    rules=rules,
                    key_id=version.key_id,
                    newest=dict(self.newest) if self.keys else None,
                )
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
        if held is None and self.kept is not None:
            held = self.kept.accepted()  # a read-only state_dir's copy
        if held is None:
            return None
        verdict = check_folder(held.path, self.keys)
        if not verdict.ok or verdict.found != held.found:
            # Signed by a key no longer trusted, or altered: never to be shown again.
            log.warning("the last good copy is refused too: %s", (verdict.problems or ["files differ"])[0])
            shutil.rmtree(held.path, ignore_errors=True)
            return None
        return held
