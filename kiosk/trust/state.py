"""The kiosk's own copy of the last accepted version of a folder, in state_dir.

A slot (state_dir/content, state_dir/translations) holds `current/`, the copy in use. A new
version is copied into `.incoming/` (each file fsynced), noted, then swapped in with renames:
a power cut at any point leaves either the old copy or the new one whole, never a mixture.
The newest signature timestamp ever accepted from each key is kept beside it, so that no
restart lets an older signed version back in; it is kept per key so that removing a key from
trusted_keys forgets it (a key that signed with a clock in the future, or leaked, cannot block
the key that replaces it).
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from kiosk.trust.sha256sums import ACCEPTED_NOTE, SIGNATURE, SUMS

NEWEST = "newest-signature"  # before issue 20: one time, for whichever key had signed
NEWEST_BY_KEY = "newest-signatures.json"  # {key id: unix seconds}
ANY_KEY = "*"  # the old file's time, when no copy tells which key signed it


@dataclass(frozen=True)
class Accepted:
    path: Path  # the copy, to read from
    accepted_at: str  # local time, "2026-11-30 14:05"
    timestamp: int | None  # the signature's, if it was signed
    found: dict[str, str]  # relative path -> SHA-256, as accepted
    rules: str = ""  # what its reader found it valid against (kiosk.content.accepted), if it says
    key_id: str = ""  # the key that signed it, as minisign prints it


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
            key_id = str(note.get("key_id", "")) or _signer(self.current)
            return Accepted(self.current, str(note["accepted_at"]), note["timestamp"], found, rules, key_id)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def probe(self) -> None:
        """OSError unless a copy can be made here (a read-only folder raises only on writing)."""
        os.mkdir(self.incoming)
        os.rmdir(self.incoming)

    def newest(self) -> dict[str, int]:
        """The newest signature timestamp this kiosk ever accepted, per key id (ANY_KEY: from
        a kiosk older than the per-key memory, when no kept copy names its key)."""
        stamps: dict[str, int] = {}
        with contextlib.suppress(OSError, ValueError, TypeError, AttributeError):
            kept = json.loads((self.root / NEWEST_BY_KEY).read_text(encoding="utf-8"))
            stamps = {str(key): int(stamp) for key, stamp in kept.items()}
        held = self.accepted()
        signer = held.key_id if held else ""
        with contextlib.suppress(OSError, ValueError):
            old = int((self.root / NEWEST).read_text(encoding="ascii").strip())
            _at_least(stamps, signer or ANY_KEY, old)
        if held and isinstance(held.timestamp, int) and signer:
            _at_least(stamps, signer, held.timestamp)
        return stamps

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
        self,
        timestamp: int | None,
        found: dict[str, str],
        now: dt.datetime | None = None,
        rules: str = "",
        key_id: str = "",
        newest: dict[str, int] | None = None,
    ) -> Accepted:
        """The staged copy becomes the current one; `newest`: the times to remember, per key."""
        accepted_at = (now or dt.datetime.now()).strftime("%Y-%m-%d %H:%M")
        _write_note(self.incoming, Accepted(self.incoming, accepted_at, timestamp, found, rules, key_id))
        shutil.rmtree(self.previous, ignore_errors=True)
        if self.current.exists():
            os.replace(self.current, self.previous)
        os.replace(self.incoming, self.current)
        fsync_folder(self.root)
        shutil.rmtree(self.previous, ignore_errors=True)
        if newest is not None:
            self.remember(newest)
        return Accepted(self.current, accepted_at, timestamp, found, rules, key_id)

    def remember(self, newest: dict[str, int]) -> None:
        """Keep these times (and no others: a key removed from trusted_keys is forgotten)."""
        write_atomically(self.root / NEWEST_BY_KEY, json.dumps(newest, indent=1, sort_keys=True))
        with contextlib.suppress(FileNotFoundError):
            (self.root / NEWEST).unlink()

    def found_valid(self, held: Accepted, rules: str) -> None:
        """The copy in use was validated again, against new rules: say so in its note."""
        _write_note(self.current, dataclasses.replace(held, rules=rules))

    def discard(self) -> None:
        shutil.rmtree(self.incoming, ignore_errors=True)


def _at_least(stamps: dict[str, int], key: str, stamp: int) -> None:
    stamps[key] = max(stamps.get(key, stamp), stamp)


def _signer(folder: Path) -> str:
    """The key id in a kept copy's signature (kept by a kiosk older than the note's key_id)."""
    try:
        line = (folder / SIGNATURE).read_text(encoding="utf-8").splitlines()[1]
        raw = base64.b64decode(line.strip(), validate=True)
    except (OSError, IndexError, ValueError, UnicodeDecodeError):
        return ""
    # As minisign prints it (kiosk.trust.minisign.key_id_text, not imported: no cryptography here).
    return f"{int.from_bytes(raw[2:10], 'little'):016X}" if len(raw) == 74 else ""
