"""The attract screen changes language cheaply: nothing outside it is laid out again, and its
labels' remembered size hints are the ones Qt would give."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.attract import _RememberingLabel


class _LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.to: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LayoutRequest:
            self.to.append(type(watched).__name__)
        return False


def test_a_change_of_language_lays_out_the_attract_page_only(window: KioskWindow) -> None:
    attract = window.attract
    seen = _LayoutRequests()
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    app.installEventFilter(seen)
    try:
        for _ in range(3):
            attract.next_language()
            app.processEvents()
    finally:
        app.removeEventFilter(seen)
    assert "QWidget" in seen.to, "the page itself is laid out again for the new words"
    outside = {"KioskWindow", "Screens", "AttractScreen"} & set(seen.to)
    assert not outside, f"a change of words laid out {outside} (every screen's height asked)"


def test_remembered_hints_are_qts_own(qtbot: Any) -> None:
    remembering, plain = _RememberingLabel(), QLabel()
    for label in (remembering, plain):
        qtbot.add_widget(label)
        label.setWordWrap(True)
    for text in ("Touch", "Touch the screen to start, in any of twenty languages", "Touch"):
        for label in (remembering, plain):
            label.setText(text)
        assert remembering.sizeHint() == plain.sizeHint()
        assert remembering.minimumSizeHint() == plain.minimumSizeHint()
        assert remembering.heightForWidth(120) == plain.heightForWidth(120)
    remembering.setContentsMargins(40, 10, 40, 10)
    plain.setContentsMargins(40, 10, 40, 10)
    assert remembering.heightForWidth(120) == plain.heightForWidth(120), "margins are part of the key"
