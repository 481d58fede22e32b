"""Ask the printer how it is without freezing the screen: libcups can block for seconds on a
printer that has gone away, so the question runs on a worker thread and the answer comes back
to the GUI thread as a signal. Asked when the kiosk starts, between visits and when a card
opens (nothing polls); the admin screen shows the answer, and Print is offered only when a
slip can come out."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.printing.backend import PrintBackend
from kiosk.printing.outcome import PrinterHealth

log = logging.getLogger(__name__)

Ask = Callable[[], PrinterHealth]


class PrinterWatch(QObject):
    answered = Signal(object)  # a PrinterHealth

    def __init__(self, parent: QObject, ask: Ask, threaded: bool = True) -> None:
        super().__init__(parent)
        self._ask = ask
        self._threaded = threaded  # False for an answer that cannot block (a stand-in printer)
        self._asking = False
        self.last: PrinterHealth | None = None  # the newest answer
        self._failing = False  # the last question raised (and was logged)

    def ask(self) -> None:
        """Start a question, unless one is under way; `answered` follows."""
        if self._asking:
            return
        self._asking = True
        if self._threaded:
            threading.Thread(target=self._worker, name="printer-health", daemon=True).start()
        else:
            self._worker()

    def _worker(self) -> None:
        try:
            health = self._ask()
            self._failing = False
        except Exception as err:  # a broken spooler is an answer, not a crash
            # Logged once until it answers again: it is asked each time a card opens, and a
            # line each time would count a visitor's cards, and time them.
            if not self._failing:
                log.exception("the printer's state could not be read")
            self._failing = True
            health = PrinterHealth("FIX", f"cannot be read ({err})")
        self._asking = False
        self.last = health
        # Emitted from this thread: Qt queues it to the GUI thread, where the receivers live.
        self.answered.emit(health)


def printer_watch_for(parent: QObject, printer: PrintBackend, ask: Ask | None = None) -> PrinterWatch:
    """The back end's health, asked on a worker thread unless it answers at once (a stand-in);
    `ask`, where given (tests), answers for it, on a worker thread."""
    if ask is not None:
        return PrinterWatch(parent, ask)
    return PrinterWatch(parent, printer.health, threaded=not printer.answers_at_once)
