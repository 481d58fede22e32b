"""Line icons from assets/icons, drawn sharp at any size; arrows mirror for right-to-left."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from kiosk import PROJECT_ROOT

ICONS = PROJECT_ROOT / "assets" / "icons"
# Icons that point somewhere and so must point the other way in right-to-left languages.
DIRECTIONAL = {"back"}


@cache
def _image(name: str, size: int, colour: str = "#FFFFFF") -> QImage:
    # The icons are drawn in white; another palette asks for another colour.
    svg = (ICONS / f"{name}.svg").read_text(encoding="utf-8").replace("#FFFFFF", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def icon(name: str, size: int, rtl: bool = False, colour: str = "#FFFFFF") -> QIcon:
    image = _image(name, size, colour)
    if rtl and name in DIRECTIONAL:
        image = image.transformed(QTransform().scale(-1, 1))
    return QIcon(QPixmap.fromImage(image))


def icon_size(size: int) -> QSize:
    return QSize(size, size)
