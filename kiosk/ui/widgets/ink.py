"""Where a text's letters reach beyond the lines Qt lays them out in.

A line's box is the font's ascent and descent, but some scripts' letters reach beyond it:
Nastaliq's stacked letters rise a whole em above its line. Qt clips a label's drawing to the
label, so what reaches out of it is cut off.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QTextLayout, QTextOption


def laid_out(text: str, font: QFont, width: float | None) -> tuple[QTextLayout, float]:
    """`text` in lines of `width` (one line if None), as a label draws it; and its height."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap if width is None else QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(1e6 if width is None else width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout, height


def ink_of(layout: QTextLayout) -> QRectF:
    """The drawn letters' extent. Each glyph's own outline: QGlyphRun.boundingRect() is an
    estimate, 15px too tall for a line of Nastaliq, where these match the drawn pixels."""
    ink = QRectF()
    for run in layout.glyphRuns():
        font = run.rawFont()
        for glyph, at in zip(run.glyphIndexes(), run.positions(), strict=True):
            ink = ink.united(font.boundingRect(glyph).translated(at))
    return ink


def ink_beyond_line(text: str, font: QFont) -> tuple[int, int]:
    """Pixels the letters of `text` reach above and below its line box. Measured on one line,
    so it holds for whichever of its words begins or ends a line once it wraps."""
    layout, height = laid_out(text, font, None)
    ink = ink_of(layout)
    if ink.isEmpty():
        return 0, 0
    return max(0, round(-ink.top() + 0.5)), max(0, round(ink.bottom() - height + 0.5))
