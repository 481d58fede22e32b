"""Read a file that anyone with write access to a folder may have put there: only a regular file
inside that folder, at most so many bytes, and never in a way that can block.

A named pipe would block open() for ever, /dev/zero would never end, a symbolic link may loop or
lead anywhere on the disk. Content and catalogs are read through here, so each of those becomes
one plain reason instead of a hang, a crash or the kiosk's memory.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_KINDS = {
    stat.S_IFDIR: "is a folder, not a file",
    stat.S_IFIFO: "not a regular file (a named pipe)",
    stat.S_IFCHR: "not a regular file (a device)",
    stat.S_IFBLK: "not a regular file (a device)",
    stat.S_IFSOCK: "not a regular file (a socket)",
}


class Refused(Exception):
    """The file is not read; `reason` says why, for a person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def size_text(size: int) -> str:
    return f"{size / 1024**2:.1f} MB" if size >= 1024**2 else f"{max(1, round(size / 1024))} KB"


def open_regular(path: Path, inside: Path | None = None, folder: str = "content") -> int:
    """A descriptor open for reading on `path`, refused unless it is a regular file within the
    folder `inside` (its `folder` name is for the message). The caller closes it."""
    try:
        real = os.path.realpath(path, strict=True)
    except OSError as err:
        if err.errno == errno.ELOOP:
            raise Refused("a symbolic link that loops: it never reaches a file") from None
        if err.errno == errno.ENOENT and os.path.islink(path):
            raise Refused("a symbolic link to a file that does not exist") from None
        raise Refused(f"cannot read the file: {err.strerror or err}") from None
    if inside is not None:
        root = os.path.realpath(inside)
        if os.path.commonpath([root, real]) != root:
            raise Refused(f"a link to {real}, outside the {folder} folder: only files inside it are read")
    try:
        _check(os.stat(real).st_mode)
        # O_NONBLOCK: should a pipe take the file's place after the check, open() still returns.
        fd = os.open(real, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError as err:
        raise Refused(f"cannot read the file: {err.strerror or err}") from None
    try:
        _check(os.fstat(fd).st_mode)
    except Refused:
        os.close(fd)
        raise
    return fd


def read_bounded(path: Path, limit: int, inside: Path | None = None, folder: str = "content") -> bytes:
    """The bytes of `path`, refused if it is not a regular file of at most `limit` bytes within
    the folder `inside` (its `folder` name is for the message)."""
    fd = open_regular(path, inside, folder)
    try:
        _too_big(os.fstat(fd).st_size, limit, folder)
        data = os.read(fd, limit + 1)
        while len(data) <= limit and (more := os.read(fd, limit + 1 - len(data))):
            data += more
    except OSError as err:
        raise Refused(f"cannot read the file: {err.strerror or err}") from None
    finally:
        os.close(fd)
    _too_big(len(data), limit, folder)  # it may have grown while being read
    return data


def _check(mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise Refused(_KINDS.get(stat.S_IFMT(mode), "not a regular file"))


def _too_big(size: int, limit: int, folder: str) -> None:
    if size > limit:
        raise Refused(
            f"the file is too big ({size_text(size)}; a {folder} file may hold at most {size_text(limit)})"
        )
