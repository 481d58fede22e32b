"""The staff PIN: kept only as a salted scrypt hash in its own file, checked in constant time,
and locked for a while after too many wrong tries. There is no default PIN: without the file
the admin screen cannot be opened at all."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.admin.lockout import LockoutStore

MIN_DIGITS = 6
MAX_DIGITS = 12
MAX_TRIES = 5
# scrypt at n=2**14 costs ~50 ms: nothing for staff, a wall for someone guessing offline.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"

# What a PIN file may ask of scrypt, declared once: the file is read by the kiosk, so its
# parameters are input, not orders (p=2000 took 87 s a try). A try may cost at most 4 times
# set-pin's own (~200 ms) and 64 MiB of memory; salt and digest long enough to mean something.
BOUNDS: dict[str, tuple[int, int]] = {
    "n": (2**10, 2**17),  # a power of two
    "r": (1, 32),
    "p": (1, 4),
    "salt": (8, 64),  # bytes
    "digest": (16, 64),  # bytes
}
MAX_WORK = 4 * _N * _R * _P  # n * r * p: time and (n * r) memory both grow with it
_MAXMEM = 128 * MAX_WORK + (1 << 24)  # scrypt's memory is 128 * n * r bytes and a little


class PinError(ValueError):
    """A PIN or PIN file that cannot be used; the message says why, for staff."""


def check_new_pin(pin: str) -> None:
    if not pin.isdigit() or not pin.isascii():
        raise PinError("the PIN must be digits only (0-9), to be typed on the keypad")
    if not MIN_DIGITS <= len(pin) <= MAX_DIGITS:
        raise PinError(f"the PIN must have {MIN_DIGITS} to {MAX_DIGITS} digits, not {len(pin)}")
    if len(set(pin)) == 1 or pin in "0123456789012" or pin in "9876543210987":
        raise PinError("the PIN is too easy to guess (all one digit, or a run like 123456)")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"{_SCHEME}${_N}${_R}${_P}${_b64(salt)}${_b64(digest)}"


@dataclass(frozen=True)
class _Params:
    n: int
    r: int
    p: int
    salt: bytes
    digest: bytes


def _parse(stored: str) -> _Params:
    """The stored hash's parts, within BOUNDS; ValueError naming what is out of them."""
    scheme, n, r, p, salt, digest = stored.strip().split("$")
    if scheme != _SCHEME:
        raise ValueError(f"scheme {scheme!r} is not {_SCHEME}")
    params = _Params(
        int(n), int(r), int(p), base64.b64decode(salt, validate=True), base64.b64decode(digest, validate=True)
    )
    sizes = {"n": params.n, "r": params.r, "p": params.p}
    sizes |= {"salt": len(params.salt), "digest": len(params.digest)}
    for name, value in sizes.items():
        low, high = BOUNDS[name]
        if not low <= value <= high:
            raise ValueError(f"{name}={value} is outside {low}..{high}")
    if params.n & (params.n - 1):
        raise ValueError(f"n={params.n} is not a power of two")
    if params.n * params.r * params.p > MAX_WORK:
        raise ValueError(f"n*r*p={params.n * params.r * params.p} is over {MAX_WORK}")
    return params


def verify_pin(pin: str, stored: str) -> bool:
    """Slow on purpose (scrypt, up to MAX_WORK): call it off the GUI thread."""
    try:
        params = _parse(stored)
        got = hashlib.scrypt(
            pin.encode(),
            salt=params.salt,
            n=params.n,
            r=params.r,
            p=params.p,
            maxmem=_MAXMEM,
            dklen=len(params.digest),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, params.digest)


def exposure(mode: int) -> str | None:
    """Why a PIN file of this mode is not safe, or None. Its group may read it (install.sh's
    layout: root owns it, the kiosk reads it through its group, and so cannot change it), but
    not write it; nobody else may do either (a hash others can read can be guessed offline,
    and one they can write sets their own PIN)."""
    mode = stat.S_IMODE(mode)
    if mode & stat.S_IRWXO:
        return f"mode {mode:04o}: other users can {_what(mode & stat.S_IRWXO)} it"
    if mode & stat.S_IWGRP:
        return f"mode {mode:04o}: its group can write it"
    return None


def _what(bits: int) -> str:
    found = [word for bit, word in ((4, "read"), (2, "write")) if bits & bit]
    return " and ".join(found) or "reach"


def read_pin_file(path: Path) -> str | None:
    """The stored hash, or None when no PIN is set; PinError when the file is unusable: not
    written by set-pin, hash parameters out of BOUNDS, or readable or writable by others."""
    try:
        with path.open("rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            text = handle.read(4096).decode("ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        raise PinError(f"{path}: cannot read the PIN file ({err})") from None
    if text.count("$") != 5 or not text.startswith(_SCHEME + "$"):
        raise PinError(f"{path}: not a PIN file written by `set-pin`; run it again")
    try:
        _parse(text)
    except (ValueError, TypeError) as err:
        raise PinError(f"{path}: hash parameters refused ({err}); run `set-pin` again") from None
    # Windows has no POSIX modes (st_mode only mirrors the read-only flag, so every file looks
    # like 0666): who can read the file is its ACL's business there, which the folder
    # (C:\ProgramData\westsac-kiosk, see docs/it-install.md) sets. The check would refuse every PIN file.
    if sys.platform != "win32" and (why := exposure(mode)):
        raise PinError(f"{path}: {why}; the kiosk will not use it. Fix: chmod 640 {path}")
    return text


def write_pin_file(path: Path, pin: str) -> None:
    check_new_pin(pin)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    # Written whole, then moved in place. Readable by its owner and group only: in the folder
    # install.sh makes (setgid, group westsac-kiosk) that group is the kiosk's, so a PIN set
    # by root is read by the kiosk and by nobody else.
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o640)
    os.fchmod(fd, 0o640)  # whatever the umask
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(hash_pin(pin) + "\n")
    os.replace(temporary, path)


@dataclass
class PinGuard:
    """Counts wrong PINs in a row; after MAX_TRIES the pad stays locked for `lockout` seconds.

    The count and the lock are kept in `store` (state_dir), so a restart does not reset them,
    and a try counts as wrong from the moment it is made (`begin`) until the hash says it was
    right (`settle`): a kiosk killed while it hashes has counted the try."""

    stored: str
    lockout: float
    now: Callable[[], float]  # a wall clock: the lock is kept across restarts
    store: LockoutStore = field(default_factory=LockoutStore)
    wrong: int = 0
    locked_until: float = 0.0

    def __post_init__(self) -> None:
        self.wrong, self.locked_until = self.store.load(self.now(), self.lockout, MAX_TRIES)

    def seconds_locked(self) -> int:
        left = self.locked_until - self.now()
        if left > self.lockout:
            # The clock went back (or the file says so): never longer than one lockout.
            self.locked_until = self.now() + self.lockout
            self._save()
            left = self.lockout
        return max(0, int(left + 0.999))

    def begin(self) -> bool:
        """A PIN is about to be checked: False while locked; else it counts, until settled."""
        if self.seconds_locked():
            return False
        self.wrong += 1
        self._save()
        return True

    def settle(self, right: bool) -> None:
        if right:
            self.wrong = 0
        elif self.wrong >= MAX_TRIES:
            self.wrong = 0
            self.locked_until = self.now() + self.lockout
        self._save()

    def try_pin(self, pin: str) -> bool:
        """begin, hash and settle in one: blocks for the hash (tests, the command line)."""
        if not self.begin():
            return False
        right = verify_pin(pin, self.stored)
        self.settle(right)
        return right

    def _save(self) -> None:
        self.store.save(self.wrong, self.locked_until)
