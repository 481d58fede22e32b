"""The GUI thread tells systemd it is alive: READY=1 after the first frame, then WATCHDOG=1."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from kiosk.ui.services.watchdog import SystemdWatchdog, start_systemd_watchdog
from tests.helpers.notify import Inbox

pytestmark = pytest.mark.gui


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator[Inbox]:
    box = Inbox(tmp_path / "notify")
    yield box
    box.sock.close()


@pytest.fixture
def watchdogs(qapp: QApplication) -> Iterator[list[SystemdWatchdog]]:
    made: list[SystemdWatchdog] = []
    yield made
    for watchdog in made:
        qapp.removeEventFilter(watchdog)
        qapp.aboutToQuit.disconnect(watchdog.stop)
        if watchdog.timer is not None:
            watchdog.timer.stop()
        watchdog.setParent(None)
        watchdog.deleteLater()


def started(qapp: QApplication, env: dict[str, str], made: list[SystemdWatchdog]) -> SystemdWatchdog:
    watchdog = start_systemd_watchdog(qapp, env)
    assert watchdog is not None
    made.append(watchdog)
    return watchdog


def test_ready_after_the_first_frame_then_pings(
    qtbot: Any, qapp: QApplication, inbox: Inbox, watchdogs: list[SystemdWatchdog]
) -> None:
    # 0.2 s watchdog: a ping every 0.1 s keeps the test short.
    watchdog = started(qapp, {"NOTIFY_SOCKET": inbox.path, "WATCHDOG_USEC": "200000"}, watchdogs)
    qapp.processEvents()
    assert inbox.read() == [], "nothing before the first frame"
    label = QLabel("first frame")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitUntil(lambda: inbox.read()[:1] == ["READY=1"], timeout=5000)
    qtbot.waitUntil(lambda: inbox.read().count("WATCHDOG=1") >= 3, timeout=5000)
    assert set(inbox.read()) == {"READY=1", "WATCHDOG=1"}
    assert inbox.read().count("READY=1") == 1, "READY is said once, however often the kiosk paints"
    assert watchdog.timer is not None and watchdog.timer.interval() == 100


def test_a_hung_gui_thread_sends_no_pings(
    qtbot: Any, qapp: QApplication, inbox: Inbox, watchdogs: list[SystemdWatchdog]
) -> None:
    watchdog = started(qapp, {"NOTIFY_SOCKET": inbox.path, "WATCHDOG_USEC": "200000"}, watchdogs)
    watchdog.start()
    qtbot.waitUntil(lambda: "WATCHDOG=1" in inbox.read(), timeout=5000)
    before = len(inbox.read())
    # Busy for three ping intervals without turning the event loop, as a hung slot would be:
    # a ping sent from anywhere but the GUI thread would arrive anyway.
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        pass
    assert len(inbox.read()) == before
    qtbot.waitUntil(lambda: len(inbox.read()) > before, timeout=5000)


def test_stopping_on_quit(
    qtbot: Any, qapp: QApplication, inbox: Inbox, watchdogs: list[SystemdWatchdog]
) -> None:
    watchdog = started(qapp, {"NOTIFY_SOCKET": inbox.path, "WATCHDOG_USEC": "200000"}, watchdogs)
    watchdog.start()
    qapp.aboutToQuit.emit()
    assert inbox.read()[-1] == "STOPPING=1"
    assert watchdog.timer is not None and not watchdog.timer.isActive()


def test_ready_without_a_watchdog_has_no_timer(
    qtbot: Any, qapp: QApplication, inbox: Inbox, watchdogs: list[SystemdWatchdog]
) -> None:
    watchdog = started(qapp, {"NOTIFY_SOCKET": inbox.path}, watchdogs)
    assert watchdog.timer is None
    watchdog.start()
    assert inbox.read() == ["READY=1"]


def test_nothing_at_all_outside_systemd(qapp: QApplication) -> None:
    timers_before = len(qapp.findChildren(QTimer))
    assert start_systemd_watchdog(qapp, {}) is None
    assert start_systemd_watchdog(qapp, {"WATCHDOG_USEC": "200000"}) is None
    assert len(qapp.findChildren(QTimer)) == timers_before
