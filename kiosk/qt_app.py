"""The one QApplication, made on first need (the kiosk, screenshots, PDF slips)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from kiosk import __version__

# Said by the offscreen platform on every window shown, and by Qt's font fallback while it
# tries fonts for a script before it finds the right one; neither means anything is wrong
# (`i18n check` is what finds letters that really have no font). QtMultimedia names each
# optional library it looks for (PipeWire, VA-API) and the FFmpeg it found.
_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "OpenType support missing for",
    "Couldn't load ",
    "Couldn't resolve ",
    "Using Qt multimedia with FFmpeg",
    # A swipe still under way when the visit ends and its grid is forgotten: nothing to do.
    "QGestureManager::deliverEvents: could not find the target for gesture",
)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not message.startswith(_NOISE):
        print(message, file=sys.stderr)


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        # Only the commands that draw to files, whose noise this filters. The kiosk on a real
        # screen keeps Qt's own handler: a Python one needs the GIL, and Qt's media threads log
        # while the GUI thread waits on them holding it (a deadlock, seen in a test).
        qInstallMessageHandler(_qt_message)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("westsac-kiosk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("City of West Sacramento")
    return app
