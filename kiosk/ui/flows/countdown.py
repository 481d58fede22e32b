"""The end of a quiet visit: "Are you still there?" with a soft chime (and the question aloud
where a voice exists) and a ring that runs down for at least 20 s (WCAG 2.2.1). Keep reading
(or a touch anywhere on the message, or any key) carries on where the visitor was; Start over
ends the visit now, as the end of the ring does."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject

from kiosk.ui.flows.listen import ListenFlow
from kiosk.ui.flows.on_screen import OnScreen
from kiosk.ui.services.idle_watcher import IdleWatcher
from kiosk.ui.widgets.idle_warning import IdleWarning


class CountdownFlow(QObject):
    def __init__(
        self,
        parent: QObject,
        watcher: IdleWatcher,
        overlay: IdleWarning,
        listen: ListenFlow,
        on_screen: OnScreen,
    ) -> None:
        super().__init__(parent)
        self.watcher = watcher
        self.overlay = overlay
        self.listen = listen
        self.on_screen = on_screen
        # The window connects the watcher's warning, resumed and expired, Keep reading and
        # Start over.

    def show(self, left: float) -> None:
        """The warning with `left` seconds to go (the watcher's steps, a few a second)."""
        total = self.watcher.clock.countdown
        fraction = left / total if total > 0 else 0.0
        seconds = math.ceil(left)
        if self.overlay.isVisible():
            self.overlay.set_left(fraction, seconds)
            return
        tr = self.on_screen.translator
        question = tr.pgettext("idle", "Are you still there?")
        self.listen.countdown(question)  # a chime, and the question aloud where a voice exists
        self.overlay.show_warning(
            self.on_screen.theme,
            question,
            tr.pgettext("idle", "The screen will go back to the start in:"),
            # NOTE: The big button on "Are you still there?" that keeps the visit going.
            tr.pgettext("idle button", "Keep reading"),
            # NOTE: The second button on "Are you still there?": it clears the screen now and
            # goes back to the start, for the next person.
            tr.pgettext("idle button", "Start over"),
            fraction,
            seconds,
        )

    def carry_on(self) -> None:
        self.overlay.hide()
        if self.watcher.enabled:
            self.watcher.start()
