"""A kiosk window on the repository's own content, with a clock and a printer the test holds."""

from __future__ import annotations

import dataclasses
import datetime
from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.config import Config
from kiosk.content.live import LiveContent
from kiosk.content.model import Content
from kiosk.printing.backend import PrintBackend
from kiosk.ui.audio.speaker import Speaker
from kiosk.ui.main_window import KioskWindow
from tests.helpers.clock import FakeClock
from tests.helpers.printer import RecordingPrinter
from tests.helpers.sound_stand_in import StandInSound


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def printer() -> RecordingPrinter:
    return RecordingPrinter()


@pytest.fixture
def make_window(
    qtbot: Any,
    repo_config: Config,
    content: Content,
    clock: FakeClock,
    printer: RecordingPrinter,
) -> Iterator[Any]:
    windows: list[KioskWindow] = []

    def make(
        size: tuple[int, int] = (1920, 1080),
        live: bool = False,
        print_slip: PrintBackend = printer,
        speaker: Speaker | None = None,
        **settings: Any,
    ) -> KioskWindow:
        """A window on the repository's content, or (`live`) on the content folder in the
        settings, read and watched as the running kiosk does. It prints with `print_slip`
        (the recording printer unless told), whatever printer the settings name. Its folder
        checks run at once, on the GUI thread, unless `threaded_checks=True` (as the running
        kiosk's do, on a worker thread: then wait for `window.updates.checked`)."""
        health = settings.pop("printer_health", None)
        threaded = settings.pop("threaded_checks", False)
        wall_clock = settings.pop("wall_clock", datetime.datetime.now)
        cfg = dataclasses.replace(repo_config, **settings)
        shown: Content | None = content
        updates = None
        if live:
            updates = LiveContent(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts)
            updates.reload()
            shown = updates.current
        # A sound process in plain Python, with English voices only, as Qt's mock engine has:
        # Qt's media player never runs in the pytest process (tests/helpers/sound_stand_in.py).
        speaker = speaker or Speaker(StandInSound())
        window = KioskWindow(
            cfg,
            shown,
            now=clock,
            printer=print_slip,
            speaker=speaker,
            live=updates,
            printer_health=health,
            wall_clock=wall_clock,
            threaded_checks=threaded,
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
    made: KioskWindow = make_window()
    return made
