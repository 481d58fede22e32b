"""A visitor's Print: a "printing" message at once, the outcome when the printer has answered
(within `print_timeout`), and nothing at all for the next visitor if this one has gone."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from kiosk.i18n.translator import N_p
from kiosk.printing.backend import PrintBackend, PrintDone
from kiosk.printing.outcome import PrintOutcome
from kiosk.ui.flows.on_screen import OnScreen
from kiosk.ui.widgets.overlay import Overlay

log = logging.getLogger(__name__)

PRINTING = (N_p("print", "Sending your page to the printer"), N_p("print", "Please wait a moment."))
PRINTED = (N_p("print", "Your page is printing"), N_p("print", "Please take it from the printer."))
FAILED = (
    N_p("print", "Sorry, the printer is not working right now"),
    N_p("print", "You can scan the QR code with your phone instead."),
)


class PrintFlow(QObject):
    def __init__(self, parent: QObject, printer: PrintBackend, on_screen: OnScreen, message: Overlay) -> None:
        super().__init__(parent)
        self.printer = printer
        self.on_screen = on_screen
        self.message = message
        self.busy = False  # a job is under way: one slip at a time, for visitors and staff alike

    @property
    def ready(self) -> bool:
        return not self.busy and self.on_screen.content is not None

    def send(self, card_id: str, lang: str, done: PrintDone) -> None:
        """Print `card_id` in `lang`; `done` runs once, when the printer has answered. Only
        when `ready`: a second tap while a slip prints does nothing."""
        content = self.on_screen.content
        assert self.ready and content is not None
        self.busy = True

        def finished(outcome: PrintOutcome) -> None:
            self.busy = False  # the printer's fault, if any, was logged where it was met
            done(outcome)

        try:
            self.printer.start(content, card_id, lang, finished)
        except Exception as err:  # a printer must never take the kiosk down, nor keep Print stuck
            log.exception("printing could not start")
            finished(PrintOutcome(False, f"printing could not start: {err}"))

    def start(self, card_id: str) -> None:
        """A visitor's Print."""
        if not self.ready:
            return
        visit = self.on_screen.visit
        self._say(*PRINTING)
        self.send(card_id, self.on_screen.translator.code, lambda outcome: self._done(outcome, visit))

    def _done(self, outcome: PrintOutcome, visit: int) -> None:
        if visit != self.on_screen.visit:
            return  # that visitor has gone: the next one is not told about their page
        self._say(*(PRINTED if outcome.ok else FAILED))

    def _say(self, heading: tuple[str, str], text: tuple[str, str]) -> None:
        tr = self.on_screen.translator
        ok = tr.pgettext("message button", "OK")
        self.message.show_message(self.on_screen.theme, tr.pgettext(*heading), tr.pgettext(*text), ok)
