"""A PNG of every screen and every card, per language, drawn offscreen: for translators,
editors and reviewers to see exactly what a visitor sees."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.display.physical import px_per_mm
from kiosk.qt_app import ensure_app
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tools.stand_ins import NoPrinter, ShownSpeaker
from kiosk.ui.tools.tour import tour


@dataclass(frozen=True)
class Physical:
    """The physical size of the screen drawn: its diagonal in inches, or its width and height
    in millimetres (neither: the configured `screen_diagonal`, else the reference screen
    scaled to the width, as the kiosk does with a monitor that reports nothing)."""

    diagonal_inches: float = 0.0
    mm: tuple[float, float] | None = None

    def px_per_mm(self, size: tuple[int, int], cfg: Config) -> float:
        return px_per_mm(*size, self.mm, self.diagonal_inches or cfg.screen_diagonal)


def offscreen_window(
    cfg: Config, content: Content, size: tuple[int, int], physical: Physical | None = None
) -> KioskWindow:
    """A kiosk window for screenshots, checks and benchmarks; it prints to no printer, on
    purpose (so nothing is logged: only the system printer logs its faults). With `physical`,
    its millimetres are those of a screen of `size` pixels and that physical size; without,
    those of the platform's screen (the offscreen platform's is 800x800 px, 203 mm a side)."""
    ensure_app()
    window = KioskWindow(cfg, content, printer=NoPrinter(), speaker=ShownSpeaker())
    if physical is not None:
        window.px_per_mm = physical.px_per_mm(size, cfg)  # before the resize that draws it
    window.resize(*size)
    window.show()
    return window


def take_screenshots(
    cfg: Config,
    content: Content,
    out: Path,
    languages: list[str],
    size: tuple[int, int],
    physical: Physical | None = None,
) -> int:
    """Every screen in each language, drawn on a screen of `size` pixels and `physical` size
    (the screen asked for, never the platform's)."""
    window = offscreen_window(cfg, content, size, physical or Physical())
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
