"""Every screen, every card, both languages, at several screen sizes: no text cut off, and
every touch target large enough for a finger."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QPushButton

from kiosk.content.model import Content
from kiosk.ui.fit import clipped_texts
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.places import Place, every_place
from kiosk.ui.theme import MIN_TARGET_PX

pytestmark = pytest.mark.gui


def small_targets(window: KioskWindow) -> list[str]:
    return [
        f"{b.text() or b.accessibleName()!r}: {b.width()}x{b.height()}"
        for b in window.findChildren(QPushButton)
        if b.isVisibleTo(window) and min(b.width(), b.height()) < MIN_TARGET_PX
    ]


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1080, 1920)], ids=str)
@pytest.mark.parametrize("language", ["en", "es"])
def test_nothing_is_clipped(make_window: Any, content: Content, size: tuple[int, int], language: str) -> None:
    window = make_window(size)
    problems = []
    for place in every_place(content):
        window.set_language(language)
        window.history = [Place("picker"), place] if place.screen != "attract" else []
        window._render(place)
        QApplication.processEvents()
        problems += [f"{place}: {p}" for p in clipped_texts(window) + small_targets(window)]
    window._show_countdown(10)
    QApplication.processEvents()
    problems += [f"countdown: {p}" for p in clipped_texts(window.idle_overlay)]
    assert problems == []
