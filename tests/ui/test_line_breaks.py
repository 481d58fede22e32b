"""A Lao or Khmer card wraps inside the card at its words: Qt alone would not break these
scripts at all, so a paragraph would run off the card's edge in one line."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Content
from kiosk.i18n.line_breaks import ZWSP, break_opportunities
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow

pytestmark = pytest.mark.gui

_SCRIPT = {"lo": (0x0E80, 0x0EFF), "km": (0x1780, 0x17FF)}


def _letter(ch: str, code: str) -> bool:
    low, high = _SCRIPT[code]
    return low <= ord(ch) <= high and unicodedata.category(ch)[0] in "LM"


@pytest.mark.parametrize("code", ["km", "lo"])
def test_card_text_wraps_within_the_card_at_word_boundaries(
    window: KioskWindow, content: Content, code: str
) -> None:
    card = max(content.cards.values(), key=lambda c: len(c.body))
    window.set_language(code)
    window.go(Place("card", card.id))
    QApplication.processEvents()
    assert window.card.text is not None
    document = window.card.text.browser.document()
    room = document.textWidth() - 2 * document.documentMargin()
    assert room > 0
    lines = 0
    inside_a_word_run = 0  # breaks between two letters of the script: only ICU finds those
    block = document.begin()
    while block.isValid():
        shown, layout = block.text(), block.layout()
        written = shown.replace(ZWSP, "")
        allowed = break_opportunities(written, code)
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            lines += 1
            assert line.naturalTextWidth() <= room + 1, (card.id, shown[line.textStart() :][:30])
            if number == 0:
                continue
            at = line.textStart()
            where = at - shown[:at].count(ZWSP)  # the same place in the text as written
            assert where in allowed, f"a line starts mid-word: {written[where - 5 : where + 5]!r}"
            if (
                0 < where < len(written)
                and _letter(written[where - 1], code)
                and _letter(written[where], code)
            ):
                inside_a_word_run += 1
        block = block.next()
    assert block is not None
    body_blocks = [b for b in card.body.split("\n\n") if b.strip()]
    assert lines > len(body_blocks), "the card's paragraphs wrap to more than one line"
    assert inside_a_word_run > 0, "some lines break between two words with no space between them"
