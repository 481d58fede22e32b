"""Line icons from assets/icons, drawn sharp at any size; arrows mirror for right-to-left."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kiosk import PROJECT_ROOT

ICONS = PROJECT_ROOT / "assets" / "icons"
# Icons that point somewhere and so must point the other way in right-to-left languages.
DIRECTIONAL = {"back"}


@cache
def _image(name: str, size: int) -> QImage:
    renderer = QSvgRenderer(str(ICONS / f"{name}.svg"))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def icon(name: str, size: int, rtl: bool = False) -> QIcon:
    image = _image(name, size)
    if rtl and name in DIRECTIONAL:
        image = image.transformed(QTransform().scale(-1, 1))
    return QIcon(QPixmap.fromImage(image))


def icon_size(size: int) -> QSize:
    return QSize(size, size)
