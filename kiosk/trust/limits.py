"""How much a content or translations folder may hold, checked from the file system's sizes
before a byte of it is read, hashed or copied (kiosk/trust/folder.py).

A folder is the City's cards, catalogs and recordings: a few hundred small files and some
minutes of sound. Anything far beyond that is a mistake (a disk image, a cache, a sparse file
that says 12 GB and holds nothing) that would hold the kiosk for minutes and fill its disk.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.bounded_read import size_text

MAX_FILES = 5_000  # today's content has 19 files, the translations about 40
MAX_FILE_BYTES = 64 * 1024**2  # a six-minute WAV recording; YAML and PO files have their own, smaller limits
MAX_TOTAL_BYTES = 1024**3  # what state_dir must be able to hold twice, during a swap


def limit_problems(folder: Path, sizes: dict[str, int]) -> list[str]:
    """Why the folder is too big to be read, one line each (none when it is not)."""
    if len(sizes) > MAX_FILES:
        return [f"{folder}: {len(sizes)} files; a folder the kiosk reads may hold at most {MAX_FILES}"]
    problems = [
        f"{folder / name}: too big ({size_text(size)}; one file may hold at most {size_text(MAX_FILE_BYTES)})"
        for name, size in sorted(sizes.items())
        if size > MAX_FILE_BYTES
    ]
    total = sum(sizes.values())
    if not problems and total > MAX_TOTAL_BYTES:
        problems.append(
            f"{folder}: {size_text(total)} in all; a folder the kiosk reads may hold at most "
            f"{size_text(MAX_TOTAL_BYTES)}"
        )
    return problems
