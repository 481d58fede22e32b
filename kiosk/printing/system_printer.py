"""Print the slip on the configured printer, or the system's default, without freezing the screen.

start_print returns at once. A plain Python thread renders and spools the job and watches it
(spooler.run_job: libcups calls block, and painting a slip takes 30-200 ms); Qt allows QPainter
on a QPrinter outside the GUI thread. The outcome comes back through a queued signal to an
object living on the GUI thread, so `done` always runs there. A timer on the GUI thread is the
backstop: whatever the worker is stuck in (a cupsd that does not answer, a Windows driver), the
visitor hears within print_timeout seconds, and the worker, told to stop, cancels its job.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from kiosk.printing.outcome import PrintOutcome

log = logging.getLogger(__name__)

# The worker's own deadline comes this much before the backstop's, so that normally it is the
# worker that reports (and cancels) a slow job, with the printer's name in the detail.
_WORKER_MARGIN = 0.5

Done = Callable[[PrintOutcome], None]


class _Relay(QObject):
    """Lives on the GUI thread for good: workers emit to it, never touch a job's Qt objects
    (a QObject freed by a worker's last reference would be deleted on the wrong thread)."""

    finished = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self.deliver, Qt.ConnectionType.QueuedConnection)
        self.pending: dict[int, tuple[Done, QTimer, threading.Event]] = {}
        self.count = 0

    def add(self, done: Done, timeout: float) -> tuple[int, threading.Event]:
        self.count += 1
        key = self.count
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self.deliver(key, PrintOutcome(False, _LATE, "timeout")))
        stop = threading.Event()
        self.pending[key] = (done, timer, stop)
        timer.start(int(timeout * 1000))
        return key, stop

    @Slot(int, object)
    def deliver(self, key: int, outcome: PrintOutcome) -> None:
        entry = self.pending.pop(key, None)
        if entry is None:
            return  # the backstop already answered; the worker's late word goes nowhere
        done, timer, stop = entry
        timer.stop()
        timer.deleteLater()
        stop.set()  # a worker still watching its job cancels it
        if not outcome.ok:
            # For staff: the printer's fault only, nothing about the card or the visitor.
            log.warning("printing failed (%s): %s", outcome.reason, outcome.detail)
        done(outcome)


_LATE = "the print job did not finish in time (the worker did not answer)"
_relay: _Relay | None = None


Job = Callable[[float, threading.Event], PrintOutcome]


def start_print(timeout: float, job: Job, done: Done) -> None:
    """Run `job(deadline, stop)` in the background (a back end's: kiosk/printing/backend.py);
    `done(outcome)` runs once, on the GUI thread, within `timeout` seconds. Call from the GUI
    thread (the QApplication must exist)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    relay = _relay
    key, stop = relay.add(done, timeout)
    deadline = time.monotonic() + max(0.5, timeout - _WORKER_MARGIN)

    def work() -> None:
        relay.finished.emit(key, job(deadline, stop))

    threading.Thread(target=work, name="kiosk-print", daemon=True).start()
