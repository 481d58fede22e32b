"""shaping.misplaced reports glyphs Qt places away from where HarfBuzz would (it does for Noto
Nastaliq Urdu under PySide6 6.11, which is why Urdu is drawn in Naskh), and every language's
fonts pass it for its autonym and its own catalog's text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont

from kiosk import PROJECT_ROOT
from kiosk.i18n.catalog import load_catalog, po_path
from kiosk.i18n.languages import LANGUAGES
from kiosk.ui.tools.glyphs import families_used, language_font, missing_characters
from kiosk.ui.tools.shaping import misplaced

pytestmark = pytest.mark.gui

URDU = "سب کی حفاظت"  # "everyone's safety"
URDU_LETTERS = "ٹ ڈ ڑ ں ہ ھ ے"  # the letters Urdu adds to the Arabic alphabet
TRANSLATIONS = PROJECT_ROOT / "translations"
WITH_TEXT = [
    code
    for code in LANGUAGES
    if po_path(TRANSLATIONS, code).is_file() and load_catalog(TRANSLATIONS, code).entries
]


def face(family: str) -> QFont:
    font = QFont(family)
    font.setPixelSize(100)
    return font


def large(font: QFont) -> QFont:
    # At 100 px the tolerance (5 % of the size) is well above hinting's pixel, well below a letter.
    bigger = QFont(font)
    bigger.setPixelSize(100)
    return bigger


def test_it_flags_qts_nastaliq(qapp: Any) -> None:
    found = {m.word: m for m in misplaced(URDU, face("Noto Nastaliq Urdu"))}
    assert set(found) == {"سب", "کی", "حفاظت"}
    assert all(m.family == "Noto Nastaliq Urdu" for m in found.values())
    # Compressed: "حفاظت" is 240 px wide as HarfBuzz shapes it, about half that as Qt places it.
    assert found["حفاظت"].hb_width > 200 > 150 > found["حفاظت"].qt_width


@pytest.mark.parametrize(
    ("family", "text"),
    [
        ("Noto Naskh Arabic", f"{URDU} {URDU_LETTERS}"),
        ("Noto Sans Arabic", f"{URDU} {URDU_LETTERS}"),
        ("Noto Sans Devanagari", "सबकी सुरक्षा के लिए क्षेत्र"),
        ("Noto Sans", "Office hours: affirm the waiver, AVA Ty."),
    ],
)
def test_it_passes_fonts_qt_places_correctly(qapp: Any, family: str, text: str) -> None:
    assert families_used(text, face(family)) == {family}
    assert misplaced(text, face(family)) == []


def test_urdu_draws_every_letter_in_naskh(qapp: Any) -> None:
    urdu = language_font(LANGUAGES["ur"])
    assert families_used(f"{URDU} {URDU_LETTERS}", urdu) == {"Noto Naskh Arabic"}
    assert missing_characters(URDU_LETTERS, urdu) == []


def test_urdus_fonts_place_joined_urdu_as_harfbuzz_does(qapp: Any) -> None:
    # The autonym اردو joins no letters, so it passes even in Nastaliq; joined words do not.
    assert misplaced(f"{URDU} {URDU_LETTERS}", large(language_font(LANGUAGES["ur"]))) == []


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_every_autonym_is_placed_as_harfbuzz_places_it(qapp: Any, code: str) -> None:
    language = LANGUAGES[code]
    assert misplaced(language.autonym, large(language_font(language))) == []


@pytest.mark.parametrize("code", WITH_TEXT)
def test_every_catalog_is_placed_as_harfbuzz_places_it(qapp: Any, code: str) -> None:
    text = " ".join(entry.translation for entry in load_catalog(TRANSLATIONS, code).entries)
    assert misplaced(text, large(language_font(LANGUAGES[code]))) == []
