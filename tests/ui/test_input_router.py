"""One application event filter, asking the input handlers in a declared order; and what that
order buys a visitor on a keypad."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

import kiosk
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.services.input_router import InputRouter
from kiosk.ui.services.lockdown import Lockdown
from tests.helpers.clock import FakeClock
from tests.helpers.touch import touch_tap_at

pytestmark = pytest.mark.gui

KIOSK = str(Path(kiosk.__file__).parent)


def kiosk_calls(send: Any, window: KioskWindow) -> list[str]:
    """The kiosk's Python functions named eventFilter or handle that run during `send()`, on
    `window`'s router and its handlers (windows of earlier tests may still be alive)."""
    seen: list[str] = []
    router = window.input_router
    mine = [router, *router.handlers]

    def profile(frame: FrameType, what: str, _arg: object) -> None:
        code = frame.f_code
        ours = code.co_filename.startswith(KIOSK)
        owner = frame.f_locals.get("self") if what == "call" else None
        if ours and code.co_name in ("eventFilter", "handle") and any(owner is m for m in mine):
            seen.append(f"{Path(code.co_filename).stem}.{code.co_name}")

    sys.setprofile(profile)
    try:
        send()
    finally:
        sys.setprofile(None)
    return seen


def test_one_application_filter_of_ours_and_no_handler_sees_a_paint_or_a_timer(window: KioskWindow) -> None:
    # Sent to a widget inside the window: the overlays' own filter on the window is not asked.
    target = window.stack
    for kind in (QEvent.Type.UpdateRequest, QEvent.Type.Timer, QEvent.Type.LayoutRequest):
        calls = kiosk_calls(lambda kind=kind: QApplication.sendEvent(target, QEvent(kind)), window)
        assert calls == ["input_router.eventFilter"], kind


def test_input_events_reach_every_handler_once_in_the_declared_order(window: KioskWindow) -> None:
    key = QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    window.input_router.lock_down(Lockdown(window))  # as full screen does
    # To a widget of no window, which no handler acts on, and from which no event goes on to a
    # parent (each parent an event goes on to is another round of the filter).
    alone = QWidget()
    calls = kiosk_calls(lambda: QApplication.sendEvent(alone, key), window)
    assert calls == [
        "input_router.eventFilter",
        "lockdown.handle",
        "idle_watcher.handle",
        "keypad.handle",
        "staff.handle",
        "tap_guard.handle",
    ]


class Recorder:
    def __init__(self, name: str, log: list[str], takes: bool = False) -> None:
        self.name, self.log, self.takes = name, log, takes

    def handle(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:  # not the ShortcutOverride Qt sends before it
            self.log.append(self.name)
        return self.takes


class Target(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        self.keys.append(event.key())


@pytest.fixture
def owner(qapp: QApplication) -> Iterator[QObject]:
    parent = QObject()
    yield parent
    parent.deleteLater()  # and the router with it: the application forgets its filter
    QApplication.processEvents()


def router_of(owner: QObject, log: list[str], taking: str = "") -> InputRouter:
    names = ("idle", "keypad", "staff_gesture", "tap_guard")
    handlers = {name: Recorder(name, log, takes=name == taking) for name in names}
    router = InputRouter(owner, **handlers)  # type: ignore[arg-type]  # Recorder is an InputHandler
    router.lock_down(Recorder("lockdown", log, takes=taking == "lockdown"))
    return router


def key_press() -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_B, Qt.KeyboardModifier.NoModifier)


def test_the_order_is_lockdown_idle_keypad_staff_tap_guard(owner: QObject) -> None:
    log: list[str] = []
    router_of(owner, log)
    target = Target()
    QApplication.sendEvent(target, key_press())
    assert log == ["lockdown", "idle", "keypad", "staff_gesture", "tap_guard"]
    assert target.keys == [Qt.Key.Key_B.value]


@pytest.mark.parametrize("taking", ["lockdown", "idle", "keypad", "staff_gesture", "tap_guard"])
def test_a_handler_that_takes_an_event_stops_the_later_ones_and_the_widget(
    owner: QObject, taking: str
) -> None:
    log: list[str] = []
    router_of(owner, log, taking)
    target = Target()
    QApplication.sendEvent(target, key_press())
    order = ["lockdown", "idle", "keypad", "staff_gesture", "tap_guard"]
    assert log == order[: order.index(taking) + 1]
    assert target.keys == []


def test_every_kind_of_input_passes_the_first_check(owner: QObject) -> None:
    log: list[str] = []
    router = router_of(owner, log)
    seen: list[QEvent.Type] = []
    router.handlers = (Seen(seen),)
    window = QWidget()
    window.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    window.resize(200, 200)
    window.show()
    touch_tap_at(window, QPoint(50, 50))  # made by Qt in C++, as a panel's are
    QTest.mouseDClick(window, Qt.MouseButton.LeftButton)
    QTest.keyClick(window, Qt.Key.Key_A)
    for kind in (QEvent.Type.TouchBegin, QEvent.Type.MouseButtonDblClick, QEvent.Type.KeyPress):
        assert kind in seen


class Seen:
    def __init__(self, seen: list[QEvent.Type]) -> None:
        self.seen = seen

    def handle(self, watched: QObject, event: QEvent) -> bool:
        self.seen.append(event.type())
        return False


def test_other_events_reach_no_handler(owner: QObject) -> None:
    log: list[str] = []
    router_of(owner, log)
    target = Target()
    for kind in (QEvent.Type.UpdateRequest, QEvent.Type.Timer, QEvent.Type.Paint, QEvent.Type.FocusIn):
        QApplication.sendEvent(target, QEvent(kind))
    assert log == []


# -- what the order buys: the idle watcher hears keypad keys ---------------------------------


def press(qtbot: Any, window: KioskWindow, key: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget() or window, key)
    QApplication.processEvents()


def test_a_visit_made_with_keypad_keys_alone_is_not_timed_out(
    qtbot: Any, window: KioskWindow, clock: FakeClock
) -> None:
    press(qtbot, window, Qt.Key.Key_Return)  # wakes the kiosk
    assert window.stack.currentWidget() is window.picker
    for _ in range(3):
        clock.t += window.cfg.idle_timeout - 5
        press(qtbot, window, Qt.Key.Key_Tab)
    clock.t += 10
    window.idle.check()
    assert not window.idle_overlay.isVisible(), "the visitor has pressed a key every few seconds"
    assert window.stack.currentWidget() is window.picker


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Backspace, Qt.Key.Key_A])
def test_any_key_answers_are_you_still_there_and_does_only_that(
    qtbot: Any, window: KioskWindow, clock: FakeClock, key: Qt.Key
) -> None:
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Return)  # the first language: its topics
    press(qtbot, window, Qt.Key.Key_Return)  # the first topic: its cards
    assert window.stack.currentWidget() is window.card_list
    clock.t += window.idle.clock.timeout + 1
    window.idle.check()
    assert window.idle_overlay.isVisible()
    press(qtbot, window, key)
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.card_list, "Back answered the question, nothing more"
    clock.t += window.idle.clock.timeout - 1
    window.idle.check()
    assert not window.idle_overlay.isVisible()
