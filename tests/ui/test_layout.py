"""Every screen, every card, every language, at several screen sizes: no text cut off, and
every touch target large enough for a finger."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton

from kiosk.i18n.languages import LANGUAGES
from kiosk.ui.fit import clipped_texts
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.tour import tour

pytestmark = pytest.mark.gui


def small_targets(window: KioskWindow) -> list[str]:
    return [
        f"{b.text() or b.accessibleName()!r}: {b.width()}x{b.height()}"
        for b in window.findChildren(QPushButton)
        if b.isVisibleTo(window) and min(b.width(), b.height()) < MIN_TARGET_PX
    ]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1080, 1920)], ids=str)
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_nothing_is_clipped(make_window: Any, size: tuple[int, int], language: str) -> None:
    window = make_window(size)
    problems = []
    for screen in tour(window, language):
        problems += [f"{screen}: {p}" for p in clipped_texts(window) + small_targets(window)]
    assert problems == []
