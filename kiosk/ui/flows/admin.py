"""What the admin screen does: show the kiosk's state, reload content, print a test slip,
exit. Staff-only, in English; an admin screen left open goes back to Attract by itself."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk import __version__, logs
from kiosk.admin.status import LanguageState, Status, status_lines
from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE
from kiosk.printing.outcome import PrintOutcome
from kiosk.ui.places import Place

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow

log = logging.getLogger(__name__)


class AdminFlow(QObject):
    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        screen = window.admin
        screen.leave.connect(window.reset_visit)
        screen.reload.connect(self.reload)
        screen.test_print.connect(self.test_print)
        screen.exit_kiosk.connect(self.exit)

    def status(self) -> Status:
        from kiosk.doctor import check_printer

        w = self.window
        languages = []
        for code in w.cfg.languages:
            tr = w._translator(code)
            catalog = tr.catalog
            state = "source" if code == SOURCE_LANGUAGE or catalog is None else catalog.review_state
            problem = catalog.error if catalog is not None else None
            languages.append(LanguageState(code, LANGUAGES[code].english_name, state, problem))
        live = w.live
        return Status(
            version=__version__,
            content_folder=str(w.cfg.resolve(w.cfg.content_dir)),
            content=w.content,
            content_loaded=live.loaded_at if live else "at start",
            pending_problem=live.problem if live else None,
            languages=tuple(languages),
            printer=check_printer(w.cfg).text,
            faults=tuple(logs.RECENT.lines),
        )

    def open(self) -> None:
        w = self.window
        w.message.hide()
        w.idle_overlay.hide()
        w.history = [Place("admin")]
        w.set_language(w.cfg.default_language)
        w.admin.show_status(status_lines(self.status()), w.theme)
        w.go(Place("admin"), remember=False)
        w.idle.start()

    def reload(self) -> None:
        w = self.window
        w.update_waiting = True
        w.apply_update()
        w.admin.show_status(status_lines(self.status()), w.theme)
        refused = w.live.problem if w.live else None
        w.admin.say(f"Update refused: {refused}" if refused else "Content and translations read again.")

    def test_print(self) -> None:
        w = self.window
        if not w.print_flow.ready or w.content is None:
            return
        w.admin.say("Printing a test slip ...")
        w.print_flow.send(sorted(w.content.cards)[0], SOURCE_LANGUAGE, self._printed)

    def _printed(self, outcome: PrintOutcome) -> None:
        self.window.admin.say(("Test slip: " if outcome.ok else "Test slip failed: ") + outcome.detail)

    def exit(self) -> None:
        log.warning("staff closed the kiosk from the admin screen")
        self.window.allow_close = True
        self.window.exit_requested.emit()
