"""Does Qt place a text's glyphs where HarfBuzz itself would? (A check for the tests and tools,
never imported by the running kiosk.)

Qt shapes with its bundled HarfBuzz but through its own font functions and its own use of the
result, and for some fonts the glyphs come out right but the positions do not: PySide6 6.11
draws Noto Nastaliq Urdu 2.0 (its Regular file) with the same glyph ids as HarfBuzz but drops
most of the vertical steps of joined letters, so they collide (in "کی" at 100 px HarfBuzz raises
the ک 37.5 px, Qt 7.2 px; 195 of the Urdu catalog's 462 distinct words are misplaced). Missing
glyphs are `glyphs`' question; this one is about where they stand.

Each word is laid out alone by Qt (so font fallback picks the font a person sees) and shaped
alone by uharfbuzz from the very font tables Qt used, at the same pixel size; a word whose
glyph ids agree but whose positions differ by more than the tolerance is reported, with the
family and the style of the face Qt opened. Make the font with `kiosk.font_face.face`, which
names the style: Debian 12 marks both Nastaliq files as regular weight, and a QFont asked only
for a weight opens the Bold one.
"""

from __future__ import annotations

from dataclasses import dataclass

import uharfbuzz as hb
from PySide6.QtGui import QFont, QGlyphRun, QRawFont

from kiosk.ui.tools.glyphs import glyph_runs

# A fraction of the pixel size: hinting and Qt's 26.6 fixed point move a glyph by a pixel or
# two; the Nastaliq failure moves them far more (at 100 px: over 10 px in 170 of its 195 misplaced
# Urdu words, over 30 px in 96, up to 88 px).
TOLERANCE = 0.05


@dataclass(frozen=True)
class Misplaced:
    word: str
    family: str
    style: str  # the face Qt opened ("Regular", "Bold"): a family may have files Qt confuses
    worst: float  # the largest distance, in pixels, between Qt's glyph and HarfBuzz's
    qt_width: float
    hb_width: float


# One HarfBuzz font per Qt face and size: a catalog has hundreds of words in a handful of fonts.
_FONTS: dict[tuple[str, str, float], tuple[hb.Font, dict[str, bytes]]] = {}


def _hb_font(raw: QRawFont) -> hb.Font:
    key = (raw.familyName(), raw.styleName(), raw.pixelSize())
    if key not in _FONTS:
        # HarfBuzz reads the tables after the callback returns: they must outlive the font.
        tables: dict[str, bytes] = {}

        def table(_face: hb.Face, tag: str, _data: object) -> bytes:
            return tables.setdefault(tag, bytes(raw.fontTable(tag).data()))

        font = hb.Font(hb.Face.create_for_tables(table, None))
        scale = round(raw.pixelSize() * 64)  # 26.6 fixed point, as Qt gives HarfBuzz
        font.scale = (scale, scale)
        _FONTS[key] = (font, tables)
    return _FONTS[key][0]


def _shape(word: str, raw: QRawFont) -> hb.Buffer:
    buf = hb.Buffer()
    buf.add_str(word)
    buf.guess_segment_properties()
    hb.shape(_hb_font(raw), buf, {})
    return buf


def _hb_positions(word: str, raw: QRawFont) -> list[tuple[int, float, float]]:
    """(glyph id, x, y) in visual order, y down as Qt's, with x starting at 0."""
    buf = _shape(word, raw)
    x = y = 0
    out = []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        out.append((info.codepoint, (x + pos.x_offset) / 64, -(y + pos.y_offset) / 64))
        x += pos.x_advance
        y += pos.y_advance
    return out


def _qt_positions(run: QGlyphRun) -> list[tuple[int, float, float]]:
    glyphs = [(g, p.x(), p.y()) for g, p in zip(run.glyphIndexes(), run.positions(), strict=True)]
    left = min(x for _, x, _ in glyphs)
    top = min(y for _, _, y in glyphs)
    return [(g, x - left, y - top) for g, x, y in glyphs]


def _width(glyphs: list[tuple[int, float, float]]) -> float:
    return max(x for _, x, _ in glyphs) - min(x for _, x, _ in glyphs)


def misplaced_word(word: str, font: QFont, tolerance: float = TOLERANCE) -> Misplaced | None:
    """How far Qt's glyphs for `word` stand from HarfBuzz's; None when they agree, or when the
    word is drawn in several fonts or shaped into other glyphs (not this check's question)."""
    runs = glyph_runs(word, font)
    if len(runs) != 1 or not runs[0].glyphIndexes():
        return None
    raw = runs[0].rawFont()
    qt = _qt_positions(runs[0])
    ours = _hb_positions(word, raw)
    # Qt lists a right-to-left run's glyphs in logical order, HarfBuzz in visual order.
    if [g for g, _, _ in qt] != [g for g, _, _ in ours]:
        qt = qt[::-1]
        if [g for g, _, _ in qt] != [g for g, _, _ in ours]:
            return None
    top = min(y for _, _, y in ours)
    worst = max(
        max(abs(qx - hx), abs(qy - (hy - top))) for (_, qx, qy), (_, hx, hy) in zip(qt, ours, strict=True)
    )
    if worst <= tolerance * raw.pixelSize():
        return None
    return Misplaced(
        word, raw.familyName(), raw.styleName(), round(worst, 1), round(_width(qt), 1), round(_width(ours), 1)
    )


def misplaced(text: str, font: QFont, tolerance: float = TOLERANCE) -> list[Misplaced]:
    """Each distinct word of `text` whose glyphs Qt places away from where HarfBuzz would."""
    words = dict.fromkeys(text.split())
    return [m for word in words if (m := misplaced_word(word, font, tolerance)) is not None]
