"""fit.clipped, which every layout and `i18n check` case relies on, does report text that
does not fit: each way a text can be cut off, and nothing for text that fits."""

from __future__ import annotations

import math

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from kiosk.font_face import face
from kiosk.ui.tools.fit import clipped

pytestmark = pytest.mark.gui

SENTENCE = "The City of West Sacramento does not ask about immigration status when you call for help."


def label(root: QWidget, text: str, x: int = 10, y: int = 10, wrap: bool = False) -> QLabel:
    made = QLabel(text, root)
    made.setWordWrap(wrap)
    made.move(x, y)
    made.show()
    return made


def test_a_wrapped_label_too_short_for_its_lines(root: QWidget) -> None:
    short = label(root, SENTENCE, wrap=True)
    short.resize(200, short.heightForWidth(200) // 2)
    assert [(text, why.split()[0]) for text, why in clipped(root)] == [(SENTENCE, "needs")]
    assert "high" in clipped(root)[0][1]
    short.resize(200, short.heightForWidth(200))
    assert clipped(root) == []


def test_a_one_line_label_narrower_than_its_text(root: QWidget) -> None:
    narrow = label(root, "Touch the screen to start")
    narrow.resize(narrow.sizeHint().width() // 2, narrow.sizeHint().height())
    [(text, why)] = clipped(root)
    assert text == "Touch the screen to start" and "wide" in why
    narrow.resize(narrow.sizeHint())
    assert clipped(root) == []


def test_a_label_below_the_bottom_of_its_root(root: QWidget) -> None:
    low = label(root, "Last checked: 1 November 2026")
    low.resize(low.sizeHint())
    low.move(10, root.height() - low.height() // 2)
    assert clipped(root) == [("Last checked: 1 November 2026", "below the bottom of the screen")]
    low.move(10, root.height() - low.height())
    assert clipped(root) == []


def test_a_label_in_a_scrolling_area_may_be_below_the_bottom(root: QWidget) -> None:
    area = QScrollArea(root)
    area.setGeometry(0, 0, 800, 600)
    inner = QWidget()
    inner.resize(780, 2000)
    area.setWidget(inner)
    area.show()
    far = label(inner, "Read on", y=1900)
    far.resize(far.sizeHint())
    assert clipped(root) == []


def test_a_button_narrower_than_its_text(root: QWidget) -> None:
    button = QPushButton("Print this page", root)
    button.show()
    needed = button.fontMetrics().horizontalAdvance("Print this page") + button.iconSize().width()
    button.resize(needed - 10, 60)
    [(text, why)] = clipped(root)
    assert text == "Print this page" and why.startswith("button needs")
    button.resize(needed + 20, 60)
    assert clipped(root) == []


def test_hidden_and_empty_widgets_are_not_text_on_screen(root: QWidget) -> None:
    hidden = label(root, SENTENCE)
    hidden.resize(20, 20)
    hidden.hide()
    empty = label(root, "")
    empty.resize(1, 1)
    assert clipped(root) == []


def test_a_wrapped_label_narrower_than_its_longest_word(root: QWidget) -> None:
    narrow = label(root, "Administración", wrap=True)
    narrow.resize(narrow.fontMetrics().horizontalAdvance("Administración") // 2, 200)
    assert [text for text, _why in clipped(root)] == ["Administración"]


# Urdu in Nastaliq: its strokes rise and fall well beyond the font's line box.
URDU = "پولیس آپ کی امیگریشن کی حیثیت کی وجہ سے گرفتار نہیں کر سکتی"


NASTALIQ_REACH = (1.25, 0.75)


def test_a_nastaliq_line_whose_letters_are_cut_off(root: QWidget) -> None:
    line = label(root, URDU)
    font = face(["Noto Nastaliq Urdu"])  # its Regular file: a plain QFont opens the Bold one
    font.setPixelSize(31)
    line.setFont(font)
    # As tall as Qt's line box: wide enough, but the ink above and below is cut.
    line.resize(line.sizeHint().width() + 20, line.fontMetrics().height())
    [(text, why)] = clipped(root)
    assert text == URDU and why.startswith("letters cut off")
    # With room for Nastaliq's reach (measured: 1.25 em above, 0.75 em below; Urdu is drawn in
    # Naskh now, but this font is the check's hardest case), nothing is cut.
    above, below = (math.ceil(em * 31) for em in NASTALIQ_REACH)
    line.setContentsMargins(0, above, 0, below)
    line.resize(line.width(), line.fontMetrics().height() + above + below)
    assert clipped(root) == []
