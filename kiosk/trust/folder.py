"""A whole folder, checked against its signed SHA256SUMS (or signed: `content sign`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.trust.limits import limit_problems
from kiosk.trust.sha256sums import (
    MAX_SUMS_BYTES,
    SIGNATURE,
    SUMS,
    SumsError,
    differences,
    digests,
    format_sums,
    is_hidden,
    parse,
    sizes_of,
)

if TYPE_CHECKING:  # PyCA cryptography is loaded only by a kiosk that has trusted keys
    from kiosk.trust.minisign import PublicKey, SecretKey


@dataclass(frozen=True)
class Verdict:
    folder: Path
    problems: list[str] = field(default_factory=list)  # one line each, naming the file
    found: dict[str, str] = field(default_factory=dict)  # relative path -> SHA-256 of what is there
    timestamp: int | None = None  # the signature's, when signed
    key_id: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


def parse_keys(lines: list[str]) -> list[PublicKey]:
    if not lines:
        return []
    from kiosk.trust.minisign import PublicKey

    return [PublicKey.parse(line) for line in lines]


def check_folder(folder: Path, keys: list[PublicKey], what: str = "") -> Verdict:
    """What is in the folder, and (with keys) every reason not to trust it.

    Sizes and names come first, from the file system alone: a folder over the limits
    (kiosk/trust/limits.py), or (with keys) whose names differ from its verified SHA256SUMS,
    is refused before a byte of its files is read. Hidden names (.DS_Store) are never read."""
    if not folder.is_dir():
        return Verdict(folder, [f"{folder}: {what + ' ' if what else ''}folder not found"])
    try:
        sizes = sizes_of(folder)
    except OSError as err:
        return Verdict(folder, [f"{folder}: cannot be read ({err})"])
    too_big = limit_problems(folder, sizes)
    if too_big:
        return Verdict(folder, too_big)
    if not keys:
        return _hashed(folder, list(sizes), what, Verdict(folder))
    from kiosk.trust.minisign import MinisignError, verify

    problems: list[str] = []
    signed: tuple[int | None, str] = (None, "")
    sums_path, sig_path = folder / SUMS, folder / SIGNATURE
    try:
        # The same bytes are verified and parsed: nothing can change in between.
        raw = _read(sums_path)
        listed = parse(raw.decode("utf-8"), str(sums_path))
    except FileNotFoundError:
        problems.append(f"{sums_path}: missing: the folder is not signed (see `main.py content sign`)")
        listed, raw = {}, b""
    except (OSError, UnicodeDecodeError, SumsError) as err:
        problems.append(str(err) if isinstance(err, SumsError) else f"{sums_path}:1: cannot be read ({err})")
        listed, raw = {}, b""
    if raw:
        try:
            verified = verify(raw, _read(sig_path).decode("utf-8", "replace"), keys)
            signed = (verified.timestamp, verified.id_text)
        except FileNotFoundError:
            problems.append(f"{sig_path}: missing: {SUMS} is not signed")
        except OSError as err:
            problems.append(f"{sig_path}: cannot be read ({err})")
        except MinisignError as err:
            problems.append(f"{sig_path}: {err}")
    listed = {name: digest for name, digest in listed.items() if not is_hidden(name)}
    if not (listed or raw):
        return Verdict(folder, problems, {}, *signed)
    # Files missing or added are named without reading any; only a verified list's files are hashed.
    both = [name for name in sizes if name in listed]
    found = {name: "" for name in sizes}
    if not problems:
        hashed = _hashed(folder, both, what, Verdict(folder))
        if not hashed.ok:
            return hashed
        found.update(hashed.found)
    else:
        found.update({name: listed[name] for name in both})  # not read: the signature decides
    problems += differences(folder, listed, found)
    return Verdict(folder, problems, found, *signed)


def _hashed(folder: Path, names: list[str], what: str, verdict: Verdict) -> Verdict:
    try:
        return Verdict(folder, verdict.problems, digests(folder, what, names))
    except OSError as err:
        return Verdict(folder, [f"{folder}: cannot be read ({err})"])


def _read(path: Path) -> bytes:
    if path.stat().st_size > MAX_SUMS_BYTES:
        raise SumsError(f"{path}:1: too large")
    return path.read_bytes()


def sign_folder(folder: Path, key: SecretKey, now: float | None = None) -> int:
    """Write SHA256SUMS of every file and its minisign signature; the number of files listed."""
    listed = digests(folder)
    text = format_sums(listed).encode("utf-8")
    (folder / SUMS).write_bytes(text)
    (folder / SIGNATURE).write_text(key.sign(text, SUMS, now), encoding="utf-8")
    return len(listed)
