"""Read QR codes back from what was drawn, as a phone would."""

from __future__ import annotations

import zxingcpp
from PySide6.QtGui import QImage


def decode(image: QImage) -> list[str]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    return [
        code.text for code in zxingcpp.read_barcodes(gray) if code.format == zxingcpp.BarcodeFormat.QRCode
    ]
