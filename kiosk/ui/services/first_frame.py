"""Something to do once the first frame is on screen: the kiosk draws its Attract screen first
and reads and checks its content just after (kiosk/ui/app.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer


class AfterFirstFrame(QObject):
    def __init__(self, app: QCoreApplication, then: Callable[[], None]) -> None:
        super().__init__(app)
        self.app = app
        self.then = then
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            # Only once, and then out of the way: a filter on the application sees every event.
            self.app.removeEventFilter(self)
            # Once the event loop is back, so the frame has been flushed to the screen.
            QTimer.singleShot(0, self.then)
        return False


def after_first_frame(app: QCoreApplication, then: Callable[[], None]) -> AfterFirstFrame:
    """Call `then` once, just after the first widget's first paint (owned by `app`)."""
    return AfterFirstFrame(app, then)
