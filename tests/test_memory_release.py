"""What the kiosk hands back between visits, on this process's own mappings (Linux)."""

from __future__ import annotations

import mmap
import platform
import sys
from pathlib import Path

import pytest

from kiosk import memory_release

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and madvise")

MAPS = """\
7f0000000000-7f0000400000 r--p 00000000 08:01 11 /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
7f0000400000-7f0000401000 rw-p 00000000 08:01 12 /tmp/written.ttf
7f0000500000-7f0000600000 r-xp 00000000 08:01 13 /usr/lib/libQt6Gui.so.6
7f0000600000-7f0000700000 rw-p 00000000 00:00 0
"""


def test_only_read_only_font_files_are_taken() -> None:
    found = memory_release.font_mappings(MAPS)
    assert found == [(0x7F0000000000, 0x400000, "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")]


def resident_kb(path: Path) -> int:
    return memory_release.resident_font_kb(Path("/proc/self/smaps").read_text(), str(path))


def test_a_font_files_pages_leave_the_process_and_read_back_the_same(tmp_path: Path) -> None:
    font = tmp_path / "Big.ttc"
    data = bytes(range(256)) * 4096 * 4  # 4 MB
    font.write_bytes(data)
    with font.open("rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
        assert sum(mapped[i] for i in range(0, len(data), 4096)) >= 0  # every page read
        assert resident_kb(font) >= 4000
        assert memory_release.drop_font_pages() >= len(data)
        assert resident_kb(font) == 0
        assert mapped[:] == data  # read again from the page cache, unchanged


def test_glibc_takes_its_free_heap_back() -> None:
    if platform.libc_ver()[0] != "glibc":
        pytest.skip("not glibc")
    assert memory_release.return_free_heap()
