"""Would this text draw as letters or as boxes? Ask Qt's own text layout (no window needed:
`doctor` asks it too).

`QFontMetrics.inFont` answers for one font and one code point; what a person sees is the
shaped text after Qt's font fallback, so lay the text out and look for glyph 0 (".notdef",
the box) in the glyph runs it produced.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QGlyphRun, QTextLayout

from kiosk.i18n import languages as languages_module
from kiosk.i18n.bidi import ADDED_MARKS
from kiosk.i18n.catalog import Entry
from kiosk.i18n.languages import LANGUAGES, Language
from kiosk.ui.theme import Theme

# Format characters that shape text and have no glyph of their own to show: the direction
# and break marks the kiosk itself adds, joiners and non-joiners, and the byte-order mark.
_INVISIBLE = ADDED_MARKS | {"\u200c", "\u200d", "\ufeff"}


def glyph_runs(text: str, font: QFont) -> list[QGlyphRun]:
    layout = QTextLayout(text.replace("\n", " "), font)
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(100_000)
    layout.endLayout()
    return layout.glyphRuns()


def has_missing_glyphs(text: str, font: QFont) -> bool:
    return any(0 in run.glyphIndexes() for run in glyph_runs(text, font))


def missing_characters(text: str, font: QFont) -> list[str]:
    """The characters of `text` that would show as boxes in `font` (with Qt's fallback)."""
    if not has_missing_glyphs(text, font):
        return []
    return sorted(
        ch for ch in set(text) if not ch.isspace() and ch not in _INVISIBLE and has_missing_glyphs(ch, font)
    ) or ["(a combination of letters)"]


def families_used(text: str, font: QFont) -> set[str]:
    """The font families Qt actually draws `text` with, after fallback."""
    return {run.rawFont().familyName() for run in glyph_runs(text, font)}


def missing_faces(language: Language) -> list[str]:
    """The font families the language asks for that are not installed: Qt would draw its text
    in whatever face it falls back to (Korean's Han characters in a Chinese or Japanese one,
    Urdu in Naskh rather than Nastaliq), with no box to show for it."""
    from PySide6.QtGui import QFontDatabase

    installed = set(QFontDatabase.families())
    return [family for family in language.fonts if family not in installed]


def language_font(language: Language) -> QFont:
    return Theme(1.0, language.fonts).body


def _codes(chars: list[str]) -> str:
    return " ".join(f"U+{ord(c):04X} {c}" if len(c) == 1 else c for c in chars)


def glyph_problems(path: Path, code: str, entries: list[Entry]) -> list[str]:
    """`file:line` of each translated string of `code` (and of its autonym) that would draw
    boxes in the language's fonts; `path` is the catalog the entries come from."""
    language = LANGUAGES[code]
    font = language_font(language)
    problems = []
    if missing := missing_characters(language.autonym, font):
        declared = Path(languages_module.__file__)
        line = next(
            (
                n
                for n, text in enumerate(declared.read_text("utf-8").splitlines(), 1)
                if language.autonym in text
            ),
            1,
        )
        problems.append(f"{declared}:{line}: [{code} autonym] would draw boxes for {_codes(missing)}")
    for entry in entries:
        if missing := missing_characters(entry.translation, font):
            problems.append(
                f"{path}:{entry.line}: [{entry.context}] would draw boxes for {_codes(missing)}: "
                "no installed font has them (see `deploy/setup.sh` for the fonts)"
            )
    return problems
