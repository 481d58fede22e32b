"""Ask the printer how it is without freezing the screen: libcups can block for seconds on a
printer that has gone away, so the question runs on a worker thread and the answer comes back
to the GUI thread as a signal."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config

log = logging.getLogger(__name__)


class PrinterWatch(QObject):
    answered = Signal(str)  # the printer's state in a line, for staff

    def __init__(self, parent: QObject, ask: Callable[[], str]) -> None:
        super().__init__(parent)
        self._ask = ask
        self._asking = False

    def ask(self) -> None:
        """Start a question, unless one is under way; `answered` follows."""
        if self._asking:
            return
        self._asking = True
        threading.Thread(target=self._worker, name="printer-health", daemon=True).start()

    def _worker(self) -> None:
        try:
            text = self._ask()
        except Exception as err:  # a broken spooler is an answer, not a crash
            log.exception("the printer's state could not be read")
            text = f"cannot be read ({err})"
        self._asking = False
        # Emitted from this thread: Qt queues it to the GUI thread, where the receiver lives.
        self.answered.emit(text)


def printer_watch_for(parent: QObject, cfg: Config) -> PrinterWatch:
    def ask() -> str:
        # Loaded on the first question (the admin screen), never before the first frame.
        from kiosk.printing.health import printer_health

        return printer_health(cfg).text

    return PrinterWatch(parent, ask)
