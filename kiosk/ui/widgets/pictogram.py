"""A pictogram for people who read little: a topic's picture on its tile and at the top of its
cards, the hand on the attract screen. Drawn from assets/icons in the theme's colour; a name
with no file (or none at all) shows no picture, never an error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QWidget

from kiosk.content.pictograms import ICONS, NAME
from kiosk.ui.widgets.icons import icon
from kiosk.ui.widgets.plain_label import PlainLabel


def pictogram(name: str, side: int, colour: str) -> QPixmap | None:
    """The picture `name` (a file of assets/icons) `side` pixels square, or None."""
    if not name or not NAME.match(name) or not (ICONS / f"{name}.svg").is_file():
        return None
    try:
        return icon(name, side, colour=colour).pixmap(side, side)
    except (OSError, UnicodeDecodeError):  # unreadable since it was listed: no picture
        return None


class Pictogram(PlainLabel):
    """A square picture beside or above words; hidden while it has none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.name = ""  # the picture shown, "" for none
        self.colour = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Taps go through to the tile or screen beneath; a screen reader reads the words.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setVisible(False)

    def show_picture(self, name: str, side: int, colour: str) -> bool:
        """Show `name`, or nothing if it cannot be drawn; True when a picture shows."""
        if name and (name, colour, side) == (self.name, self.colour, self.width()) and not self.isHidden():
            return True  # a kept tile, shown again
        drawn = pictogram(name, side, colour)
        if drawn is None:
            self.name = self.colour = ""
            self.clear()
            self.setVisible(False)
            return False
        self.name, self.colour = name, colour
        self.setPixmap(drawn)
        self.setFixedSize(side, side)
        self.setVisible(True)
        return True
