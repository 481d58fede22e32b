"""A short card fills its room on a floor-standing screen (issue 21 §5).

Standing at a tall screen, the card's title and text are read high and its controls sit low;
a short card's text ended a third of the way down, over a tall blank. There the title and text
grow, up to kiosk.display.fill.STANDING_CAP, as far as their room allows and never past it (a
long card keeps its size and scrolls). Each size is measured: the text composed in a
QTextDocument at its width, the title's height for its width, in the fonts of that size.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextDocument

from kiosk.display.fill import growth_to_fill
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.balanced import BalancedLabel
from kiosk.ui.widgets.note_line import Note
from kiosk.ui.widgets.scroll_text import ScrollText, compose
from kiosk.ui.widgets.wrapped import set_label_font


def grown(font: QFont, factor: float) -> QFont:
    larger = QFont(font)
    larger.setPixelSize(round(font.pixelSize() * factor))
    return larger


def text_height(
    markdown: str, rtl: bool, note: Note | None, body: QFont, theme: Theme, width: int, margin: float
) -> float:
    """The card's text's height composed as a card shows it, in `body`, at `width`."""
    doc = QTextDocument()
    doc.setDocumentMargin(margin)
    doc.setDefaultFont(body)
    compose(doc, markdown, rtl, theme.rhythm(body), note)
    doc.setTextWidth(width)
    return doc.size().height()


def fill_room(
    title: BalancedLabel,
    heading: str,
    text: ScrollText,
    markdown: str,
    rtl: bool,
    note: Note | None,
    theme: Theme,
    room: int,
    least_heading: int = 0,
) -> float:
    """Show the title (`heading`) and text as large as `room` (the rows the title and the text
    have between them) allows, up to the cap, in `theme`'s fonts (the text's language's); the
    factor shown. `least_heading`: the title row's own least height (the pictogram beside it)."""
    browser = text.browser
    width, margin = browser.viewport().width(), browser.document().documentMargin()
    title_width = title.width()

    def height_at(factor: float) -> float:
        set_label_font(title, grown(theme.heading, factor), theme)
        title.set_heading(heading)
        above = max(least_heading, title.heightForWidth(title_width))
        return above + text_height(markdown, rtl, note, grown(theme.body, factor), theme, width, margin)

    factor = growth_to_fill(height_at, room) if width > 0 and title_width > 0 else 1.0
    set_label_font(title, grown(theme.heading, factor), theme)
    title.set_heading(heading)
    if factor > 1:
        text.apply(theme, grown(theme.body, factor))
        text.set_markdown(markdown, rtl, note)
    return factor
