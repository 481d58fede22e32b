"""The end of a quiet visit: "Are you still there?" with a chime and a countdown; a touch on
Continue (or anywhere) carries on, and at zero the visit is forgotten."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.ui.flows.listen import ListenFlow
from kiosk.ui.flows.on_screen import OnScreen
from kiosk.ui.services.idle_watcher import IdleWatcher
from kiosk.ui.widgets.overlay import Overlay


class CountdownFlow(QObject):
    def __init__(
        self,
        parent: QObject,
        watcher: IdleWatcher,
        overlay: Overlay,
        listen: ListenFlow,
        on_screen: OnScreen,
    ) -> None:
        super().__init__(parent)
        self.watcher = watcher
        self.overlay = overlay
        self.listen = listen
        self.on_screen = on_screen
        # The window connects the watcher's warning, resumed and expired, and Continue.

    def show(self, seconds: int) -> None:
        if self.overlay.isVisible():
            self.overlay.set_number(str(seconds))
            return
        tr = self.on_screen.translator
        question = tr.pgettext("idle", "Are you still there?")
        self.listen.countdown(question)  # a chime, and the question aloud where a voice exists
        self.overlay.show_message(
            self.on_screen.theme,
            question,
            tr.pgettext("idle", "The screen will go back to the start in:"),
            # NOTE: The big button on the "Are you still there?" message.
            tr.pgettext("idle button", "Continue"),
            number=str(seconds),
        )

    def carry_on(self) -> None:
        self.overlay.hide()
        if self.watcher.enabled:
            self.watcher.start()
