"""Every offered language draws with real letters in a face made for it, and right-to-left
languages mirror the whole screen while keeping embedded Latin words in their place."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QTransform
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import PROJECT_ROOT
from kiosk.content.model import Content
from kiosk.i18n.bidi import RLM
from kiosk.i18n.catalog import load_catalog, po_path
from kiosk.i18n.languages import LANGUAGES
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tools.glyphs import families_used, glyph_problems, language_font, missing_characters
from kiosk.ui.widgets.icons import _image
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui

TRANSLATIONS = PROJECT_ROOT / "translations"
TRANSLATED = [code for code in LANGUAGES if po_path(TRANSLATIONS, code).is_file()]


def test_every_lobby_language_has_a_catalog() -> None:
    assert sorted(TRANSLATED) == sorted(code for code in LANGUAGES if code != "en")


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_translated_string_draws_without_boxes(qapp: Any, code: str) -> None:
    entries = load_catalog(TRANSLATIONS, code).entries
    assert entries, f"{code} has no translated strings"
    # The same check as `i18n check` and `doctor`: every entry and the autonym.
    assert glyph_problems(po_path(TRANSLATIONS, code), code, entries) == []


def test_the_glyph_check_sees_boxes(qapp: Any) -> None:
    # U+E000 is a private-use code point: no installed font draws it.
    assert missing_characters("ok \ue000 ok", language_font(LANGUAGES["en"])) == ["\ue000"]


@pytest.mark.parametrize(
    ("code", "text", "face"),
    [("zh_Hans", "关于移民的信息", "Noto Sans CJK SC"), ("zh_Hant", "關於移民的資訊", "Noto Sans CJK TC")],
)
def test_chinese_draws_in_its_own_face_not_a_japanese_one(qapp: Any, code: str, text: str, face: str) -> None:
    assert families_used(text, language_font(LANGUAGES[code])) == {face}


def _x(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().center()).x()


def test_farsi_mirrors_the_screen(window: KioskWindow, content: Content) -> None:
    card = content.cards_of(content.topics[0].id)[0]
    window.set_language("fa")
    window.history.replace([Place("picker"), Place("topics")])
    window.go(Place("card", card.id))
    QApplication.processEvents()
    bar = window.top_bar
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _x(bar.back_button) > _x(bar.title) > _x(bar.home_button) > _x(bar.language_button)
    assert window.card.text is not None
    assert _x(window.card.text) > _x(window.card.panel), "text on the right, QR panel on the left"
    # The back arrow points right, the way back in a right-to-left language.
    icon = bar.back_button.icon()
    size = icon.availableSizes()[0]
    shown = icon.pixmap(size).toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    pointing_left = _image("back", size.width())
    assert shown != pointing_left
    assert shown == pointing_left.transformed(QTransform().scale(-1, 1))


def test_english_is_not_mirrored(window: KioskWindow, content: Content) -> None:
    window.set_language("en")
    window.history.replace([Place("picker"), Place("topics")])
    window.go(Place("cards", content.topics[0].id))
    bar = window.top_bar
    assert _x(bar.back_button) < _x(bar.title) < _x(bar.home_button)


@pytest.mark.parametrize("code", [c for c in TRANSLATED if LANGUAGES[c].rtl])
def test_right_to_left_paragraphs_stay_right_to_left_when_they_start_with_latin(
    window: KioskWindow, content: Content, code: str
) -> None:
    """'ICE ...' or '287(g) ...' opening a Farsi sentence must not turn it into a left-to-right line."""
    window.set_language(code)
    assert window.translator.pgettext("top bar button", "Home").startswith(RLM)
    for card in content.cards.values():
        window.history.replace([Place("picker"), Place("topics")])
        window.go(Place("card", card.id))
        text = window.card.text
        assert text is not None
        doc = text.browser.document()
        block = doc.begin()
        while block.isValid():
            if block.text().strip():
                assert block.textDirection() == Qt.LayoutDirection.RightToLeft, (card.id, block.text())
            block = block.next()


def test_attract_cycles_through_every_offered_language(qtbot: Any, window: KioskWindow) -> None:
    attract = window.attract
    assert attract.timer.isActive(), "the attract screen invites in every language by itself"
    assert attract.timer.interval() == int(window.cfg.attract_cycle * 1000)
    attract.timer.setInterval(5)  # the same timer, only faster than a person would need
    seen = []
    for _ in window.cfg.languages:
        seen.append(attract.codes[attract.index])
        with qtbot.waitSignal(attract.timer.timeout, timeout=1000):
            pass
    assert seen == window.cfg.languages
    assert attract.index == 0, "after the last language it starts again"


def test_attract_shows_each_language_in_its_own_words(window: KioskWindow) -> None:
    attract = window.attract
    while attract.codes[attract.index] != "zh_Hant":
        attract.next_language()
    tr = attract.current()
    assert tr.pgettext("attract", "Touch the screen to start") in attract.text_shown()
    assert "Touch the screen" not in attract.text_shown()
    assert families_used(attract.title.text(), attract.title.font()) == {"Noto Sans CJK TC"}


def test_attract_slows_after_a_quiet_spell_and_is_brisk_again_after_a_visit(
    qtbot: Any, window: KioskWindow
) -> None:
    attract = window.attract
    cycle, quiet = window.cfg.attract_cycle, window.cfg.attract_quiet_cycle
    changes = round(window.cfg.attract_quiet_after * 60 / cycle)
    for _ in range(changes):
        assert attract.timer.interval() == int(cycle * 1000)
        attract.timer.timeout.emit()
    assert attract.timer.interval() == int(quiet * 1000), "nobody has come by: the cycle slows"
    assert attract.timer.isActive()
    tap(qtbot, attract)
    assert not attract.isVisible()
    window.reset_visit()
    assert attract.isVisible()
    assert attract.timer.interval() == int(cycle * 1000), "after a visit it invites briskly again"
