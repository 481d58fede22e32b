"""start_print's promises, without a printer: it returns at once, and `done` runs exactly once,
on the GUI thread, by print_timeout even when the worker is stuck."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from kiosk.config import from_mapping
from kiosk.printing import spooler
from kiosk.printing.backend import SystemPrinter
from kiosk.printing.outcome import PrintOutcome
from tests.helpers.content import load_repo_content


def _start(timeout: int = 2) -> tuple[list[PrintOutcome], list[bool], str]:
    cfg = from_mapping({"print_timeout": timeout})
    content = load_repo_content(cfg)
    card_id = next(iter(content.cards))
    outcomes: list[PrintOutcome] = []
    on_gui: list[bool] = []

    def done(outcome: PrintOutcome) -> None:
        app = QApplication.instance()
        assert app is not None
        on_gui.append(QThread.currentThread() is app.thread())
        outcomes.append(outcome)

    SystemPrinter(cfg).start(content, card_id, "fa", done)
    return outcomes, on_gui, card_id


def test_the_outcome_arrives_on_the_gui_thread(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    ran_on: list[bool] = []

    def worker(*args: object) -> PrintOutcome:
        ran_on.append(threading.current_thread() is threading.main_thread())
        return PrintOutcome(True, "sent")

    monkeypatch.setattr(spooler, "run_job", worker)
    outcomes, on_gui, _card_id = _start()
    qtbot.waitUntil(lambda: bool(outcomes))
    assert outcomes == [PrintOutcome(True, "sent")]
    assert ran_on == [False], "the job ran off the GUI thread"
    assert on_gui == [True]


@pytest.mark.expect_log("kiosk.printing.system_printer", "WARNING")
def test_a_stuck_worker_is_answered_for_and_told_to_stop(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    release = threading.Event()
    stopped: list[bool] = []

    def worker(*args: object) -> PrintOutcome:
        stop = args[-1]
        assert isinstance(stop, threading.Event)
        # Ignores its deadline, as a driver stuck in a system call would; sees only `stop`.
        stopped.append(stop.wait(60))
        release.wait(60)
        return PrintOutcome(True, "too late")

    monkeypatch.setattr(spooler, "run_job", worker)
    outcomes, on_gui, card_id = _start(timeout=2)
    assert outcomes == []
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    assert [o.reason for o in outcomes] == ["timeout"]
    assert on_gui == [True]
    qtbot.waitUntil(lambda: bool(stopped))
    assert stopped == [True], "the worker was told to stop (and so to cancel its job)"
    release.set()
    qtbot.waitUntil(lambda: not any(t.name == "kiosk-print" for t in threading.enumerate()))
    QApplication.processEvents()  # its late outcome, queued before it ended, is dropped
    assert len(outcomes) == 1
    assert "printing failed (timeout)" in caplog.text
    assert card_id not in caplog.text, "the log names the fault, never the card"
