"""The running kiosk's status file, as app.py wires it to the window: written when what is on
screen or the printer's answer changes, never by a visit."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kiosk.printing.outcome import PrinterHealth
from kiosk.status_file import StatusFile
from kiosk.ui.app import keep_status
from kiosk.ui.main_window import KioskWindow
from tests.helpers.content import write_card
from tests.helpers.visitor import open_first_card, tap

pytestmark = pytest.mark.gui


class Printer:
    def __init__(self) -> None:
        self.health = PrinterHealth("OK", "'Lobby' ready")

    def __call__(self) -> PrinterHealth:
        return self.health


def mtime_ns(path: Path) -> int:
    return path.stat().st_mtime_ns


def test_a_visit_writes_nothing_and_a_change_on_screen_does(
    qtbot: Any, make_window: Any, repo_copy: Path, tmp_path: Path
) -> None:
    printer = Printer()
    window: KioskWindow = make_window(
        live=True,
        content_dir=repo_copy / "content",
        translations_dir=repo_copy / "translations",
        printer_health=printer,
    )
    window.printer_watch._threaded = False  # the answer at once, on this thread
    path = tmp_path / "state" / "status.json"
    status = StatusFile(path)
    assert window.live is not None
    keep_status(window, window.live, status)
    window.printer_watch.ask()
    written = path.read_text()
    assert json.loads(written)["screen"] == "content"
    assert json.loads(written)["printer_ready"] is True
    inode = path.stat().st_ino

    open_first_card(qtbot, window)  # a visit: taps, a language, a card
    tap(qtbot, window.top_bar.back_button)
    window.reset_visit()  # it ends (the printer is asked again: the same answer)
    assert path.stat().st_ino == inode and path.read_text() == written, "a visit leaves no trace"

    printer.health = PrinterHealth("FIX", "'Lobby' is out of paper")
    window.printer_watch.ask()
    assert json.loads(path.read_text())["printer"] == "'Lobby' is out of paper"

    card = write_card(repo_copy / "content", "report-a-crime", "questions", "Updated", "city-statement")
    text = card.read_text(encoding="utf-8")
    checked = next(line for line in text.splitlines() if line.startswith("last_checked:"))
    card.write_text(text.replace(checked, "last_checked: 2020-01-02"), encoding="utf-8")
    window.update_arrived()
    assert json.loads(path.read_text())["oldest_check"] == "2020-01-02", "the content now on screen"


def test_closing_and_opening_by_the_schedule_are_in_it_a_wake_up_touch_is_not(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    import datetime as dt

    from kiosk.content.live import LiveContent
    from tests.helpers.touch import touch_tap
    from tests.ui.test_opening_hours import HOURS, MONDAY_NIGHT, WallClock

    clock = WallClock(MONDAY_NIGHT)
    window: KioskWindow = make_window(open_hours=HOURS, wall_clock=clock)
    path = tmp_path / "status.json"
    assert window.live is None and window.content is not None
    status = StatusFile(path)
    live = LiveContent(tmp_path / "unused", [])  # stands for the folder the kiosk read
    live.current = window.content
    keep_status(window, live, status)
    assert json.loads(path.read_text())["closed"] is True
    inode = path.stat().st_ino
    touch_tap(window.stack.closed)  # a visitor wakes it: not the schedule
    window.reset_visit()
    assert path.stat().st_ino == inode
    clock.now = MONDAY_NIGHT + dt.timedelta(hours=10)  # Tuesday 08:00
    window.hours.check()
    assert json.loads(path.read_text())["closed"] is False


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_an_update_refused_while_it_runs_is_in_it(make_window: Any, repo_copy: Path, tmp_path: Path) -> None:
    window: KioskWindow = make_window(
        live=True, content_dir=repo_copy / "content", translations_dir=repo_copy / "translations"
    )
    path = tmp_path / "state" / "status.json"
    status = StatusFile(path)
    assert window.live is not None
    keep_status(window, window.live, status)
    assert json.loads(path.read_text())["refused"] == ""
    (repo_copy / "content" / "topics.yaml").write_text("topics: [", encoding="utf-8")  # broken
    window.update_arrived()
    assert "topics.yaml" in json.loads(path.read_text())["refused"]
    assert window.content is not None, "the last good content stays on screen"
