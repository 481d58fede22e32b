"""The kiosk's own copy of the last accepted version of a folder, in state_dir.

A slot (state_dir/content, state_dir/translations) holds `current/`, the copy in use. A new
version is copied into `.incoming/` (each file fsynced), noted, then swapped in with renames:
a power cut at any point leaves either the old copy or the new one whole, never a mixture.
The newest signature timestamp ever accepted is kept beside it, so that no restart lets an
older signed version back in.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.trust.sha256sums import ACCEPTED_NOTE, SIGNATURE, SUMS

NEWEST = "newest-signature"


@dataclass(frozen=True)
class Accepted:
    path: Path  # the copy, to read from
    accepted_at: str  # local time, "2026-11-30 14:05"
    timestamp: int | None  # the signature's, if it was signed
    found: dict[str, str]  # relative path -> SHA-256, as accepted
    rules: str = ""  # what its reader found it valid against (kiosk.content.accepted), if it says


def fsync_folder(path: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder to flush it; NTFS journals renames
        return
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def copy_file(source: Path, target: Path) -> None:
    with source.open("rb") as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst, 1 << 20)
        dst.flush()
        os.fsync(dst.fileno())


def write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    fsync_folder(path.parent)


def _write_note(folder: Path, held: Accepted) -> None:
    note = dataclasses.asdict(held)
    del note["path"]
    write_atomically(folder / ACCEPTED_NOTE, json.dumps(note, indent=1, sort_keys=True))


class Slot:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.current = root / "current"
        self.previous = root / "previous"
        self.incoming = root / ".incoming"

    def recover(self) -> None:
        """Make the slot whole after a power cut: the copy the last swap left, nothing half made."""
        self.root.mkdir(parents=True, exist_ok=True)
        if not self.current.is_dir() and self.previous.is_dir():
            os.replace(self.previous, self.current)  # cut between the two renames of commit()
        shutil.rmtree(self.incoming, ignore_errors=True)
        shutil.rmtree(self.previous, ignore_errors=True)

    def accepted(self) -> Accepted | None:
        try:
            note = json.loads((self.current / ACCEPTED_NOTE).read_text(encoding="utf-8"))
            found, rules = dict(note["found"]), str(note.get("rules", ""))
            return Accepted(self.current, str(note["accepted_at"]), note["timestamp"], found, rules)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def newest(self) -> int | None:
        """The newest signature timestamp this kiosk ever accepted."""
        stamps = []
        with contextlib.suppress(OSError, ValueError):
            stamps.append(int((self.root / NEWEST).read_text(encoding="ascii").strip()))
        held = self.accepted()
        if held and isinstance(held.timestamp, int):
            stamps.append(held.timestamp)
        return max(stamps, default=None)

    def stage(self, source: Path, names: list[str]) -> Path:
        """Copy the files into `.incoming/` (with the list and its signature), each on disk."""
        shutil.rmtree(self.incoming, ignore_errors=True)
        self.incoming.mkdir(parents=True)
        extra = [name for name in (SUMS, SIGNATURE) if (source / name).is_file()]
        made: set[Path] = {self.incoming}
        for name in [*names, *extra]:
            target = self.incoming / name
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            copy_file(source / name, target)
        for folder in sorted(made, key=lambda p: len(p.parts), reverse=True):
            fsync_folder(folder)
        return self.incoming

    def commit(
        self, timestamp: int | None, found: dict[str, str], now: dt.datetime | None = None, rules: str = ""
    ) -> Accepted:
        """The staged copy becomes the current one."""
        accepted_at = (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
        _write_note(self.incoming, Accepted(self.incoming, accepted_at, timestamp, found, rules))
        shutil.rmtree(self.previous, ignore_errors=True)
        if self.current.exists():
            os.replace(self.current, self.previous)
        os.replace(self.incoming, self.current)
        fsync_folder(self.root)
        shutil.rmtree(self.previous, ignore_errors=True)
        newest = self.newest()
        if timestamp is not None and (newest is None or timestamp >= newest):
            write_atomically(self.root / NEWEST, f"{timestamp}\n")
        return Accepted(self.current, accepted_at, timestamp, found, rules)

    def found_valid(self, held: Accepted, rules: str) -> None:
        """The copy in use was validated again, against new rules: say so in its note."""
        _write_note(self.current, dataclasses.replace(held, rules=rules))

    def discard(self) -> None:
        shutil.rmtree(self.incoming, ignore_errors=True)
