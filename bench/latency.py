"""Tap to painted frame: how long a visitor waits after each kind of touch.

.venv/bin/python bench/latency.py [--rounds 200] [--json FILE]

Each sample is a real mouse press and release sent through Qt's event system to the widget a
finger would touch (QTest), timed until the next frame has been painted (offscreen, the
kiosk's own widgets and paint code, at 1920x1080). Rounds cycle through every offered
language so that every script's fonts and layouts are in the figures.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from kiosk_harness import PaintWatch, kiosk, percentile, settle, until_painted
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow

LONG_CARD = "safety-for-everyone"


def tap(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def transitions(window: KioskWindow, code: str) -> dict[str, tuple[Callable[[], None], Callable[[], None]]]:
    """name -> (put the kiosk where the tap happens, the tap itself)."""
    content = window.content
    topic = content.topics[0]
    other = window.cfg.languages[(window.cfg.languages.index(code) + 1) % len(window.cfg.languages)]

    def at(*places: Place) -> Callable[[], None]:
        def prepare() -> None:
            window.reset_visit()
            window.set_language(code)
            window.history.replace([])
            for place in (Place("picker"), *places):
                window.go(place)

        return prepare

    def picker_tile() -> QWidget:
        index = window.cfg.languages.index(code)
        return window.picker.grid.tiles[index]

    def open_picker_on_card() -> None:
        at(Place("topics"), Place("card", LONG_CARD))()
        tap(window.top_bar.language_button)
        settle()

    return {
        "attract -> picker": (window.reset_visit, lambda: tap(window.attract)),
        "picker -> topics": (at(), lambda: tap(picker_tile())),
        "topics -> card list": (at(Place("topics")), lambda: tap(window.topics.grid.tiles[0])),
        "card list -> card": (
            at(Place("topics"), Place("cards", topic.id)),
            lambda: tap(window.card_list.grid.tiles[0]),
        ),
        "card -> home": (
            at(Place("topics"), Place("card", LONG_CARD)),
            lambda: tap(window.top_bar.home_button),
        ),
        "scroll step": (at(Place("topics"), Place("card", LONG_CARD)), lambda: tap(window.card.text.down)),
        "language switch": (
            open_picker_on_card,
            lambda: tap(window.picker.grid.tiles[window.cfg.languages.index(other)]),
        ),
        "idle reset": (at(Place("topics"), Place("card", LONG_CARD)), window.idle.expired.emit),
        # The display choices restyle and reflow the card on show (each starts from off: at()
        # begins with a reset, which turns them off).
        "larger text on card": (
            at(Place("topics"), Place("card", LONG_CARD)),
            lambda: tap(window.top_bar.text_button),
        ),
        "high contrast on card": (
            at(Place("topics"), Place("card", LONG_CARD)),
            lambda: tap(window.top_bar.contrast_button),
        ),
    }


def measure(rounds: int) -> dict[str, list[float]]:
    window = kiosk()
    watch = PaintWatch(window)
    samples: dict[str, list[float]] = {}
    languages = window.cfg.languages
    for round_index in range(rounds):
        code = languages[round_index % len(languages)]
        for name, (prepare, act) in transitions(window, code).items():
            prepare()
            settle()
            before = watch.paints
            start = time.perf_counter()
            act()
            samples.setdefault(name, []).append((until_painted(watch, before) - start) * 1000)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    samples = measure(args.rounds)
    figures = {
        name: {
            "n": len(values),
            "p50_ms": statistics.median(values),
            "p99_ms": percentile(values, 99),
            "max_ms": max(values),
        }
        for name, values in samples.items()
    }
    print(f"tap to painted frame, offscreen 1920x1080, {args.rounds} rounds over every language:")
    for name, f in figures.items():
        print(
            f"  {name:<22} p50 {f['p50_ms']:6.1f} ms   p99 {f['p99_ms']:6.1f} ms   max {f['max_ms']:6.1f} ms"
        )
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(figures, handle, indent=1)


if __name__ == "__main__":
    main()
