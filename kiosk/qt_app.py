"""The one QApplication, made on first need (the kiosk, screenshots, PDF slips)."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from kiosk import __version__


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("westsac-kiosk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("City of West Sacramento")
    return app
