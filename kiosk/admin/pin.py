"""The staff PIN: kept only as a salted scrypt hash in its own file, checked in constant time,
and locked for a while after too many wrong tries. There is no default PIN: without the file
the admin screen cannot be opened at all."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

MIN_DIGITS = 6
MAX_DIGITS = 12
MAX_TRIES = 5
# scrypt at n=2**14 costs ~50 ms: nothing for staff, a wall for someone guessing offline.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


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


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.strip().split("$")
        if scheme != _SCHEME:
            return False
        expected = base64.b64decode(digest, validate=True)
        got = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt, validate=True),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def read_pin_file(path: Path) -> str | None:
    """The stored hash, or None when no PIN is set; PinError when the file is unusable."""
    try:
        text = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        raise PinError(f"{path}: cannot read the PIN file ({err})") from None
    if text.count("$") != 5 or not text.startswith(_SCHEME + "$"):
        raise PinError(f"{path}: not a PIN file written by `set-pin`; run it again")
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
    """Counts wrong PINs in a row; after MAX_TRIES the pad stays locked for `lockout` seconds."""

    stored: str
    lockout: float
    now: Callable[[], float]
    wrong: int = 0
    locked_until: float = 0.0

    def seconds_locked(self) -> int:
        left = self.locked_until - self.now()
        return max(0, int(left + 0.999))

    def try_pin(self, pin: str) -> bool:
        if self.seconds_locked():
            return False
        if verify_pin(pin, self.stored):
            self.wrong = 0
            return True
        self.wrong += 1
        if self.wrong >= MAX_TRIES:
            self.wrong = 0
            self.locked_until = self.now() + self.lockout
        return False
