"""The Qt binding itself must not leak or drop references: the kiosk makes millions of calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from kiosk.qt_app import ensure_app


def test_void_calls_keep_none_alive() -> None:
    # PySide6 6.12.0 decremented None's count on every void call; on Python 3.11 the process
    # aborted ("deallocating None") after a few thousand paints.
    ensure_app()
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRect(QRectF(1, 1, 2, 2))
    drift = sys.getrefcount(None) - before
    painter.end()
    assert abs(drift) < 100, f"None's reference count moved by {drift} over 4000 calls"
