"""URL -> QR matrix (the qrcode package, cached) -> drawn with QPainter, sharp at any size."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

QUIET_ZONE = 4  # modules of white around the code, as the standard asks

Matrix = tuple[tuple[bool, ...], ...]


@lru_cache(maxsize=64)
def qr_matrix(url: str) -> Matrix:
    import qrcode  # on the first card shown, not before the first frame
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(url)
    code.make(fit=True)
    return tuple(tuple(bool(cell) for cell in row) for row in code.get_matrix())


def paint_qr(painter: QPainter, rect: QRectF, matrix: Matrix, snap: bool = True) -> QRectF:
    """Draw the code with its quiet zone centred in `rect`; returns the area used.

    With `snap`, modules are whole device pixels (crisp on screen); without it, for print,
    they are exact fractions and the vector output stays sharp anyway.
    """
    count = len(matrix) + 2 * QUIET_ZONE
    side = min(rect.width(), rect.height())
    module = side / count
    if snap:
        module = max(1.0, float(int(module)))
    total = module * count
    left = rect.x() + (rect.width() - total) / 2
    top = rect.y() + (rect.height() - total) / 2
    if snap:
        left, top = float(round(left)), float(round(top))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(QRectF(left, top, total, total), QColor("white"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    origin = QUIET_ZONE * module
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if row[x]:
                run = x
                while run < len(row) and row[run]:
                    run += 1
                painter.drawRect(
                    QRectF(left + origin + x * module, top + origin + y * module, (run - x) * module, module)
                )
                x = run
            else:
                x += 1
    painter.restore()
    return QRectF(left, top, total, total)
