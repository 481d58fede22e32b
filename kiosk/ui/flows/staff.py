"""The way in for staff: the hidden corner gesture, the PIN pad and its lockout."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.admin.gesture import CornerTaps
from kiosk.admin.pin import MAX_TRIES, PinError, PinGuard, read_pin_file
from kiosk.config import Config
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.pin_pad import PinPad

log = logging.getLogger(__name__)

PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
CORNER_PX = 90  # at 1080p, about 25 mm: easy for staff to hit, empty on every screen


class StaffAccess(QObject):
    def __init__(
        self,
        window: QWidget,
        cfg: Config,
        theme: Callable[[], Theme],
        on_success: Callable[[], None],
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.cfg = cfg
        self.theme = theme
        self.on_success = on_success
        self.now = now
        self.taps = CornerTaps(CORNER_PX, now)
        self.guard: PinGuard | None = None
        self.pad = PinPad(window)
        self.pad.entered.connect(self._entered)
        self._last_press: tuple[int, float, float] | None = None
        app = QApplication.instance()
        if app is not None:
            # Presses go to whatever widget is under the finger: watch them all, take none.
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # A quick second tap on the same spot arrives as a double click: a press all the same.
        if event.type() not in PRESSES or not isinstance(event, QMouseEvent):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.window or self.pad.isVisible():
            return False
        spot = event.globalPosition()
        # The same press is offered again to each parent it propagates to: count it once.
        key = (event.timestamp(), spot.x(), spot.y())
        if key == self._last_press:
            return False
        self._last_press = key
        local = self.window.mapFromGlobal(spot.toPoint())
        self.taps.corner = self.theme().target(CORNER_PX)
        if self.taps.press(local.x(), local.y()):
            self.open_pad()
        return False

    def open_pad(self) -> None:
        try:
            stored = read_pin_file(self.cfg.resolve(self.cfg.admin_pin_file))
        except PinError as err:
            log.warning("admin gesture: %s", err)
            return
        if stored is None:
            log.info("admin gesture seen, but no PIN is set (main.py set-pin): nothing opens")
            return
        if self.guard is None:
            self.guard = PinGuard(stored, self.cfg.admin_lockout, self.now)
        self.guard.stored = stored  # a PIN changed with set-pin counts at once
        self.pad.open(self.theme(), *self._lock_message())

    def _lock_message(self) -> tuple[str, bool]:
        assert self.guard is not None
        seconds = self.guard.seconds_locked()
        if seconds:
            return f"Too many wrong PINs. Try again in {max(1, round(seconds / 60))} min.", True
        return "", False

    def _entered(self, digits: str) -> None:
        assert self.guard is not None
        if self.guard.try_pin(digits):
            self.pad.hide()
            log.info("admin screen opened")
            self.on_success()
            return
        message, locked = self._lock_message()
        if locked:
            log.warning("PIN pad locked for %d s after %d wrong PINs", self.cfg.admin_lockout, MAX_TRIES)
        else:
            left = MAX_TRIES - self.guard.wrong
            message = f"Wrong PIN. {left} {'try' if left == 1 else 'tries'} left before the pad locks."
        self.pad.show_state(message, locked)

    def close(self) -> None:
        self.pad.hide()
        self.taps.taps.clear()
