"""shaping.misplaced reports glyphs Qt places away from where HarfBuzz would (it does for Noto
Nastaliq Urdu's Regular file under PySide6 6.11, which is why Urdu is drawn in Naskh), and every
language's fonts pass it for its autonym and its own catalog's text."""

from __future__ import annotations

import shutil
import subprocess
from typing import Any

import pytest
import uharfbuzz as hb
from PySide6.QtGui import QFont

from kiosk import PROJECT_ROOT
from kiosk.font_face import face as named_face
from kiosk.i18n.catalog import load_catalog, po_path
from kiosk.i18n.languages import LANGUAGES
from kiosk.ui.tools.glyphs import families_used, glyph_runs, language_font, missing_characters
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
    # Its style named, as the kiosk's fonts are: a plain QFont("Noto Nastaliq Urdu") opens the
    # Bold file on Debian 12 (kiosk/font_face.py).
    font = named_face([family])
    font.setPixelSize(100)
    return font


def font_file(pattern: str) -> str:
    command = ["fc-match", "--format=%{file}", pattern]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def table(path: str, tag: str) -> bytes:
    return bytes(hb.Face(hb.Blob.from_file_path(path)).reference_table(tag).data)


def large(font: QFont) -> QFont:
    # At 100 px the tolerance (5 % of the size) is well above hinting's pixel, well below a letter.
    bigger = QFont(font)
    bigger.setPixelSize(100)
    return bigger


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="finds the font files through fontconfig")
def test_the_nastaliq_check_reads_the_regular_file(qapp: Any) -> None:
    # Once the check compared Qt's layout in the Bold file with HarfBuzz's width in the Regular
    # one (349 px against 551.6 px): both are in the family, and Debian 12 marks both regular.
    regular = font_file("Noto Nastaliq Urdu:style=Regular")
    bold = font_file("Noto Nastaliq Urdu:style=Bold")
    assert regular.endswith("Regular.ttf") and bold.endswith("Bold.ttf")
    [run] = glyph_runs(URDU, face("Noto Nastaliq Urdu"))
    opened = run.rawFont()
    assert (opened.familyName(), opened.styleName()) == ("Noto Nastaliq Urdu", "Regular")
    # The very file: its glyph advances (the Bold file's differ) and its header.
    for tag in ("hmtx", "head"):
        assert bytes(opened.fontTable(tag).data()) == table(regular, tag) != table(bold, tag)


def test_it_flags_qts_nastaliq(qapp: Any) -> None:
    found = {m.word: m for m in misplaced(URDU, face("Noto Nastaliq Urdu"))}
    # Qt drops most of the vertical steps of joined letters: in کی HarfBuzz raises the ک 37.5 px,
    # Qt 7.2 px. The words around it join their letters on one level and pass.
    assert set(found) == {"کی"}
    assert (found["کی"].family, found["کی"].style) == ("Noto Nastaliq Urdu", "Regular")
    assert found["کی"].worst > 25


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
