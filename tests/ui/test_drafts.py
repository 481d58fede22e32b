"""On screen, a draft translation is never passed off as official: the note on the card, and
the setting that shows such languages in English or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.content.model import Content
from kiosk.i18n import catalog_tools
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import DRAFT_NOTE, FALLBACK_NOTE
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow
from tests.helpers.visitor import open_first_card, tap

pytestmark = pytest.mark.gui


def in_language(window: KioskWindow, code: str, note: tuple[str, str]) -> str:
    text = translator_for(window.translators.folder, code).lookup(*note)
    assert text and text != note[1], f"the note has no current translation in {code}"
    return text


def reviewed_copy(repo_copy: Path, *codes: str) -> Path:
    translations = repo_copy / "translations"
    for code in codes:
        catalog_tools.sign_off(translations, code, "Test", "2026-12-01 23:40+0000")
    return translations


@pytest.mark.parametrize("code", ["es", "ar"])
def test_a_draft_card_says_the_english_is_official(
    qtbot: Any, window: KioskWindow, content: Content, code: str
) -> None:
    open_first_card(qtbot, window, LANGUAGES[code].autonym)
    shown = window.card.note_lines()[0]
    assert shown == in_language(window, code, DRAFT_NOTE)
    assert shown in window.card.body_text(), "the note is on screen, after the text"
    assert window.card.title.text() != content.cards_of(content.topics[0].id)[0].title, "translated"


@pytest.mark.parametrize("code", ["es", "ar"])
def test_a_reviewed_card_has_no_note(
    qtbot: Any, make_window: Any, content: Content, repo_copy: Path, code: str
) -> None:
    window = make_window(translations_dir=reviewed_copy(repo_copy, code))
    open_first_card(qtbot, window, LANGUAGES[code].autonym)
    assert window.card.note_lines() == []
    assert window.card.title.text() != content.cards_of(content.topics[0].id)[0].title, "translated"


def test_english_has_no_note(qtbot: Any, window: KioskWindow, content: Content) -> None:
    open_first_card(qtbot, window, "English")
    assert window.card.note_lines() == []


def test_english_setting_shows_unreviewed_cards_in_english_with_the_usual_note(
    qtbot: Any, make_window: Any, content: Content
) -> None:
    window = make_window(unreviewed_translations="english")
    open_first_card(qtbot, window, "Español")
    card = content.cards_of(content.topics[0].id)[0]
    assert window.card.title.text() == card.title
    assert window.card.note_lines() == [in_language(window, "es", FALLBACK_NOTE)]
    assert not window.card.english_button.isVisible(), "the card is in English already"
    # The buttons stay in Spanish, so the visitor can still find their way.
    assert window.top_bar.home_button.text() == in_language(window, "es", ("top bar button", "Home"))


def test_hide_setting_leaves_unreviewed_languages_off_every_list(
    qtbot: Any, make_window: Any, content: Content, repo_copy: Path
) -> None:
    window = make_window(
        unreviewed_translations="hide", translations_dir=reviewed_copy(repo_copy, "es", "ar")
    )
    assert list(window.attract.codes) == ["en", "es", "ar"]
    tap(qtbot, window.attract)
    assert window.picker.tile_texts() == ["English", "Español", "العربية"]
    window.show_unavailable()
    shown = window.unavailable.text_shown()
    assert len(window.unavailable.labels) == 3, shown
    assert "La información no está disponible" in shown and "Информация" not in shown


def test_the_note_ends_the_text_once_whatever_came_before(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    card = content.cards_of(content.topics[0].id)[0]
    for code in ("es", "ar", "es"):
        window.set_language(code)
        window.go(Place("card", card.id))
        note = in_language(window, code, DRAFT_NOTE)
        assert window.card.note_lines()[0] == note
        text = window.card.body_text()
        assert text.count(note) == 1 and text.rstrip().endswith(window.card.note_lines()[-1])


def test_a_bare_review_state_leaves_the_draft_note_on_screen(
    qtbot: Any, make_window: Any, repo_copy: Path
) -> None:
    """Before: one header line `X-Review-State: reviewed`, written by anyone, took the note away.
    A catalog counts as reviewed only with who and when, as `i18n review` writes them."""
    path = repo_copy / "translations" / "es" / "LC_MESSAGES" / "messages.po"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("X-Review-State: draft", "X-Review-State: reviewed"), encoding="utf-8")
    window = make_window(translations_dir=repo_copy / "translations")
    open_first_card(qtbot, window, "Español")
    assert window.card.note_lines()[0] == in_language(window, "es", DRAFT_NOTE)
