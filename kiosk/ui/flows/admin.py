"""What the admin screen does: show the kiosk's state, reload content, print a test slip,
exit. Staff-only, in English; an admin screen left open goes back to Attract by itself."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject

from kiosk import __version__, logs
from kiosk.admin.status import LanguageState, Status, status_lines
from kiosk.config import Config
from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from kiosk.i18n.translators import Translators
from kiosk.printing.outcome import PrinterHealth, PrintOutcome
from kiosk.ui.flows.printing import PrintFlow
from kiosk.ui.flows.updates import ContentUpdates
from kiosk.ui.screens.admin import AdminScreen
from kiosk.ui.services.printer_watch import PrinterWatch
from kiosk.ui.theme import Theme

log = logging.getLogger(__name__)

CHECKING = "checking ..."


class AdminHost(Protocol):
    """What the admin screen asks of the window."""

    @property
    def theme(self) -> Theme: ...

    def show_admin(self) -> None:
        """Put the admin screen on, in English, over whatever was there."""

    def reset_visit(self) -> None: ...

    def exit_kiosk(self) -> None:
        """Staff chose Exit: close for good (the service manager keeps it closed)."""


class AdminFlow(QObject):
    def __init__(
        self,
        parent: QObject,
        host: AdminHost,
        cfg: Config,
        updates: ContentUpdates,
        printing: PrintFlow,
        translators: Translators,
        printer_watch: PrinterWatch,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self._screen: AdminScreen | None = None  # built when staff first open it: see attach
        self.cfg = cfg
        self.updates = updates
        self.printing = printing
        self.translators = translators
        self.printer_watch = printer_watch
        self.printer = CHECKING
        # The window connects the printer watch's answers and the admin screen's buttons.

    def attach(self, screen: AdminScreen) -> None:
        """The admin screen, once it is built (when staff first open it)."""
        self._screen = screen

    @property
    def screen(self) -> AdminScreen:
        assert self._screen is not None, "the admin screen has not been opened yet"
        return self._screen

    def status(self) -> Status:
        languages = []
        for code in self.cfg.languages:
            catalog = self.translators.get(code).catalog
            state = "source" if code == SOURCE_LANGUAGE or catalog is None else catalog.review_state
            problem = catalog.error if catalog is not None else None
            languages.append(LanguageState(code, LANGUAGES[code].english_name, state, problem))
        live = self.updates.live
        return Status(
            version=__version__,
            content_folder=str(self.cfg.resolve(self.cfg.content_dir)),
            content=self.updates.content,
            content_loaded=live.loaded_at if live else "at start",
            pending_problem=live.problem if live else None,
            languages=tuple(languages),
            printer=self.printer,
            faults=tuple(logs.RECENT.lines),
        )

    def _show_status(self) -> None:
        self.screen.show_status(status_lines(self.status()), self.host.theme)

    def open(self) -> None:
        self.host.show_admin()
        self.printer = CHECKING
        self._show_status()
        self.printer_watch.ask()  # the answer fills the printer's line in a moment

    def printer_answered(self, health: PrinterHealth) -> None:
        self.printer = health.text
        if self._screen is not None and self._screen.isVisible():
            self._show_status()

    def reload(self) -> None:
        self.screen.say("Reading the content and translations ...")
        self.updates.apply(then=self._reloaded)  # hashed and copied off the GUI thread

    def _reloaded(self) -> None:
        self._show_status()
        refused = self.updates.live.problem if self.updates.live else None
        self.screen.say(f"Update refused: {refused}" if refused else "Content and translations read again.")

    def test_print(self) -> None:
        content = self.updates.content
        if not self.printing.ready or content is None:
            return
        self.screen.say("Printing a test slip ...")
        self.printing.send(sorted(content.cards)[0], SOURCE_LANGUAGE, self._printed)

    def _printed(self, outcome: PrintOutcome) -> None:
        self.screen.say(("Test slip: " if outcome.ok else "Test slip failed: ") + outcome.detail)

    def exit(self) -> None:
        log.warning("staff closed the kiosk from the admin screen")
        self.host.exit_kiosk()
