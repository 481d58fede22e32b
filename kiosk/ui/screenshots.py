"""A PNG of every screen and every card, per language, drawn offscreen: for translators,
editors and reviewers to see exactly what a visitor sees."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.i18n.views import CardView
from kiosk.printing.outcome import PrintOutcome
from kiosk.qt_app import ensure_app
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.speaker import Speaker
from kiosk.ui.tour import tour


def no_printer(*args: object) -> None:
    done = args[-1]
    assert callable(done)
    done(PrintOutcome(False, "screenshots and checks never print"))


class ShownSpeaker(Speaker):
    """Listen on every card, so that screenshots and checks measure it too; it never sounds."""

    def __init__(self) -> None:
        super().__init__("none", need_audio_output=False)

    def can_speak_card(self, view: CardView, content_dir: Path) -> bool:
        return True

    def speak_card(self, view: CardView, content_dir: Path) -> bool:
        return False

    def say(self, text: str, lang: str) -> bool:
        return False

    def warn(self, text: str, lang: str) -> None:
        pass  # no chime, no engine to open, nothing to log


def offscreen_window(cfg: Config, content: Content, size: tuple[int, int]) -> KioskWindow:
    """A kiosk window for screenshots, checks and benchmarks; it prints to no printer, on
    purpose (so nothing is logged: only the system printer logs its faults)."""
    ensure_app()
    window = KioskWindow(cfg, content, printer=no_printer, speaker=ShownSpeaker())
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
