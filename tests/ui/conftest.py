"""A kiosk window on the repository's own content, with a clock and a printer the test holds."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.config import Config
from kiosk.content.live import LiveContent
from kiosk.content.model import Content
from kiosk.content.validate import load_content
from kiosk.printing.outcome import PrintOutcome
from kiosk.ui.audio.speaker import Speaker
from kiosk.ui.main_window import KioskWindow
from tests.helpers.clock import FakeClock


class RecordingPrinter:
    def __init__(self) -> None:
        self.jobs: list[tuple[str, str]] = []

    def __call__(
        self, cfg: Config, content: Content, card_id: str, lang: str, done: Callable[[PrintOutcome], None]
    ) -> None:
        self.jobs.append((card_id, lang))
        done(PrintOutcome(True, "recorded"))


@pytest.fixture
def content(repo_config: Config) -> Content:
    result = load_content(repo_config.resolve(repo_config.content_dir), repo_config.allowed_qr_hosts)
    assert result.content is not None, result.problems
    return result.content


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def printer() -> RecordingPrinter:
    return RecordingPrinter()


@pytest.fixture
def make_window(
    qtbot: Any, repo_config: Config, content: Content, clock: FakeClock, printer: RecordingPrinter
) -> Iterator[Any]:
    windows: list[KioskWindow] = []

    def make(size: tuple[int, int] = (1920, 1080), live: bool = False, **settings: Any) -> KioskWindow:
        """A window on the repository's content, or (`live`) on the content folder in the
        settings, read and watched as the running kiosk does."""
        health = settings.pop("printer_health", None)
        wall_clock = settings.pop("wall_clock", datetime.datetime.now)
        cfg = dataclasses.replace(repo_config, **settings)
        shown, updates = content, None
        if live:
            updates = LiveContent(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts)
            updates.reload()
            shown = updates.current
        # Qt's mock engine: English voices that make no sound, and no sound card needed.
        speaker = Speaker("mock", need_audio_output=False)
        window = KioskWindow(
            cfg,
            shown,
            now=clock,
            printer=settings.pop("printer", printer),
            speaker=speaker,
            live=updates,
            printer_health=health,
            wall_clock=wall_clock,
        )
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.allow_close = True


@pytest.fixture
def window(make_window: Any) -> KioskWindow:
    return make_window()


def tap(qtbot: Any, widget: QWidget) -> None:
    assert widget.isVisible(), f"{widget!r} is not on screen"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
