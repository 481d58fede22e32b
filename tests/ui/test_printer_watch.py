"""The printer is asked on a worker thread; its answer reaches the GUI thread as a signal."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QObject

from kiosk.printing.outcome import PrinterHealth
from kiosk.ui.services.printer_watch import PrinterWatch


def test_the_answer_comes_back_on_the_gui_thread(qtbot: Any) -> None:
    asked_on: list[threading.Thread] = []
    got: list[tuple[PrinterHealth, threading.Thread]] = []
    parent = QObject()
    ready = PrinterHealth("OK", "'Lobby' ready")

    def ask() -> PrinterHealth:
        asked_on.append(threading.current_thread())
        return ready

    watch = PrinterWatch(parent, ask)
    watch.answered.connect(lambda text: got.append((text, threading.current_thread())))
    with qtbot.wait_signal(watch.answered, timeout=5000):
        watch.ask()
    qtbot.waitUntil(lambda: bool(got))
    assert asked_on[0] is not threading.main_thread()
    assert got == [(ready, threading.main_thread())]


@pytest.mark.expect_log("kiosk.ui.services.printer_watch", "ERROR")
def test_a_spooler_that_raises_is_an_answer(qtbot: Any, caplog: Any) -> None:
    def broken() -> PrinterHealth:
        raise OSError("cupsd is gone")

    parent = QObject()
    watch = PrinterWatch(parent, broken)
    with qtbot.wait_signal(watch.answered, timeout=5000) as blocker:
        watch.ask()
    assert blocker.args == [PrinterHealth("FIX", "cannot be read (cupsd is gone)")]
    assert not blocker.args[0].ready


@pytest.mark.expect_log("kiosk.ui.services.printer_watch", "ERROR")
def test_a_spooler_that_keeps_raising_is_logged_once_not_at_every_card(caplog: Any) -> None:
    # Asked each time a visitor opens a card: a line each time would count their cards.
    answers: list[PrinterHealth | OSError] = [OSError("cupsd is gone")] * 3 + [PrinterHealth("OK", "ready")]
    answers += [OSError("cupsd is gone again")]

    def ask() -> PrinterHealth:
        answer = answers.pop(0)
        if isinstance(answer, OSError):
            raise answer
        return answer

    parent = QObject()
    watch = PrinterWatch(parent, ask, threaded=False)
    for _ in range(5):
        watch.ask()
    said = [r for r in caplog.records if r.name == "kiosk.ui.services.printer_watch"]
    assert len(said) == 2, "once when it failed, once more when it failed again after an answer"
