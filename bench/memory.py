"""Where the kiosk's memory goes after every screen and card in every language: the same tour
as bench/startup.py's "after every screen" figure, broken down from /proc/self/smaps.

.venv/bin/python bench/memory.py [--json FILE]

Mappings are put in kinds by their file (font files, Qt, ICU, the Python bindings, Python,
other libraries) or, for anonymous memory, by who asked for it: Python's own allocator
(pymalloc's arenas, from sys._debugmallocstats), glibc's malloc (in use and free but kept,
from mallinfo2) and the rest (thread stacks, Qt's own mappings). PSS shares a page among the
processes that map it, so on this busy machine the libraries' PSS is lower than on a kiosk,
where nothing else maps them: "private" (USS) is the part that is the kiosk's alone anywhere.
The anonymous kinds overlap the smaps rows they split ([heap] and unnamed mappings).
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

KINDS = (  # (kind, pattern on the mapped file's path), the first that matches
    ("font files", r"\.(ttf|ttc|otf|pfb|pfa)$"),
    ("ICU", r"/libicu[a-z0-9]*\.so"),
    ("Qt libraries and plugins", r"/PySide6/Qt/(lib|plugins)/"),
    ("PySide6 bindings", r"/(PySide6|shiboken6)/[^/]*\.so"),
    ("Python and its extensions", r"(libpython|/lib-dynload/|/site-packages/)"),
    ("other libraries", r"\.so(\.[0-9.]+)?$"),
    ("heap and anonymous", r"^(\[heap\]|\[anon[^\]]*\]|)$"),
    ("stacks", r"^\[stack"),
)
FIELDS = ("Rss", "Pss", "Private_Clean", "Private_Dirty")


def kind_of(path: str) -> str:
    return next((kind for kind, pattern in KINDS if re.search(pattern, path)), "other files")


def smaps(text: str) -> dict[str, dict[str, int]]:
    """kB per kind and field, and per font file (which files Qt mapped, and how much of each)."""
    found: dict[str, Counter[str]] = {}
    keys: list[str] = []  # where the lines of the mapping being read count
    for line in text.splitlines():
        head, _, rest = line.partition(" ")
        if re.fullmatch(r"[0-9a-f]+-[0-9a-f]+", head):
            parts = line.split(maxsplit=5)
            path = parts[5] if len(parts) > 5 else ""
            keys = [kind_of(path)]
            if keys[0] == "font files":
                keys.append(f"font: {Path(path).name}")
        elif head.rstrip(":") in FIELDS:
            for key in keys:
                found.setdefault(key, Counter())[head.rstrip(":")] += int(rest.split()[0])
    return {key: dict(counts) for key, counts in found.items()}


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in ("arena", "ordblks", "smblks", "hblks", "hblkhd")
        + ("usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")
    ]


def malloc_kb() -> dict[str, int] | None:
    """glibc's malloc: bytes handed out and bytes free but kept (None elsewhere than glibc)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
    except (OSError, AttributeError):
        return None
    info = libc.mallinfo2()
    return {
        "in use": (info.uordblks + info.hblkhd) // 1024,
        # malloc_trim gives the whole free pages within these back: not all of it is resident
        "free chunks": info.fordblks // 1024,
    }


def pymalloc_kb() -> dict[str, int]:
    """Python's small-object allocator: its arenas, and the bytes of live objects in them."""
    with tempfile.TemporaryFile("w+") as out:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(out.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        out.seek(0)
        text = out.read()

    def number(label: str) -> int:
        match = re.search(rf"{re.escape(label)}\s*=\s*([0-9,]+)", text)
        return int(match.group(1).replace(",", "")) // 1024 if match else 0

    return {
        "arenas": number("bytes/arena    "),
        "live objects": number("# bytes in allocated blocks"),
    }


def breakdown() -> dict[str, object]:
    gc.collect()
    return {
        "smaps_kb": smaps(Path("/proc/self/smaps").read_text()),
        "malloc_kb": malloc_kb(),
        "pymalloc_kb": pymalloc_kb(),
        "python_objects": gc.get_freeze_count() + len(gc.get_objects()),
    }


def table(found: dict[str, object]) -> list[str]:
    """The breakdown as Markdown rows (bench/results.py writes them into RESULTS.md)."""
    rows = ["| part | RSS MB | PSS MB | private MB |", "|---|---|---|---|"]
    kinds = found["smaps_kb"]
    assert isinstance(kinds, dict)

    def line(name: str, kb: dict[str, int]) -> str:
        private = kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)
        return f"| {name} | {kb['Rss'] / 1024:.1f} | {kb['Pss'] / 1024:.1f} | {private / 1024:.1f} |"

    total: Counter[str] = Counter()
    for name, kb in sorted(kinds.items(), key=lambda item: -item[1]["Pss"]):
        if not name.startswith("font: "):
            rows.append(line(name, kb))
            total.update(kb)
    rows.append(line("**all**", dict(total)))
    fonts = sorted(((n, kb) for n, kb in kinds.items() if n.startswith("font: ")), key=lambda i: -i[1]["Pss"])
    rows += [line(f"&nbsp;&nbsp;{name}", kb) for name, kb in fonts[:6]]
    rows.append("")
    rows.append("| within the heap and anonymous memory | MB |")
    rows.append("|---|---|")
    pymalloc = found["pymalloc_kb"]
    assert isinstance(pymalloc, dict)
    rows.append(
        f"| Python objects in pymalloc's arenas (arenas) | {pymalloc['live objects'] / 1024:.1f} "
        f"({pymalloc['arenas'] / 1024:.1f}) |"
    )
    malloc = found["malloc_kb"]
    if isinstance(malloc, dict):
        for name, kb in malloc.items():
            rows.append(f"| glibc malloc: {name} (Qt; Python objects over 512 bytes) | {kb / 1024:.1f} |")
    rows.append(f"| Python objects the GC tracks (containers) | {found['python_objects']} objects |")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    # Here, not above: bench/results.py imports table() without starting Qt.
    import kiosk_harness
    from first_frame import every_screen, hand_back

    from kiosk import config
    from kiosk.content.validate import load_content
    from kiosk.qt_app import ensure_app
    from kiosk.ui.main_window import KioskWindow

    # The kiosk as bench/startup.py's figure has it (first_frame.py): its own speaker and
    # printer. Listen's libraries (QtMultimedia, FFmpeg, QtTextToSpeech) are its sound
    # process's, a child not counted here.
    cfg = config.load(None)
    ensure_app()
    content = load_content(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts).content
    assert content is not None
    window = KioskWindow(cfg, content)
    window.resize(1920, 1080)
    window.show()
    kiosk_harness.settle()
    every_screen(window)
    hand_back(window)
    kiosk_harness.settle()
    found = breakdown()
    print("kiosk memory after every screen and card in every language (offscreen, 1920x1080):")
    print("\n".join(table(found)))
    if args.json:
        args.json.write_text(json.dumps(found, indent=2) + "\n")


if __name__ == "__main__":
    main()
