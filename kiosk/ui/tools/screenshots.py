"""A PNG of every screen and every card, per language, drawn offscreen: for translators,
editors and reviewers to see exactly what a visitor sees."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.qt_app import ensure_app
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tools.stand_ins import NoPrinter, ShownSpeaker
from kiosk.ui.tools.tour import tour


def offscreen_window(cfg: Config, content: Content, size: tuple[int, int]) -> KioskWindow:
    """A kiosk window for screenshots, checks and benchmarks; it prints to no printer, on
    purpose (so nothing is logged: only the system printer logs its faults)."""
    ensure_app()
    window = KioskWindow(cfg, content, printer=NoPrinter(), speaker=ShownSpeaker())
    window.resize(*size)
    window.show()
    return window


def take_screenshots(
    cfg: Config, content: Content, out: Path, languages: list[str], size: tuple[int, int]
) -> int:
    window = offscreen_window(cfg, content, size)
    count = 0
    for code in languages:
        folder = out / code
        folder.mkdir(parents=True, exist_ok=True)
        for name in tour(window, code):
            window.grab().save(str(folder / f"{name}.png"))
            count += 1
    window.allow_close = True
    window.close()
    return count
