"""The way in for staff: the hidden corner gesture, the PIN pad and its lockout.

The PIN is hashed on a worker thread (scrypt is slow on purpose): the pad says it is checking
and takes no digits meanwhile, and the answer comes back as a queued signal. A worker that
does not answer within CHECK_TIMEOUT_MS counts as a wrong PIN. The count of wrong PINs and
the lock are kept in state_dir (kiosk/admin/lockout.py), so a restart does not reset them.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QWidget

from kiosk.admin.gesture import CornerTaps
from kiosk.admin.lockout import LockoutStore
from kiosk.admin.pin import MAX_TRIES, PinError, PinGuard, read_pin_file, verify_pin
from kiosk.config import Config
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.pin_pad import PinPad

log = logging.getLogger(__name__)

PRESSES = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
CORNER_PX = 90  # at 1080p, about 25 mm: easy for staff to hit, empty on every screen
# A hash within pin.BOUNDS takes well under a second; a worker this late is stuck.
CHECK_TIMEOUT_MS = 10_000

Verify = Callable[[str, str], bool]  # (PIN typed, stored hash) -> right; slow, off the GUI thread


class _Answers(QObject):
    """Lives on the GUI thread: a worker emits here, and the slot runs on the GUI thread."""

    checked = Signal(int, bool)  # (which try, right)


class StaffAccess(QObject):
    def __init__(
        self,
        window: QWidget,
        cfg: Config,
        theme: Callable[[], Theme],
        on_success: Callable[[], None],
        now: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        verify: Verify = verify_pin,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.cfg = cfg
        self.theme = theme
        self.on_success = on_success
        self.wall = wall  # the lock's clock: it is kept across restarts, so not a monotonic one
        self.verify = verify
        self.taps = CornerTaps(CORNER_PX, now)
        self.guard: PinGuard | None = None
        self.pad = PinPad(window)
        self.pad.entered.connect(self._entered)
        self.answers = _Answers(self)
        self.answers.checked.connect(self._checked, Qt.ConnectionType.QueuedConnection)
        self.checking = 0  # the try whose hash is under way; 0: none
        self._tries = 0
        self._backstop = QTimer(self)
        self._backstop.setSingleShot(True)
        self._backstop.timeout.connect(lambda: self._checked(self.checking, False))
        self._said: str | None = None  # the PIN file's problem, as last logged
        self._last_press: tuple[int, float, float] | None = None
        # A bad or missing PIN file is said at start, never when the gesture is made: a visitor
        # may make it too, and the log keeps no time of anything a visitor does.
        if self._read_pin() is None and self._said is None:
            log.info("no staff PIN is set (main.py set-pin): the admin gesture opens nothing")

    def handle(self, watched: QObject, event: QEvent) -> bool:
        """Asked by the input router (services/input_router.py): presses go to whatever widget
        is under the finger, so it sees them all, and takes none."""
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

    def _read_pin(self) -> str | None:
        """The stored hash, or None (no PIN, or a file the kiosk refuses: logged once a problem)."""
        try:
            stored = read_pin_file(self.cfg.resolve(self.cfg.admin_pin_file))
        except PinError as err:
            if str(err) != self._said:
                log.warning("staff PIN refused, the admin screen stays shut: %s", err)
                self._said = str(err)
            return None
        self._said = None
        return stored

    def open_pad(self) -> None:
        stored = self._read_pin()
        if stored is None:
            return
        if self.guard is None:
            store = LockoutStore(self.cfg.resolve(self.cfg.state_dir))
            self.guard = PinGuard(stored, self.cfg.admin_lockout, self.wall, store)
        self.guard.stored = stored  # a PIN changed with set-pin counts at once
        self.pad.open(self.theme(), *self._lock_message())
        if self.checking:
            self.pad.show_checking()

    def _lock_message(self) -> tuple[str, bool]:
        assert self.guard is not None
        seconds = self.guard.seconds_locked()
        if seconds:
            return f"Too many wrong PINs. Try again in {max(1, round(seconds / 60))} min.", True
        return "", False

    def _entered(self, digits: str) -> None:
        assert self.guard is not None
        if self.checking:
            return  # one try at a time
        if not self.guard.begin():
            self.pad.show_state(*self._lock_message())
            return
        self._tries += 1
        self.checking = try_ = self._tries
        self.pad.show_checking()
        stored, verify, answers = self.guard.stored, self.verify, self.answers

        def work() -> None:
            try:
                right = verify(digits, stored)
            except Exception:  # a hasher that fails lets nobody in
                right = False
            answers.checked.emit(try_, right)

        self._backstop.start(CHECK_TIMEOUT_MS)
        threading.Thread(target=work, name="pin-check", daemon=True).start()

    @Slot(int, bool)
    def _checked(self, try_: int, right: bool) -> None:
        if try_ != self.checking or self.guard is None:
            return  # a late answer, after the backstop
        self.checking = 0
        self._backstop.stop()
        self.guard.settle(right)
        if not self.pad.isVisible():
            return  # cancelled (or the visit reset) while it hashed: the try counts, nothing opens
        if right:
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
