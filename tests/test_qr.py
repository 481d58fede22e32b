from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from kiosk.qr import QUIET_ZONE, paint_qr, qr_matrix
from kiosk.qt_app import ensure_app
from tests.helpers.qr import decode

URLS = [
    "https://www.cityofwestsacramento.org/",
    "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201720180SB54",
]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("side", [120, 333, 600])
def test_drawn_code_decodes_back(url: str, side: int) -> None:
    ensure_app()
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(0xFF808080)
    painter = QPainter(image)
    used = paint_qr(painter, QRectF(0, 0, side, side), qr_matrix(url))
    painter.end()
    assert decode(image) == [url]
    module = used.width() / (len(qr_matrix(url)) + 2 * QUIET_ZONE)
    assert module == int(module), "modules land on whole pixels: crisp edges"


def test_matrix_is_cached() -> None:
    assert qr_matrix(URLS[0]) is qr_matrix(URLS[0])
