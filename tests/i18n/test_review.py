"""Drafts are never passed off as official: the note, the sign-off, and the setting's choices."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import ConfigError, from_mapping, load
from kiosk.i18n import catalog_tools
from kiosk.i18n.catalog import po_path, read_review
from kiosk.i18n.review import shown_languages, under_policy
from kiosk.i18n.translator import Translator, translator_for
from kiosk.i18n.views import DRAFT_NOTE, FALLBACK_NOTE, card_view, topic_views
from tests.helpers.content import read_content, write_card

WHEN = "2026-12-01 23:40+0000"


def test_a_draft_translation_carries_the_note_in_the_visitors_language(
    content_dir: Path, translations: Path
) -> None:
    content = read_content(content_dir)
    view = card_view(content, content.cards["report-crime"], translator_for(translations, "es"))
    assert view.title == "ES Can I report a crime?"
    assert view.draft_note == f"ES {DRAFT_NOTE[1]}"
    assert view.note == view.draft_note and view.fallback_note is None


def test_a_reviewed_translation_and_english_carry_no_note(content_dir: Path, translations: Path) -> None:
    content = read_content(content_dir)
    catalog_tools.sign_off(translations, "es", "Ana Pérez", WHEN)
    for code in ("es", "en"):
        view = card_view(content, content.cards["report-crime"], translator_for(translations, code))
        assert view.note is None, code
    assert card_view(content, content.cards["report-crime"], translator_for(translations, "es")).title == (
        "ES Can I report a crime?"
    )


def test_a_card_shown_in_english_has_only_the_usual_note(content_dir: Path, translations: Path) -> None:
    write_card(content_dir, "new-card", "police", "A card nobody translated", "city-statement")
    content = read_content(content_dir)
    view = card_view(content, content.cards["new-card"], translator_for(translations, "es"))
    assert view.text_language == "en"
    assert view.note == "Esta tarjeta se muestra en inglés." and view.draft_note is None


def test_english_setting_shows_unreviewed_cards_in_english_with_the_usual_note(
    content_dir: Path, translations: Path
) -> None:
    content = read_content(content_dir)
    tr = under_policy(translator_for(translations, "es"), "english")
    view = card_view(content, content.cards["report-crime"], tr)
    assert (view.title, view.text_language) == ("Can I report a crime?", "en")
    assert view.note == "Esta tarjeta se muestra en inglés."
    assert topic_views(content, tr)[0].title == "What the Police Department said"
    # The way around stays in the visitor's language.
    assert tr.pgettext("top bar button", "Home") == "ES Home"
    # Once signed off, the same setting shows the translation.
    catalog_tools.sign_off(translations, "es", "Ana Pérez", WHEN)
    signed = under_policy(translator_for(translations, "es"), "english")
    assert card_view(content, content.cards["report-crime"], signed).title == "ES Can I report a crime?"


def test_hide_setting_leaves_unreviewed_languages_off_the_picker(translations: Path) -> None:
    for code in ("fa", "ar"):
        target = po_path(translations, code)
        target.parent.mkdir(parents=True)
        target.write_bytes(po_path(translations, "es").read_bytes())
    catalog_tools.sign_off(translations, "fa", "Reza", WHEN)

    def get(code: str) -> Translator:
        return translator_for(translations, code)

    codes = ["en", "es", "fa", "ar"]
    assert shown_languages(codes, get, "hide", "en") == ["en", "fa"]
    assert shown_languages(codes, get, "hide", "ar") == ["en", "fa", "ar"], "the default stays"
    assert shown_languages(codes, get, "note", "en") == codes
    assert shown_languages(codes, get, "english", "en") == codes


def test_sign_off_records_who_and_when_and_update_keeps_it(content_dir: Path, translations: Path) -> None:
    path = po_path(translations, "es")
    before = path.read_text(encoding="utf-8")
    catalog_tools.sign_off(translations, "es", "  Ana   Pérez ", WHEN)
    after = path.read_text(encoding="utf-8")
    review = read_review(after)
    assert (review.state, review.by, review.date) == ("reviewed", "Ana Pérez", WHEN)
    # Only the header changed: every entry is as the translator left it.
    assert before.split("\n\n", 1)[1] == after.split("\n\n", 1)[1]
    catalog_tools.sign_off(translations, "es", "Luis", "2026-12-02 09:00+0000")
    assert path.read_text(encoding="utf-8").count("X-Reviewed-By") == 1

    template = catalog_tools.extract(content_dir)
    catalog_tools.update(template, translations)
    (row,) = catalog_tools.status(template, translations)
    assert (row.review.state, row.review.by, row.review.date) == ("reviewed", "Luis", "2026-12-02 09:00+0000")


@pytest.mark.parametrize("name", ["", "   ", 'Ana "the reviewer"', "back\\slash"])
def test_sign_off_needs_a_plain_name(translations: Path, name: str) -> None:
    with pytest.raises(ValueError, match="name"):
        catalog_tools.sign_off(translations, "es", name, WHEN)
    assert read_review(po_path(translations, "es").read_text(encoding="utf-8")).state == "draft"


def test_a_broken_catalog_cannot_be_signed_off(translations: Path) -> None:
    path = po_path(translations, "es")
    path.write_text(path.read_text(encoding="utf-8") + 'msgid "unclosed\n', encoding="utf-8")
    with pytest.raises(ValueError, match="not valid PO syntax"):
        catalog_tools.sign_off(translations, "es", "Ana", WHEN)


def test_english_changed_after_sign_off_shows_english_until_checked_again(
    content_dir: Path, translations: Path
) -> None:
    catalog_tools.sign_off(translations, "es", "Ana", WHEN)
    card = content_dir / "cards" / "report-crime.yaml"
    card.write_text(card.read_text().replace("Can I report a crime?", "May I report a crime?"))
    content = read_content(content_dir)
    catalog_tools.update(catalog_tools.extract(content_dir), translations)

    tr = translator_for(translations, "es")
    assert tr.catalog is not None and tr.catalog.review.by == "Ana", "the sign-off stays"
    assert ("card:report-crime:title", "May I report a crime?") in tr.catalog.fuzzy
    view = card_view(content, content.cards["report-crime"], tr)
    assert (view.title, view.text_language) == ("May I report a crime?", "en")
    assert view.note == "Esta tarjeta se muestra en inglés."
    assert FALLBACK_NOTE[0] == DRAFT_NOTE[0] == "card note"


def test_the_setting_defaults_to_note_and_names_its_choices(tmp_path: Path) -> None:
    assert from_mapping({}).unreviewed_translations == "note"
    config = tmp_path / "kiosk.yaml"
    config.write_text("unreviewed_translations: hidden\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load(config)
    assert err.value.problems == [
        f"{config}:1: unreviewed_translations: must be one of note, english, hide, not 'hidden'"
    ]


def claim_review(translations: Path, code: str, *header_lines: str) -> None:
    """The catalog's header edited by hand: its review lines replaced by `header_lines`."""
    path = po_path(translations, code)
    text = path.read_text(encoding="utf-8").replace('"X-Review-State: draft\\n"', "\n".join(header_lines))
    assert all(line in text for line in header_lines)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    "header",
    [
        ['"X-Review-State: reviewed\\n"'],
        ['"X-Review-State: reviewed\\n"', '"X-Reviewed-By: Ana\\n"'],
        ['"X-Review-State: reviewed\\n"', f'"X-Reviewed-Date: {WHEN}\\n"'],
        ['"X-Review-State: reviewed\\n"', '"X-Reviewed-By: Ana\\n"', '"X-Reviewed-Date: yesterday\\n"'],
        ['"X-Review-State: reviewed\\n"', '"X-Reviewed-By: Ana\\n"', '"X-Reviewed-Date: 2026-13-45\\n"'],
    ],
    ids=["state-alone", "no-date", "no-name", "date-not-a-date", "date-not-real"],
)
def test_a_review_state_without_who_and_when_is_still_a_draft(
    content_dir: Path, translations: Path, header: list[str]
) -> None:
    """Before: one header line `X-Review-State: reviewed` took the draft note away."""
    claim_review(translations, "es", *header)
    content = read_content(content_dir)
    tr = translator_for(translations, "es")
    assert tr.catalog is not None
    assert not tr.catalog.review.reviewed
    assert tr.catalog.review_state == "draft"
    view = card_view(content, content.cards["report-crime"], tr)
    assert view.draft_note == f"ES {DRAFT_NOTE[1]}"
    why = tr.catalog.review.why_draft()
    assert why is not None and "X-Review-State: reviewed" in why and "i18n review" in why
    # `hide` keeps such a language off the picker, as any draft.
    assert shown_languages(["en", "es"], lambda c: translator_for(translations, c), "hide", "en") == ["en"]


def test_a_review_written_by_hand_with_who_and_when_counts(content_dir: Path, translations: Path) -> None:
    claim_review(
        translations,
        "es",
        '"X-Review-State: reviewed\\n"',
        '"X-Reviewed-By: Ana\\n"',
        f'"X-Reviewed-Date: {WHEN}\\n"',
    )
    tr = translator_for(translations, "es")
    assert tr.catalog is not None and tr.catalog.review.reviewed and tr.catalog.review.why_draft() is None
    content = read_content(content_dir)
    assert card_view(content, content.cards["report-crime"], tr).note is None
