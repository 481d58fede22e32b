"""Something to do once a window's first frame is on screen: the kiosk draws its Attract screen
first and reads and checks its content just after (kiosk/ui/app.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class AfterFirstFrame(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)  # gone with the window, even if it was never shown
        self.window = window
        self.then = then
        app = QApplication.instance()
        assert app is not None, "a window needs its application"
        self.app = app
        # On the application: a window's first paint may be delivered to any of its widgets.
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            # Only once, and then out of the way: a filter on the application sees every event.
            self.app.removeEventFilter(self)
            # Once the event loop is back, so the frame has been flushed to the screen.
            QTimer.singleShot(0, self, self.then)
        return False


def after_first_frame(window: QWidget, then: Callable[[], None]) -> AfterFirstFrame:
    """Call `then` once, just after the window's first paint (nothing, if it is never shown)."""
    return AfterFirstFrame(window, then)
