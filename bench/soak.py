"""Months of visitors in minutes: many thousand taps and swipes over every screen and
language, as fast as the event loop allows, then what grew.

.venv/bin/python bench/soak.py [--taps 100000] [--seed 1] [--check] [--json FILE]

A seeded random visitor taps what a person could tap on the screen shown (tiles, Back,
Home, Language, scroll buttons, Print, the overlays' buttons), swipes card text, and now
and then walks away (the idle countdown, Continue, or the reset). Memory, Qt objects, Python
objects and open files are counted after a warm-up that has seen every screen, and again at
the end. With --check it exits 1 on a leak beyond generous bounds (CI runs a short soak).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time

from kiosk_harness import counts, kiosk, memory_mb, settle
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from kiosk.ui.main_window import KioskWindow


def tap(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def swipe(widget: QWidget, rng: random.Random) -> None:
    centre = widget.rect().center()
    step = QPoint(0, rng.choice((-1, 1)) * widget.height() // 6)
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, pos=centre)
    for i in range(1, 4):
        QTest.mouseMove(widget, centre + step * i)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=centre + step * 3)


def choices(window: KioskWindow) -> list[QWidget]:
    """What a person could tap now."""
    for overlay in (window.idle_overlay, window.message):
        if overlay.isVisible():
            return [overlay.button]
    screen = window.stack.currentWidget()
    if screen is window.attract:
        return [window.attract]
    found: list[QWidget] = [b for b in window.top_bar.findChildren(QPushButton) if b.isVisible()]
    if screen is window.card:
        text = window.card.text
        assert text is not None
        found += [
            b for b in (text.up, text.down, window.card.print_button) if b.isVisible() and b.isEnabled()
        ]
    else:
        found += screen.grid.tiles  # type: ignore[attr-defined]
    return found


def step(window: KioskWindow, rng: random.Random) -> None:
    roll = rng.random()
    if roll < 0.01:
        window.idle.expired.emit()  # the visitor left: the countdown ran out
    elif roll < 0.02:
        window.idle.warning.emit(window.cfg.idle_warning)  # "Are you still there?"
    elif roll < 0.07 and window.stack.currentWidget() is window.card and window.card.text:
        swipe(window.card.text.browser.viewport(), rng)
    else:
        tap(rng.choice(choices(window)))
    # What the event loop does between two touches: paint, run timers, delete what was
    # deleted later (without it, every widget given up would pile up here, not in the kiosk).
    app = QApplication.instance()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()


def snapshot(window: KioskWindow) -> dict[str, float]:
    settle()
    return {**memory_mb(), **counts(window)}


def soak(taps: int, seed: int) -> dict[str, object]:
    window = kiosk()
    rng = random.Random(seed)
    # Font, glyph and grid caches fill while every language and screen is met (about 13,000
    # steps, seen with bench/soak.py); growth is measured after that.
    warm = max(15_000, taps // 10)
    for _ in range(warm):
        step(window, rng)
    window.reset_visit()
    before = snapshot(window)
    start = time.perf_counter()
    for _ in range(taps):
        step(window, rng)
    seconds = time.perf_counter() - start
    window.reset_visit()
    after = snapshot(window)
    growth = {key: after[key] - before[key] for key in before}
    growth["pss_mb"] = growth.pop("pss")
    growth["rss_mb"] = growth.pop("vmrss")
    growth["anon_mb"] = growth.pop("rssanon")
    return {
        "taps": taps,
        "warm_up": warm,
        "seconds": seconds,
        "before": before,
        "after": after,
        "growth": growth,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--taps", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--check", action="store_true", help="exit 1 on growth beyond the bounds")
    parser.add_argument("--max-anon-mb", type=float, default=2.0, help="bound on heap growth (MB)")
    parser.add_argument("--max-objects", type=int, default=0, help="bound on Qt object growth")
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    result = soak(args.taps, args.seed)
    growth = result["growth"]
    assert isinstance(growth, dict)
    print(
        f"soak: {args.taps} taps and swipes in {result['seconds']:.0f} s "
        f"({args.taps / result['seconds']:.0f} a second), after {result['warm_up']} to warm up"
    )
    after = result["after"]
    assert isinstance(after, dict)
    end = f"RSS {after['vmrss']:.1f} MB, PSS {after['pss']:.1f} MB, heap {after['rssanon']:.1f} MB"
    print(f"  at the end: {end}")
    for key in ("anon_mb", "rss_mb", "pss_mb", "qt_objects", "python_objects", "open_files"):
        print(
            f"  growth {key:<15} {growth[key]:+.1f}"
            if key.endswith("mb")
            else f"  growth {key:<15} {growth[key]:+d}"
        )
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(result, handle, indent=1)
    if args.check:
        bounds = {"anon_mb": args.max_anon_mb, "qt_objects": args.max_objects, "open_files": 0}
        over = {k: growth[k] for k, bound in bounds.items() if growth[k] > bound}
        if over:
            print(f"soak: LEAK beyond the bounds {bounds}: {over}", file=sys.stderr)
            sys.exit(1)
        print(f"soak: within the bounds {bounds}")


if __name__ == "__main__":
    main()
