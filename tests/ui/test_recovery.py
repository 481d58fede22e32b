"""An error inside a tap is logged and the kiosk starts over; it never stops or freezes."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from kiosk.content.model import Content
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.services.recovery import start_over_on_errors
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui


@pytest.fixture
def hook(window: KioskWindow) -> Iterator[None]:
    previous = start_over_on_errors(window.reset_visit)
    yield
    sys.excepthook = previous


@pytest.mark.expect_log("kiosk.ui.services.recovery", "ERROR")
def test_an_error_in_a_tap_starts_the_visit_over(
    qtbot: Any, window: KioskWindow, content: Content, hook: None, caplog: pytest.LogCaptureFixture
) -> None:
    tap(qtbot, window.attract)
    assert window.stack.currentWidget() is window.picker

    def broken(card_id: str) -> None:
        raise RuntimeError("a bug in a screen")

    window.card_list.chosen.disconnect()
    window.card_list.chosen.connect(broken)
    tap(qtbot, window.picker.grid.tiles[1])
    tap(qtbot, window.topics.grid.tiles[0])
    with caplog.at_level(logging.ERROR, logger="kiosk.ui.services.recovery"):
        tap(qtbot, window.card_list.grid.tiles[0])
    assert window.stack.currentWidget() is window.attract, "back to the start, in the default language"
    assert window.translator.code == window.cfg.default_language
    assert "a bug in a screen" in caplog.text


@pytest.mark.expect_log("kiosk.ui.services.recovery", "ERROR")
@pytest.mark.expect_log("kiosk.ui.services.recovery", "CRITICAL")
def test_when_even_starting_over_fails_the_unavailable_screen_stands_in(
    qtbot: Any, window: KioskWindow, caplog: pytest.LogCaptureFixture
) -> None:
    calls: list[str] = []

    def broken_reset() -> None:
        calls.append("reset")
        raise RuntimeError("cannot draw the attract screen")

    previous = start_over_on_errors(broken_reset, window.show_unavailable)
    try:
        with caplog.at_level(logging.ERROR, logger="kiosk.ui.services.recovery"):
            sys.excepthook(RuntimeError, RuntimeError("a bug"), None)
    finally:
        sys.excepthook = previous
    assert calls == ["reset"]
    assert window.stack.currentWidget() is window.unavailable
    assert "Information is temporarily unavailable." in window.unavailable.text_shown()
    assert "temporarily unavailable" in caplog.text


@pytest.mark.expect_log("kiosk.ui.services.recovery", "ERROR")
@pytest.mark.expect_log("kiosk.ui.services.recovery", "CRITICAL")
def test_when_nothing_can_be_drawn_it_exits_for_a_restart(window: KioskWindow) -> None:
    def broken() -> None:
        raise RuntimeError("nothing works")

    previous = start_over_on_errors(broken, broken)
    try:
        with pytest.raises(SystemExit) as ended:
            sys.excepthook(RuntimeError, RuntimeError("a bug"), None)
    finally:
        sys.excepthook = previous
    assert ended.value.code == 70
