"""Memory a finished visit leaves behind that nobody will read again, handed back between visits.

Each part was measured by bench/memory.py after a tour of every screen in every language:
- The source lines of every module imported: PySide6's import hook reads each module's source
  (`inspect.getsource`, to see whether it uses PySide) and Python's linecache keeps it, about
  10 MB of strings. Only a traceback reads them, and it reads them again from the files.
- glibc's malloc keeps the memory that freed objects leave inside its heap (16 MB here);
  `malloc_trim(0)` gives the whole free pages back to the system.
- The font files mapped by FreeType: a glyph read from a 20 MB Noto Sans CJK collection faults
  in the pages around it (read-ahead), and after a visit in Chinese nearly the whole file is
  resident (21 MB a face). The pages are the kernel's page cache either way: dropping them from
  the kiosk's mapping costs a minor fault when a glyph is read again, and with MADV_RANDOM that
  fault reads the one page it needs, not its neighbours.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import linecache
import logging
import re
import sys
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

_FONT_FILE = re.compile(r"\.(ttf|ttc|otf|otc|pfb)$", re.IGNORECASE)
# Linux's values (asm-generic/mman-common.h), the same on every architecture the kiosk runs on.
_MADV_RANDOM = 1
_MADV_DONTNEED = 4


@cache
def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
    libc.madvise.argtypes = (ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int)
    return libc


def font_mappings(maps: str) -> list[tuple[int, int, str]]:
    """The read-only mappings of font files in a /proc/PID/maps text: (start, length, path)."""
    found = []
    for line in maps.splitlines():
        parts = line.split(maxsplit=5)
        if len(parts) < 6 or not _FONT_FILE.search(parts[5]) or parts[1][:2] != "r-":
            continue  # never a page anyone could have written: those would be lost
        start, end = (int(value, 16) for value in parts[0].split("-"))
        found.append((start, end - start, parts[5]))
    return found


def mapped_fonts() -> list[str]:
    """The font files this process has mapped now (none where there is no /proc)."""
    try:
        return sorted({path for _, _, path in font_mappings(Path("/proc/self/maps").read_text())})
    except OSError:
        return []


def resident_font_kb(smaps: str, name_part: str = "") -> int:
    """kB of font files resident in this process, in a /proc/PID/smaps text (those whose path
    has `name_part` in it)."""
    total, counting = 0, False
    for line in smaps.splitlines():
        head = line.split(maxsplit=5)
        if head and re.fullmatch(r"[0-9a-f]+-[0-9a-f]+", head[0]):
            path = head[5] if len(head) > 5 else ""
            counting = bool(_FONT_FILE.search(path)) and name_part in path
        elif counting and line.startswith("Rss:"):
            total += int(line.split()[1])
    return total


def drop_font_pages() -> int:
    """Unmap the resident pages of the mapped font files from this process (they stay in the
    page cache); returns how many bytes of mappings were advised."""
    libc = _libc()
    if libc is None:
        return 0
    try:
        maps = Path("/proc/self/maps").read_text()
    except OSError:
        return 0
    advised = 0
    for start, length, _ in font_mappings(maps):
        for advice in (_MADV_RANDOM, _MADV_DONTNEED):
            if libc.madvise(start, length, advice) != 0:
                # Unmapped meanwhile by another thread: nothing of it is left to drop.
                log.debug("madvise %#x+%d: errno %d", start, length, ctypes.get_errno())
                break
        else:
            advised += length
    return advised


def return_free_heap() -> bool:
    """Give glibc's free heap pages back to the system; False where malloc is not glibc's."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None) if libc is not None else None
    if trim is None:
        return False
    trim(0)
    return True


def forget_source_lines() -> None:
    linecache.clearcache()
