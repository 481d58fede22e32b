"""The window is composed, not grown: only the first frame's screens are built before it, the
others when first needed, each wired as it is built."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.ui.audio.speaker import Speaker
from kiosk.ui.main_window import KioskWindow
from tests.helpers.printer import RecordingPrinter
from tests.helpers.sound_stand_in import StandInSound
from tests.helpers.visitor import tap, tile

pytestmark = pytest.mark.gui


def built(window: KioskWindow) -> set[str]:
    names = ("attract", "picker", "topics", "cards", "card", "unavailable", "admin", "closed")
    return {name for name in names if window.stack.built(name, QWidget) is not None}


def test_only_attract_and_the_closed_screen_are_built_before_the_first_frame(
    qtbot: Any, repo_config: Config, content: Content
) -> None:
    window = KioskWindow(repo_config, content, printer=RecordingPrinter(), speaker=Speaker(StandInSound()))
    qtbot.addWidget(window)
    window.allow_close = True
    assert window.stack.count() == 2
    assert built(window) == {"attract", "closed"}
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.attract
    # Once it is on screen, each language's topics are built ahead (flows/updates.py).
    qtbot.waitUntil(lambda: not window.updates.preparing)
    assert built(window) == {"attract", "closed", "topics"}


def test_a_screen_built_on_a_visitors_touch_works_at_once(qtbot: Any, window: KioskWindow) -> None:
    assert "picker" not in built(window)
    tap(qtbot, window.attract)
    assert window.stack.currentWidget() is window.picker
    tap(qtbot, tile(window.picker, "Español"))  # the picker was wired as it was built
    assert window.stack.currentWidget() is window.topics
    tap(qtbot, window.topics.grid.tiles[0])
    assert window.stack.currentWidget() is window.card_list
    tap(qtbot, window.card_list.grid.tiles[0])
    assert window.stack.currentWidget() is window.card
    assert window.top_bar.isVisible() and window.card.print_button.isVisible()
    # Staff's and the fault's screens stay unbuilt through a visit.
    assert built(window) == {"attract", "closed", "picker", "topics", "cards", "card"}
    window.reset_visit()
    assert window.stack.currentWidget() is window.attract and not window.history
