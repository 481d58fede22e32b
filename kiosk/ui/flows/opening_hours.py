"""Open and closed: one single-shot timer set to the next opening or closing (nothing polls);
a change that comes during a visit waits for the visit to end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.hours import OpeningHours
from kiosk.ui.services.display_power import DisplayPower

# QTimer takes an int of milliseconds: a long weekend is re-armed when the timer fires.
_LONGEST_MS = 12 * 3600 * 1000


class OpeningHoursFlow(QObject):
    changed = Signal()  # the kiosk has just opened or closed

    def __init__(
        self,
        parent: QObject,
        hours: OpeningHours,
        wall_clock: Callable[[], dt.datetime],
        power: DisplayPower,
        visitor_here: Callable[[], bool],
        start_over: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.hours = hours
        self.wall_clock = wall_clock
        self.power = power
        self.visitor_here = visitor_here
        self.start_over = start_over
        self.closed = not hours.is_open(wall_clock())
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.check)
        self._arm()

    def check(self) -> None:
        """Open or closed now? (The timer asks; tests ask after moving their clock.)"""
        closed = not self.hours.is_open(self.wall_clock())
        if closed != self.closed:
            self.closed = closed
            if not closed:
                self.wake()
            if not self.visitor_here():  # a visit in progress finishes first
                self.start_over()
            self.changed.emit()
        self._arm()

    def _arm(self) -> None:
        now = self.wall_clock()
        change = self.hours.next_change(now)
        if change is None:
            return
        # A second past the minute, so that the clock has surely turned when it fires.
        ms = int((change - now).total_seconds() * 1000) + 1000
        self._timer.start(min(ms, _LONGEST_MS))

    def sleep(self) -> None:
        self.power.set_on(False)

    def wake(self) -> None:
        self.power.set_on(True)
