"""The SHA256SUMS list, in the format `sha256sum` writes and `sha256sum -c` reads, and a
folder checked against it: every file listed, nothing changed, nothing added."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from kiosk.bounded_read import Refused, open_regular
from kiosk.trust.limits import MAX_FILE_BYTES

SUMS = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.minisig"
# What the kiosk notes in its own copy of a folder (kiosk/trust/state.py), beside the files.
ACCEPTED_NOTE = ".kiosk-accepted.json"
# Files of the folder that the list cannot list: itself, its signature, the kiosk's note.
NOT_LISTED = frozenset({SUMS, SIGNATURE, ACCEPTED_NOTE})
MAX_SUMS_BYTES = 4 * 1024 * 1024  # a list of ~40,000 files; anything larger is not ours

# `<64 hex>  <path>` (text mode) or `<64 hex> *<path>` (binary mode); sha256sum writes either.
_LINE = re.compile(r"^([0-9a-fA-F]{64}) [ *](.+)$")


class SumsError(Exception):
    """A SHA256SUMS that cannot be read: `file:line: reason`."""


def is_hidden(relative: str) -> bool:
    """A name the kiosk never reads (.DS_Store, .cache.bin, .git/...): not hashed, not copied,
    not required even when SHA256SUMS lists it."""
    return any(part.startswith(".") for part in relative.split("/"))


def parse(text: str, where: str = SUMS) -> dict[str, str]:
    """Relative path -> lowercase hex digest."""
    listed: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _LINE.match(line)
        if not match:
            raise SumsError(f"{where}:{number}: not a `sha256sum` line (<64 hex digits>, two spaces, a path)")
        digest, name = match.group(1).lower(), match.group(2).removeprefix("./")
        parts = name.split("/")
        if name.startswith("/") or ".." in parts or "\\" in name:
            raise SumsError(f"{where}:{number}: {name}: a path must stay inside the folder")
        if name in listed:
            raise SumsError(f"{where}:{number}: {name} is listed twice")
        listed[name] = digest
    return listed


def format_sums(listed: dict[str, str]) -> str:
    return "".join(f"{digest}  {name}\n" for name, digest in sorted(listed.items()))


def file_digest(path: Path, inside: Path | None = None, what: str = "") -> str:
    digest = hashlib.sha256()
    try:  # never a pipe (open would block), a device (/dev/zero never ends), a link out or a loop
        handle = os.fdopen(open_regular(path, inside, what or "signed"), "rb")
    except Refused as err:
        raise OSError(f"{path}:1: {err.reason}") from None
    with handle:
        read = 0
        for block in iter(lambda: handle.read(1 << 20), b""):
            read += len(block)
            if read > MAX_FILE_BYTES:  # grown since its size was checked (kiosk/trust/limits.py)
                raise OSError(f"{path}:1: grew past {MAX_FILE_BYTES} bytes while being read")
            digest.update(block)
    return digest.hexdigest()


def sizes_of(folder: Path) -> dict[str, int]:
    """Every file under the folder that the kiosk may read (relative, with /) and its size as
    the file system says, without reading a byte: not the list, its signature or hidden names.
    OSError when the folder cannot be listed."""
    found: dict[str, int] = {}

    def fail(err: OSError) -> None:
        raise err

    for root, dirs, names in os.walk(folder, onerror=fail):  # symlinked folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        base = Path(root).relative_to(folder)
        for name in names:
            relative = (base / name).as_posix()
            if relative not in NOT_LISTED and not name.startswith("."):
                found[relative] = _size(os.path.join(root, name))
    return dict(sorted(found.items()))


def _size(path: str) -> int:
    """What reading the file would read (a link: what it leads to; opening refuses a bad one)."""
    try:
        return os.stat(path).st_size
    except OSError:
        return os.lstat(path).st_size


def files_of(folder: Path) -> list[str]:
    """Every file under the folder that the kiosk may read (relative, with /)."""
    return list(sizes_of(folder))


def digests(folder: Path, what: str = "", names: list[str] | None = None) -> dict[str, str]:
    chosen = files_of(folder) if names is None else names
    return {name: file_digest(folder / name, folder, what) for name in chosen}


def differences(folder: Path, listed: dict[str, str], found: dict[str, str]) -> list[str]:
    """One line per file that differs from the list, naming it."""
    problems = []
    for name in sorted(listed.keys() | found.keys()):
        path = folder / name
        if name not in found:
            problems.append(f"{path}: listed in {SUMS} but missing")
        elif name not in listed:
            problems.append(f"{path}: not listed in {SUMS} (a file added after signing)")
        elif listed[name] != found[name]:
            problems.append(f"{path}: changed since it was signed (its SHA-256 differs from {SUMS})")
    return problems
