"""The kiosk's fonts name their style: the screen's (Theme) and the printer's (print_font) open
Noto Nastaliq Urdu's Regular file for regular text and its Bold file for bold, although Debian 12
marks both files as regular weight; and naming the style changes no other language's faces."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont

from kiosk.font_face import face
from kiosk.i18n.languages import LANGUAGES
from kiosk.printing.slip import print_font
from kiosk.ui.theme import Theme
from kiosk.ui.tools.glyphs import glyph_runs

pytestmark = pytest.mark.gui

NASTALIQ = ("Noto Nastaliq Urdu", "Noto Naskh Arabic")
URDU = "سب کی حفاظت"


def opened(font: QFont, text: str) -> list[tuple[str, str]]:
    """(family, style) of each face Qt draws `text` with, after fallback, in a stable order."""
    return sorted((run.rawFont().familyName(), run.rawFont().styleName()) for run in glyph_runs(text, font))


@pytest.mark.parametrize(("bold", "style"), [(False, "Regular"), (True, "Bold")])
def test_the_screens_fonts_open_the_nastaliq_file_of_their_weight(qapp: Any, bold: bool, style: str) -> None:
    font = Theme(1.0, NASTALIQ).font(40, bold=bold)
    assert opened(font, URDU) == [("Noto Nastaliq Urdu", style)]


@pytest.mark.parametrize(("bold", "style"), [(False, "Regular"), (True, "Bold")])
def test_the_printers_fonts_open_the_nastaliq_file_of_their_weight(qapp: Any, bold: bool, style: str) -> None:
    assert opened(print_font(NASTALIQ, 11, bold=bold), URDU) == [("Noto Nastaliq Urdu", style)]


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
@pytest.mark.parametrize("code", list(LANGUAGES))
def test_naming_the_style_opens_the_faces_the_weight_did(qapp: Any, code: str, bold: bool) -> None:
    # DejaVu Sans has no "Regular" (its regular face is "Book"): Qt falls back to the weight.
    language = LANGUAGES[code]
    by_weight = QFont()
    by_weight.setFamilies(list(language.fonts))
    by_weight.setWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    by_weight.setPixelSize(40)
    by_name = face(language.fonts, bold)
    by_name.setPixelSize(40)
    text = f"{language.autonym} Office hours 17-29 ☐"  # the ballot box: DejaVu Sans's
    assert opened(by_name, text) == opened(by_weight, text)
    assert any(family == "DejaVu Sans" for family, _ in opened(by_name, text))
