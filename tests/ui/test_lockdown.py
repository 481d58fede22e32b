"""No way out and no way to bend the screen: menus, drops, zooming never reach a widget."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QContextMenuEvent, QDropEvent, QWheelEvent
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Content
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.services.lockdown import Lockdown
from tests.helpers.visitor import open_first_card

pytestmark = pytest.mark.gui


@pytest.fixture
def locked(window: KioskWindow) -> Iterator[KioskWindow]:
    lockdown = Lockdown()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(lockdown)
    yield window
    app.removeEventFilter(lockdown)


def wheel(modifiers: Qt.KeyboardModifier, steps: int = -3) -> QWheelEvent:
    return QWheelEvent(
        QPointF(200, 200),
        QPointF(200, 200),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )


def test_ctrl_wheel_does_not_zoom_the_card_but_a_wheel_still_scrolls(
    qtbot: Any, locked: KioskWindow, content: Content
) -> None:
    window = locked
    longest = max(content.cards.values(), key=lambda c: len(c.body))
    open_first_card(qtbot, window)
    window.go(window.place.__class__("card", longest.id))
    browser = window.card.text.browser if window.card.text else None
    assert browser is not None
    size = browser.document().defaultFont().pointSizeF(), browser.font().pixelSize()
    QApplication.sendEvent(browser.viewport(), wheel(Qt.KeyboardModifier.ControlModifier, steps=3))
    assert (browser.document().defaultFont().pointSizeF(), browser.font().pixelSize()) == size
    bar = browser.verticalScrollBar()
    assert bar.maximum() > 0, "the longest card scrolls at 1080p"
    QApplication.sendEvent(browser.viewport(), wheel(Qt.KeyboardModifier.NoModifier))
    assert bar.value() > 0, "a plain wheel still scrolls"


def test_context_menus_and_drops_never_reach_a_widget(locked: KioskWindow) -> None:
    seen: list[str] = []
    target = locked.attract
    target.contextMenuEvent = lambda event: seen.append("menu")  # type: ignore[method-assign]
    target.dropEvent = lambda event: seen.append("drop")  # type: ignore[method-assign]
    target.setAcceptDrops(True)
    QApplication.sendEvent(
        target, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5), QPoint(5, 5))
    )
    data = QMimeData()
    data.setText("file:///etc/passwd")
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, buttons, mods)
    QApplication.sendEvent(target, drop)
    assert seen == []
