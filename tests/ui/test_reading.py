"""Reading comfort (issue 21 §6): card text set as one paragraph reads, not a new paragraph at
every wrap; scripts that look small at a size set larger; large text for the text, not the
heading. Measured on the glyphs and the laid-out lines, not taken on trust."""

from __future__ import annotations

import dataclasses
import math
from typing import Any

import pytest
from babel.messages.pofile import read_po
from PySide6.QtGui import QTextBlock

from kiosk import PROJECT_ROOT
from kiosk.content.model import Content
from kiosk.font_face import face
from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE, get
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import card_view
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.theme import HEADING_GROWTH, LARGE_TEXT, Theme
from kiosk.ui.tools.fit import touching_lines
from kiosk.ui.widgets.ink import ink_of, laid_out
from kiosk.ui.widgets.scroll_text import ScrollText

pytestmark = pytest.mark.gui

TALL = ["km", "lo", "ar", "ur", "fa", "ps", "hi", "pa"]  # letters above and below Latin's reach


def _baselines(window: KioskWindow) -> list[tuple[QTextBlock, list[float]]]:
    """Each paragraph of the card's text and the baselines of its lines, in document pixels."""
    doc = window.card.text.browser.document()  # type: ignore[union-attr]
    found = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        top = doc.documentLayout().blockBoundingRect(block).top()
        lines = [layout.lineAt(i) for i in range(layout.lineCount())]
        found.append((block, [top + line.y() + line.ascent() for line in lines]))
        block = block.next()
    return found


@pytest.mark.parametrize("code", ["en", "es"])
def test_lines_of_a_paragraph_sit_closer_than_paragraphs(
    make_window: Any, content: Content, code: str
) -> None:
    """Before: 1.84 em from line to line and 14 px more between paragraphs, so each wrapped line
    read like a new paragraph. Now 1.4-1.5 em, and a paragraph's gap well over a line's."""
    window = make_window((1920, 1080))
    window.set_language(code)
    card = content.cards["report-a-crime"]
    window.go(Place("card", card.id))
    size = window.card.text.browser.font().pixelSize()  # type: ignore[union-attr]
    paragraphs = [(block, lines) for block, lines in _baselines(window) if lines]
    pitches = [b - a for _block, lines in paragraphs for a, b in zip(lines, lines[1:], strict=False)]
    assert pitches, "a paragraph of several lines"
    assert all(1.4 <= pitch / size <= 1.5 for pitch in pitches), [round(p / size, 2) for p in pitches]
    steps = [
        after[1][0] - before[1][-1]
        for before, after in zip(paragraphs, paragraphs[1:], strict=False)
        if before[0].textList() is None
    ]
    line = max(pitches)
    # The white between two paragraphs is at least twice the white between two lines.
    letters = 1.0 * size  # a line's letters take about an em of its pitch
    assert all(step - letters >= 2 * (line - letters) for step in steps), (steps, line)


@pytest.mark.parametrize("code", TALL)
def test_tall_scripts_lines_never_touch(qtbot: Any, content: Content, code: str) -> None:
    """Every card's text, in the declared pitch of its script: no letter of a line reaches into
    the next (Khmer's subscripts onto the vowels below), none above the first line's top."""
    theme = Theme.for_size(1280, 720, get(code), large=True)
    text = ScrollText(theme)
    qtbot.addWidget(text)
    text.resize(700, 400)
    text.show()
    tr = translator_for(PROJECT_ROOT / "translations", code)
    problems = []
    for card in content.cards.values():
        view = card_view(content, card, tr)
        text.set_markdown(view.text(), rtl=tr.language.rtl)
        problems += [f"{card.id}: {p}" for p in touching_lines(text.browser)]
    assert problems == []


def test_the_touching_check_can_fail(qtbot: Any, content: Content) -> None:
    """Khmer at Latin's 1.2 em: its subscripts meet the next line's vowels, and the check says so."""
    theme = dataclasses.replace(Theme.for_size(1920, 1080, get("km")), line_pitch=1.2)
    text = ScrollText(theme)
    qtbot.addWidget(text)
    text.resize(700, 400)
    text.show()
    tr = translator_for(PROJECT_ROOT / "translations", "km")
    problems = []
    for card in list(content.cards.values())[:4]:
        text.set_markdown(card_view(content, card, tr).text(), rtl=False)
        problems += touching_lines(text.browser)
    assert problems


def _reach(code: str) -> tuple[float, float]:
    """How far above and below the baseline the letters of `code`'s whole catalog reach, in ems."""
    lang = LANGUAGES[code]
    font = face(lang.fonts)
    font.setPixelSize(100)
    with open(PROJECT_ROOT / "translations" / code / "LC_MESSAGES" / "messages.po", "rb") as file:
        catalog = read_po(file)
    above = below = 0.0
    for message in catalog:
        text = message.string if isinstance(message.string, str) else (message.string or [""])[0]
        if not message.id or not text:
            continue
        layout, _height = laid_out(text.replace("\n", " "), font, None)
        ink, ascent = ink_of(layout), layout.lineAt(0).ascent()
        above, below = max(above, ascent - ink.top()), max(below, ink.bottom() - ascent)
    return above / 100, below / 100


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != SOURCE_LANGUAGE])
def test_each_scripts_line_pitch_leaves_air_between_its_lines(qtbot: Any, code: str) -> None:
    """`Language.line_pitch` is measured, not guessed: over every string of the language's
    catalog, the highest letter and the lowest leave at least 0.12 em between two lines."""
    above, below = _reach(code)
    assert LANGUAGES[code].line_pitch >= above + below + 0.12, (above, below)
    assert LANGUAGES[code].line_pitch <= max(1.5, above + below + 0.25), "no looser than it needs"


def _top(code: str, text: str, size: float = 100) -> float:
    """How far the ink of `text` rises above its baseline, in the language's fonts at `size` px."""
    font = face(LANGUAGES[code].fonts)
    font.setPixelSize(round(size))
    layout, _height = laid_out(text, font, None)
    return layout.lineAt(0).ascent() - ink_of(layout).top()


def _optical_need(code: str) -> float:
    """How much larger than Latin `code`'s script must be set to look as large. Arabic script:
    its letter bodies (a medial meem) and its alef against Latin's x-height and ascender,
    taken together (geometric means). Khmer, which has no capitals and whose consonants stand
    like them: a consonant's height against a Latin capital's."""
    latin = "en"
    if LANGUAGES[code].fonts[0] == "Noto Naskh Arabic":
        ours = math.sqrt(_top(code, "\u0640\u0645\u0640") * _top(code, "\u0627"))
        return math.sqrt(_top(latin, "x") * _top(latin, "l")) / ours
    if code == "km":
        return _top(latin, "H") / _top(code, "\u1780")
    return 1.0


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_optical_scale_matches_the_measured_glyphs(qtbot: Any, code: str) -> None:
    """Arabic-script and Khmer names looked about 30% smaller than Latin ones at one size."""
    need = _optical_need(code)
    assert LANGUAGES[code].optical_scale == pytest.approx(need, abs=0.05), need


def test_the_picker_sets_khmer_and_arabic_script_names_optically_alike(make_window: Any) -> None:
    """Beside "Hmoob", the Khmer and Arabic-script names are drawn larger, so that they look
    as large: their letters' measured heights after scaling match Latin's within 6%."""
    window = make_window((1920, 1080))
    window.go(window.history.start(), remember=False)
    fonts = {tile.title_label.text(): tile.title_label.font() for tile in window.picker.grid.tiles}
    latin = fonts["Hmoob"].pixelSize()
    for code in ("km", "ar", "fa", "ur", "ps", "prs"):
        size = fonts[LANGUAGES[code].autonym].pixelSize()
        assert size == pytest.approx(latin * LANGUAGES[code].optical_scale, abs=1), code
        assert _optical_need(code) * latin / size == pytest.approx(1.0, abs=0.06), code


@pytest.mark.parametrize("code", ["en", "km", "ar"])
def test_large_text_grows_the_text_most(qtbot: Any, code: str) -> None:
    lang = get(code)
    normal, large = Theme.for_size(1280, 720, lang), Theme.for_size(1280, 720, lang, large=True)
    body = large.body.pixelSize() / normal.body.pixelSize()
    heading = large.heading.pixelSize() / normal.heading.pixelSize()
    assert body == pytest.approx(LARGE_TEXT, abs=0.05)
    assert heading <= HEADING_GROWTH + 0.03
    assert heading / body <= 0.8, "the heading grows much less than the text"


def test_a_khmer_card_in_large_text_at_1280x720_shows_its_text(make_window: Any, content: Content) -> None:
    """Before: the heading took four lines and 1½ lines of the text showed."""
    window = make_window((1280, 720))
    window.set_language("km")
    window.set_display(True, False)
    window.go(Place("card", "report-a-crime"))
    title = window.card.title
    heading_lines = round(title.height() / title.fontMetrics().lineSpacing())
    browser = window.card.text.browser  # type: ignore[union-attr]
    shown = browser.viewport().height() / window.card.text.rhythm.line  # type: ignore[union-attr]
    assert heading_lines <= 3
    assert shown >= 3, f"{shown:.1f} lines of the text show"
