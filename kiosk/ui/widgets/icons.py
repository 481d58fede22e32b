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


def icon(
    name: str, size: int, rtl: bool = False, colour: str = "#FFFFFF", disabled: str | None = None
) -> QIcon:
    """`disabled`: the colour the icon takes on a disabled button (Qt's own greying of a white
    line icon on a dark button still reads as a button to tap)."""
    made = QIcon()
    for mode, shade in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
        if shade is None:
            continue
        image = _image(name, size, shade)
        if rtl and name in DIRECTIONAL:
            image = image.transformed(QTransform().scale(-1, 1))
        made.addPixmap(QPixmap.fromImage(image), mode)
    return made


def icon_size(size: int) -> QSize:
    return QSize(size, size)
