"""Staff get in with the hidden gesture and the PIN, and nobody else does."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer

from kiosk.admin.pin import MAX_TRIES, write_pin_file
from kiosk.content.model import Content
from kiosk.ui.main_window import KioskWindow
from tests.helpers.clock import FakeClock
from tests.helpers.content import write_card
from tests.helpers.printer import RecordingPrinter
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui

PIN = "583920"


def corner_taps(qtbot: Any, window: KioskWindow, taps: int = 5) -> None:
    """Taps as a finger would: on whatever widget is in the corner (Attract, then the top bar)."""
    for _ in range(taps):
        corner = QPoint(8, 8)
        widget = window.childAt(corner) or window
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.mapFrom(window, corner))


def type_pin(qtbot: Any, window: KioskWindow, digits: str) -> None:
    for digit in digits:
        tap(qtbot, window.staff.pad.keys[digit])
    tap(qtbot, window.staff.pad.keys["OK"])
    # The PIN is hashed on a worker thread: the pad says so until the answer comes back.
    pad = window.staff.pad
    qtbot.waitUntil(lambda: not (pad.isVisible() and pad.message.text().startswith("Checking")), timeout=5000)


@pytest.fixture
def pin_file(tmp_path: Path) -> Path:
    path = tmp_path / "admin-pin"
    write_pin_file(path, PIN)
    return path


@pytest.fixture
def wall(clock: FakeClock) -> Any:
    """The wall clock the PIN lock runs on, moved with the test's clock."""
    return lambda: dt.datetime.fromtimestamp(1_750_000_000 + clock.t)


@pytest.fixture
def staff_window(make_window: Any, pin_file: Path, tmp_path: Path, wall: Any) -> KioskWindow:
    window: KioskWindow = make_window(admin_pin_file=pin_file, state_dir=tmp_path / "state", wall_clock=wall)
    return window


def test_without_a_pin_the_gesture_opens_nothing(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window = make_window(admin_pin_file=tmp_path / "no-pin-here")
    corner_taps(qtbot, window)
    assert not window.staff.pad.isVisible()
    assert window.stack.currentWidget() is not window.admin


def test_the_gesture_without_a_pin_is_said_at_start_not_when_made(
    qtbot: Any, make_window: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A visitor may make the gesture: the log keeps no time of it."""
    with caplog.at_level(logging.DEBUG):
        window = make_window(admin_pin_file=tmp_path / "no-pin-here")
    assert any("no staff PIN is set" in r.getMessage() for r in caplog.records)
    caplog.clear()
    with caplog.at_level(logging.DEBUG):
        corner_taps(qtbot, window)
        corner_taps(qtbot, window)
    assert [r.getMessage() for r in caplog.records if r.name.startswith("kiosk")] == []


def test_four_taps_or_taps_elsewhere_open_nothing(qtbot: Any, staff_window: KioskWindow) -> None:
    corner_taps(qtbot, staff_window, 4)
    qtbot.mouseClick(staff_window, Qt.MouseButton.LeftButton, pos=QPoint(900, 500))
    corner_taps(qtbot, staff_window, 1)
    assert not staff_window.staff.pad.isVisible()


def test_gesture_and_pin_open_the_admin_screen(
    qtbot: Any, staff_window: KioskWindow, content: Content
) -> None:
    corner_taps(qtbot, staff_window)
    pad = staff_window.staff.pad
    assert pad.isVisible()
    for digit in PIN[:3]:
        tap(qtbot, pad.keys[digit])
    assert pad.dots.text().count("\u25cf") == 3, "digits show as dots, never as numbers"
    assert PIN[:3] not in pad.dots.text()
    tap(qtbot, pad.keys["Clear"])
    type_pin(qtbot, staff_window, PIN)
    assert not pad.isVisible()
    assert staff_window.stack.currentWidget() is staff_window.admin
    assert not staff_window.top_bar.isVisible()
    shown = staff_window.admin.text_shown()
    topics = f"Content: {len(content.topics)} topics, {len(content.cards)} cards"
    for expected in ("Kiosk version", topics, "es draft", "Printer:", "Recent faults"):
        assert expected in shown


@pytest.mark.expect_log("kiosk.ui.flows.staff", "WARNING")
def test_wrong_pins_lock_the_pad(qtbot: Any, staff_window: KioskWindow, clock: FakeClock) -> None:
    corner_taps(qtbot, staff_window)
    pad = staff_window.staff.pad
    type_pin(qtbot, staff_window, "111112")
    assert "Wrong PIN" in pad.message.text()
    for _ in range(MAX_TRIES - 1):
        type_pin(qtbot, staff_window, "111112")
    assert "Too many wrong PINs" in pad.message.text()
    assert not pad.keys["5"].isEnabled(), "the keys are locked"
    tap(qtbot, pad.cancel)
    corner_taps(qtbot, staff_window)
    assert "Too many wrong PINs" in pad.message.text(), "opening the pad again does not unlock it"
    clock.t += staff_window.cfg.admin_lockout + 1
    tap(qtbot, pad.cancel)
    corner_taps(qtbot, staff_window)
    assert pad.keys["5"].isEnabled()
    type_pin(qtbot, staff_window, PIN)
    assert staff_window.stack.currentWidget() is staff_window.admin


def test_admin_back_and_idle_return_to_attract(
    qtbot: Any, staff_window: KioskWindow, clock: FakeClock
) -> None:
    corner_taps(qtbot, staff_window)
    type_pin(qtbot, staff_window, PIN)
    tap(qtbot, staff_window.admin.buttons["leave"])
    assert staff_window.stack.currentWidget() is staff_window.attract
    assert "Kiosk version" not in staff_window.admin.text_shown(), "nothing is left on the admin screen"
    corner_taps(qtbot, staff_window)
    type_pin(qtbot, staff_window, PIN)
    clock.t += staff_window.cfg.idle_timeout + staff_window.cfg.idle_warning + 1
    staff_window.idle.check()
    assert staff_window.stack.currentWidget() is staff_window.attract, "an admin screen left open closes"


@pytest.mark.expect_log("kiosk.ui.flows.admin", "WARNING")
def test_admin_exit_asks_the_app_to_quit(qtbot: Any, staff_window: KioskWindow) -> None:
    corner_taps(qtbot, staff_window)
    type_pin(qtbot, staff_window, PIN)
    with qtbot.waitSignal(staff_window.exit_requested, timeout=1000):
        tap(qtbot, staff_window.admin.buttons["exit"])
    assert staff_window.allow_close


def test_admin_test_print(qtbot: Any, staff_window: KioskWindow, printer: RecordingPrinter) -> None:
    corner_taps(qtbot, staff_window)
    type_pin(qtbot, staff_window, PIN)
    tap(qtbot, staff_window.admin.buttons["print"])
    assert len(printer.jobs) == 1 and printer.jobs[0][1] == "en"
    assert "Test slip: recorded" in staff_window.admin.text_shown()


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_admin_reload_names_a_refused_update(
    qtbot: Any, make_window: Any, repo_copy: Path, pin_file: Path, content: Content
) -> None:
    card = next(iter(content.cards.values()))
    window = make_window(
        live=True, content_dir=repo_copy / "content", admin_pin_file=pin_file, state_dir=repo_copy / "state"
    )
    corner_taps(qtbot, window)
    type_pin(qtbot, window, PIN)
    write_card(repo_copy / "content", card.id, "no-such-topic", "Broken", card.source)
    tap(qtbot, window.admin.buttons["reload"])
    shown = window.admin.text_shown()
    assert "Update refused:" in shown and f"{card.id}.yaml" in shown and "no-such-topic" in shown
    assert window.content is window.live.current and window.content is not None


# -- issue 20: the lock outlives a restart; a PIN file others can reach; hashing off the GUI thread


@pytest.mark.expect_log("kiosk.ui.flows.staff", "WARNING")
def test_the_lockout_survives_a_restart(
    qtbot: Any, make_window: Any, pin_file: Path, tmp_path: Path, clock: FakeClock, wall: Any
) -> None:
    """A frozen window restarts: the new one (same state_dir) keeps the count and the lock."""

    def start() -> KioskWindow:
        made: KioskWindow = make_window(
            admin_pin_file=pin_file, state_dir=tmp_path / "state", wall_clock=wall
        )
        return made

    first = start()
    corner_taps(qtbot, first)
    for _ in range(2):
        type_pin(qtbot, first, "111112")

    second = start()
    corner_taps(qtbot, second)
    type_pin(qtbot, second, "111112")
    assert second.staff.pad.message.text() == "Wrong PIN. 2 tries left before the pad locks."
    for _ in range(2):
        type_pin(qtbot, second, "111112")
    assert "Too many wrong PINs" in second.staff.pad.message.text()

    clock.t += 60
    third = start()
    corner_taps(qtbot, third)
    pad = third.staff.pad
    assert pad.message.text() == "Too many wrong PINs. Try again in 4 min."
    assert not pad.keys["5"].isEnabled(), "the keys stay locked after a restart"
    clock.t += third.cfg.admin_lockout
    tap(qtbot, pad.cancel)
    corner_taps(qtbot, third)
    type_pin(qtbot, third, PIN)
    assert third.stack.currentWidget() is third.admin


@pytest.mark.skipif(sys.platform == "win32", reason="no POSIX modes on Windows (see read_pin_file)")
@pytest.mark.expect_log("kiosk.ui.flows.staff", "WARNING")
def test_a_pin_file_others_can_read_keeps_the_staff_screen_shut(
    qtbot: Any, make_window: Any, pin_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    pin_file.chmod(0o666)
    window = make_window(admin_pin_file=pin_file)
    for _ in range(3):
        corner_taps(qtbot, window)
        assert not window.staff.pad.isVisible(), "no pad: the right PIN would not open it either"
    assert window.stack.currentWidget() is not window.admin
    said = [r.getMessage() for r in caplog.records if r.name == "kiosk.ui.flows.staff"]
    assert len(said) == 1, "logged once, at start, not at every try"
    refused = "mode 0666: other users can read and write it; the kiosk will not use it"
    assert f"{refused}. Fix: chmod 640 {pin_file}" in said[0]


def test_the_screen_keeps_working_while_the_pin_is_hashed(qtbot: Any, staff_window: KioskWindow) -> None:
    """A slow hash (scrypt, as slow as its bounds allow) runs on a worker: the GUI thread keeps
    handling events, the pad says it is checking and takes no digits, the answer comes back."""
    release, started = threading.Event(), threading.Event()
    seen: list[str] = []

    def slow_hash(pin: str, stored: str) -> bool:
        started.set()
        seen.append(pin)
        release.wait(10)  # held until the test has looked; bounded should the test fail
        return pin == PIN

    staff_window.staff.verify = slow_hash  # the seam: what hashes the PIN typed
    corner_taps(qtbot, staff_window)
    pad = staff_window.staff.pad
    for digit in PIN:
        tap(qtbot, pad.keys[digit])
    tap(qtbot, pad.keys["OK"])
    qtbot.waitUntil(started.is_set, timeout=5000)
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the event loop turns while it hashes
    assert pad.isVisible() and pad.message.text() == "Checking the PIN ..."
    pad.press("1")
    pad.press("OK")
    assert pad.dots.text() == "\u2013", "digits typed meanwhile are ignored"
    assert staff_window.stack.currentWidget() is not staff_window.admin
    release.set()
    qtbot.waitUntil(lambda: staff_window.stack.currentWidget() is staff_window.admin, timeout=5000)
    assert seen == [PIN], "one hash for one try"
