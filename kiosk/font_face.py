"""The one way the kiosk makes a font from a language's families: its style named, not left to
the weight.

Debian 12's fonts-noto-core marks both Noto Nastaliq Urdu files, Regular and Bold, as regular
weight (fontconfig's weight 80 for both; the OS/2 table of each says 400), so a font asked only
for a weight opens whichever fontconfig lists first: the Bold file. Naming the style, "Regular"
or "Bold", opens the file meant. A family whose regular face has another name (DejaVu Sans's
"Book") still gets that face: Qt falls back to the weight when no style has the name (checked
for every language's families in tests/test_font_face.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont

REGULAR = "Regular"
BOLD = "Bold"


def face(families: Sequence[str], bold: bool = False) -> QFont:
    """A font in the first of `families` (Qt falls back along them for letters a family lacks),
    in its regular or its bold face; the caller sets the size."""
    font = QFont()
    font.setFamilies(list(families))
    font.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    font.setStyleName(BOLD if bold else REGULAR)
    return font
