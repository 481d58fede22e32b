"""Watches for input anywhere in the app and says when the visit has gone idle.

One single-shot timer, set to the next moment something must change: nothing polls while
a visitor reads, and every press, touch or key pushes the moment back. During the warning it
fires a few times a second (kiosk/idle.py's TICK), for the ring that runs down; while Listen
reads a card it is held, and not set at all.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.idle import IdleClock, Phase

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}
PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}


class IdleWatcher(QObject):
    warning = Signal(float)  # seconds left; emitted at each step of the warning's ring
    resumed = Signal()  # a key (or Listen) answered the warning
    expired = Signal()

    def __init__(self, clock: IdleClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.enabled = False
        self.in_warning = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """Watch a visit (from the first tap past Attract)."""
        self.enabled = True
        self.in_warning = False
        self.clock.touch()
        self._schedule()

    def stop(self) -> None:
        """Nobody to watch (Attract is showing)."""
        self.enabled = False
        self.in_warning = False
        self.clock.held = False
        self.timer.stop()

    def set_timeout(self, seconds: float) -> None:
        """The time before the warning for the screen now shown (kiosk/idle.py)."""
        self.clock.set_timeout(seconds)
        if self.enabled and not self.in_warning:
            self._schedule()

    def hold(self, on: bool) -> None:
        """Listen is reading a card (on): no warning until it stops, and then the full time."""
        if on and self.in_warning:  # cannot be reached by a visitor (the warning covers Listen)
            self.in_warning = False
            self.resumed.emit()
        self.clock.hold(on)
        if self.enabled:
            self._schedule()

    def handle(self, watched: QObject, event: QEvent) -> bool:
        """Asked by the input router, right after lockdown (services/input_router.py)."""
        kind = event.type()
        if not self.enabled or kind not in INPUT_EVENTS:
            return False
        if self.in_warning and kind in PRESSES:
            # A finger on the warning: its buttons answer (Keep reading, or Start over, which
            # must still be there for the release that clicks it), and so does its background.
            return False
        self.clock.touch()
        answered = self.in_warning
        if answered:
            self.in_warning = False
            self.resumed.emit()
        self._schedule()
        # The key that answers "Are you still there?" does only that: a keypad's Back must not
        # also go back a screen. (A touch goes on: it lands on the message, which covers all.)
        return answered and kind == QEvent.Type.KeyPress

    def check(self) -> None:
        """Act on the clock now (the timer calls this; tests call it after moving the clock)."""
        if not self.enabled:
            return
        phase = self.clock.phase()
        if phase is Phase.EXPIRED:
            self.stop()
            self.expired.emit()
            return
        if phase is Phase.WARNING:
            self.in_warning = True
            self.warning.emit(self.clock.left())
        self._schedule()

    def _schedule(self) -> None:
        wait = self.clock.next_check_in()
        if wait is None:
            self.timer.stop()  # held: Listen's end sets it again
        else:
            self.timer.start(max(1, round(wait * 1000)))
