"""Proof of life for systemd, sent from the GUI thread itself.

The pings come from a timer in the GUI thread's event loop, so they stop when that thread
hangs (a stuck paint, a deadlock, a SIGSTOP) and systemd's WatchdogSec= then kills and
restarts the kiosk. A ping from a helper thread would keep a frozen screen alive.

READY=1 waits for the first painted frame (the kiosk: and for its content read just after it,
kiosk/ui/app.py): with Type=notify, systemd counts a kiosk that never draws as a failed start
and tries again. Outside systemd nothing here is created, so a
developer's kiosk has no extra timer; under systemd it is one timer at half the watchdog
interval, the only wake-up the kiosk adds while nobody is there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

from kiosk import sd_notify

Send = Callable[[str], bool]


class SystemdWatchdog(QObject):
    def __init__(self, interval: float | None, send: Send, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval = interval
        self.send = send
        self.ready = False
        self.timer: QTimer | None = None
        if interval is not None:
            self.timer = QTimer(self)
            # The default (coarse) timer type on purpose: Qt already makes it second-precise
            # for long intervals, whereas VeryCoarseTimer rounds a sub-second one down to 0.
            self.timer.setInterval(max(1, round(interval * 1000 / 2)))
            self.timer.timeout.connect(self.ping)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and not self.ready:
            # Sent once the event loop is back, so the frame has been flushed to the screen.
            QTimer.singleShot(0, self.start)
            self._unwatch()
        return False

    def _unwatch(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def start(self) -> None:
        """Say READY=1 and start pinging (the first paint calls this; a caller may too)."""
        if self.ready:
            return
        self._unwatch()
        self.ready = True
        self.send(sd_notify.READY)
        if self.timer is not None:
            self.ping()
            self.timer.start()

    def ping(self) -> None:
        self.send(sd_notify.WATCHDOG)

    def stop(self) -> None:
        """The kiosk is quitting on purpose: no more pings, and systemd is told why."""
        if self.timer is not None:
            self.timer.stop()
        self.send(sd_notify.STOPPING)


def start_systemd_watchdog(
    app: QCoreApplication, env: Mapping[str, str] | None = None, at_first_paint: bool = True
) -> SystemdWatchdog | None:
    """Under systemd, READY=1 at the first painted frame (or, not `at_first_paint`, when the
    caller calls start()), WATCHDOG=1 every half interval after it, STOPPING=1 when the
    application quits; outside systemd, None and nothing at all.

    The watchdog is owned by `app`, so the caller need not keep it."""
    if sd_notify.notify_socket(env) is None:
        return None
    watchdog = SystemdWatchdog(
        sd_notify.watchdog_interval(env), lambda message: sd_notify.notify(message, env), app
    )
    if at_first_paint:
        app.installEventFilter(watchdog)
    app.aboutToQuit.connect(watchdog.stop)
    return watchdog
