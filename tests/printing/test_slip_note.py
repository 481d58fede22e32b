"""The printed slip says what the screen says: a draft translation carries the note that the
English is official, on the page slip and on the receipt; a reviewed one and English do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import from_mapping
from kiosk.content.model import Card
from kiosk.i18n import catalog_tools
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import DRAFT_NOTE, FALLBACK_NOTE
from kiosk.printing.pdf import write_slip_pdf
from tests.helpers.content import read_content
from tests.helpers.pdf import contains, pdf_text


def first_card(folder: Path) -> Card:
    content = read_content(folder / "content")
    return content.cards_of(content.topics[0].id)[0]


def slip_text(folder: Path, lang: str, **settings: str) -> str:
    cfg = from_mapping(settings, base_dir=folder)
    pdf = folder / f"slip-{lang}.pdf"
    write_slip_pdf(cfg, read_content(cfg.resolve(cfg.content_dir)), first_card(folder).id, lang, pdf)
    return pdf_text(pdf)


def note(folder: Path, lang: str, message: tuple[str, str]) -> str:
    text = translator_for(folder / "translations", lang).lookup(*message)
    assert text and text != message[1]
    return text


@pytest.mark.parametrize("layout", ["page", "receipt"])
@pytest.mark.parametrize("lang", ["es", "ar"])
def test_a_draft_slip_carries_the_note_and_a_reviewed_one_does_not(
    repo_copy: Path, layout: str, lang: str
) -> None:
    draft_note = note(repo_copy, lang, DRAFT_NOTE)
    assert contains(slip_text(repo_copy, lang, print_layout=layout), draft_note)
    catalog_tools.sign_off(repo_copy / "translations", lang, "Test", "2026-12-01 23:40+0000")
    assert not contains(slip_text(repo_copy, lang, print_layout=layout), draft_note)


def test_an_english_slip_has_no_note(repo_copy: Path) -> None:
    text = slip_text(repo_copy, "en")
    assert not contains(text, DRAFT_NOTE[1]) and not contains(text, FALLBACK_NOTE[1])


def test_english_setting_prints_the_english_card_with_the_usual_note(repo_copy: Path) -> None:
    text = slip_text(repo_copy, "es", unreviewed_translations="english")
    assert contains(text, first_card(repo_copy).title)
    assert contains(text, note(repo_copy, "es", FALLBACK_NOTE))
    assert not contains(text, note(repo_copy, "es", DRAFT_NOTE))
