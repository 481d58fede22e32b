"""The QR code of a URL, as large as its space allows."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.qr import paint_qr, qr_matrix


class QrCode(QWidget):
    def __init__(self, minimum: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.setMinimumSize(minimum, minimum)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setSizePolicy(policy)

    def set_url(self, url: str) -> None:
        self.url = url  # its accessible name, said for a person, is the card's to give
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        if not self.url:
            return
        painter = QPainter(self)
        paint_qr(painter, QRectF(self.rect()), qr_matrix(self.url))
        painter.end()
