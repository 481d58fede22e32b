from __future__ import annotations

import dataclasses

from kiosk.config import Config
from kiosk.content.validate import load_content
from kiosk.i18n.bidi import DIRECTION_MARKS, right_to_left
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import LEGAL_NOTICE, CardView, card_view
from kiosk.speech.text import markdown_sentences, reading_language, recorded_text, spoken_lines, spoken_text


def view(
    title: str, body: str, lang: str, notice: str | None = None, fallback: str | None = None
) -> CardView:
    return CardView("c", title, body, notice, "src", "https://x.org", "2026-11-01", lang, fallback)


def test_markdown_becomes_sentences() -> None:
    body = "First paragraph\nwrapped here.\n\n- a **bold** point\n- *another* point?\n\n1. third"
    assert markdown_sentences(body, "en") == [
        "First paragraph wrapped here.",
        "a bold point.",
        "another point?",
        "third.",
    ]


def test_each_script_ends_its_sentences_its_own_way() -> None:
    assert markdown_sentences("- 第一点\n- 第二点。", "zh_Hans") == ["第一点。", "第二点。"]
    assert markdown_sentences("- पहला", "hi") == ["पहला।"]


def test_title_body_and_notice_in_order() -> None:
    lines = spoken_lines(view("Can I report a crime", "Yes.", "en", "Not legal advice."))
    assert lines == ["Can I report a crime.", "Yes.", "Not legal advice."]


def test_farsi_is_read_without_direction_marks() -> None:
    title = right_to_left("آیا پلیس درباره ICE می‌پرسد؟")
    body = right_to_left("قطعنامه 17-29 شورای شهر.\n\n- بند **287(g)** اجرا نمی‌شود")
    assert any(ch in DIRECTION_MARKS for ch in title + body), "the test needs marked-up text"
    text = spoken_text(view(title, body, "fa", right_to_left("این مشاوره حقوقی نیست.")))
    assert not DIRECTION_MARKS & set(text)
    assert "ICE" in text and "17-29" in text and "287(g)" in text and "**" not in text


def test_the_repository_farsi_cards_have_no_marks(repo_config: Config) -> None:
    content = load_content(repo_config.resolve(repo_config.content_dir), repo_config.allowed_qr_hosts).content
    assert content is not None
    tr = translator_for(repo_config.resolve(repo_config.translations_dir), "fa")
    for card in content.cards.values():
        text = spoken_text(card_view(content, card, tr))
        assert text and not DIRECTION_MARKS & set(text), card.id
        assert "**" not in text and "\n- " not in text, card.id


def test_a_card_shown_in_english_reads_the_english_notice() -> None:
    lines = spoken_lines(view("Title", "Body.", "en", "Esto no es asesoría legal.", fallback="Sin traducir."))
    assert lines[-1] == LEGAL_NOTICE[1]


def test_the_draft_note_is_read_after_the_notice() -> None:
    card = view("Título", "Cuerpo.", "es", "No es asesoría legal.")
    shown = dataclasses.replace(card, draft_note="Es un borrador")
    assert spoken_lines(shown) == ["Título.", "Cuerpo.", "No es asesoría legal.", "Es un borrador."]


def test_a_repository_draft_card_is_read_with_its_note_and_in_english_without(repo_config: Config) -> None:
    content = load_content(repo_config.resolve(repo_config.content_dir), repo_config.allowed_qr_hosts).content
    assert content is not None
    folder = repo_config.resolve(repo_config.translations_dir)
    card = next(iter(content.cards.values()))
    spanish = card_view(content, card, translator_for(folder, "es"))
    assert spanish.text_language == "es" and spanish.draft_note, "the Spanish translation is a draft"
    assert spanish.draft_note in spoken_text(spanish)
    # "Read in English": Listen is given the card as the English screen shows it.
    english = card_view(content, card, translator_for(folder, "en"))
    lines = spoken_lines(english)
    assert reading_language(english) == "en"
    assert lines[0].startswith(card.title.rstrip("?.")) and spanish.draft_note not in lines
    assert lines[-1] == LEGAL_NOTICE[1] or not card.legal_notice


def test_a_recording_reads_the_card_without_the_draft_note(repo_config: Config) -> None:
    """Signing a language off removes its draft note: its recordings must not go out of date."""
    content = load_content(repo_config.resolve(repo_config.content_dir), repo_config.allowed_qr_hosts).content
    assert content is not None
    card = next(iter(content.cards.values()))
    folder = repo_config.resolve(repo_config.translations_dir)
    spanish = card_view(content, card, translator_for(folder, "es"))
    assert spanish.draft_note
    assert spanish.draft_note not in recorded_text(spanish)
    assert spoken_text(spanish) == recorded_text(spanish) + "\n" + spoken_lines(spanish)[-1]
