"""Watches for input anywhere in the app and says when the visit has gone idle.

One single-shot timer, set to the next moment something must change: nothing polls while
a visitor reads, and every press, touch or key pushes the moment back.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from kiosk.idle import IdleClock, Phase

INPUT_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
    QEvent.Type.TabletPress,
}


class IdleWatcher(QObject):
    warning = Signal(int)  # seconds left; emitted each second of the countdown
    resumed = Signal()  # input arrived during the countdown
    expired = Signal()

    def __init__(self, clock: IdleClock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.enabled = False
        self.in_warning = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

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
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if self.enabled and event.type() in INPUT_EVENTS:
            self.clock.touch()
            if self.in_warning:
                self.in_warning = False
                self.resumed.emit()
            self._schedule()
        return False

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
            self.warning.emit(self.clock.seconds_left())
        self._schedule()

    def _schedule(self) -> None:
        self.timer.start(max(1, round(self.clock.next_check_in() * 1000)))
