"""From content to PO and back: contexts, fallback, fuzzy on change, broken catalogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kiosk.i18n import catalog_tools
from kiosk.i18n.catalog import po_path
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import card_view, topic_views
from tests.helpers.content import read_content, write_card

load = read_content


def test_template_has_content_and_interface_strings_with_context(content_dir: Path) -> None:
    template = catalog_tools.extract(content_dir)
    keys = {(m.context, m.id) for m in template if m.id}
    assert ("card:report-crime:title", "Can I report a crime?") in keys
    assert ("topic:police:summary", "Safety for everyone") in keys
    assert ("source:sb54:title", "The California Values Act") in keys
    assert ("top bar button", "Home") in keys
    assert ("attract", "Touch the screen to start") in keys
    body = template.get("First paragraph.\n\n- a point\n- **another** point\n", "card:report-crime:body")
    assert body is not None
    assert any("Markdown" in c for c in body.auto_comments)
    home = template.get("Language", "top bar button")
    assert home is not None and any("list of languages" in c for c in home.auto_comments)


def test_translated_card_is_shown_translated(content_dir: Path, translations: Path) -> None:
    content = load(content_dir)
    view = card_view(content, content.cards["report-crime"], translator_for(translations, "es"))
    assert view.title == "ES Can I report a crime?"
    assert view.body.startswith("ES First paragraph.")
    assert view.fallback_note is None
    assert view.text_language == "es"
    assert view.last_checked == "1 de noviembre de 2026"


def test_changed_english_makes_the_translation_fuzzy_and_shows_english(
    content_dir: Path, translations: Path
) -> None:
    path = content_dir / "cards" / "report-crime.yaml"
    path.write_text(path.read_text().replace("First paragraph.", "A new first paragraph."))
    content = load(content_dir)
    catalog_tools.update(catalog_tools.extract(content_dir), translations)

    po = read_po(po_path(translations, "es").open("rb"))
    body = po.get("A new first paragraph.\n\n- a point\n- **another** point\n", "card:report-crime:body")
    assert body is not None and body.fuzzy
    assert isinstance(body.string, str)
    assert body.string.startswith("ES First paragraph.")  # kept for the translator
    text = po_path(translations, "es").read_text(encoding="utf-8")
    # The old English stays beside it for the translator, as gettext tools write it.
    assert '#| msgid ""\n#| "First paragraph.\\n"\n#| "\\n"\n' in text
    assert '"X-Review-State: draft\\n"' in text

    view = card_view(content, content.cards["report-crime"], translator_for(translations, "es"))
    assert view.body.startswith("A new first paragraph.")
    assert view.title == "Can I report a crime?"  # the whole card in English, never half
    assert view.fallback_note == "Esta tarjeta se muestra en inglés."
    assert view.text_language == "en"

    # Untouched strings keep their translation through the update.
    assert (
        topic_views(content, translator_for(translations, "es"))[0].title
        == "ES What the Police Department said"
    )


def test_missing_translation_falls_back_per_card(content_dir: Path, translations: Path) -> None:
    write_card(content_dir, "new-card", "police", "A brand new card", "city-statement")
    content = load(content_dir)
    tr = translator_for(translations, "es")
    assert card_view(content, content.cards["new-card"], tr).fallback_note is not None
    assert card_view(content, content.cards["report-crime"], tr).fallback_note is None


def test_broken_catalog_falls_back_to_english_with_its_line(content_dir: Path, translations: Path) -> None:
    path = po_path(translations, "es")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(30, 'msgstr "unterminated')
    path.write_text("\n".join(lines), encoding="utf-8")
    tr = translator_for(translations, "es")
    assert tr.broken
    assert tr.catalog is not None and tr.catalog.error is not None
    assert tr.catalog.error.startswith(f"{path}:")
    content = load(content_dir)
    view = card_view(content, content.cards["report-crime"], tr)
    assert view.title == "Can I report a crime?"
    assert view.fallback_note is not None


def test_status_counts(content_dir: Path, translations: Path) -> None:
    template = catalog_tools.extract(content_dir)
    (row,) = catalog_tools.status(template, translations)
    assert row.code == "es"
    assert row.translated == len([m for m in template if m.id])
    assert (row.fuzzy, row.missing, row.review.state) == (0, 0, "draft")


def test_a_translation_with_wrong_placeholders_is_not_used(content_dir: Path, translations: Path) -> None:
    path = po_path(translations, "es")
    po = read_po(path.open("rb"))
    checked = po.get("Last checked: {date}", "card")
    assert checked is not None
    checked.string = "Revisado: {fecha}"
    catalog_tools.save_po(po, path, review="draft")
    tr = translator_for(translations, "es")
    assert tr.pgettext("card", "Last checked: {date}").format(date="hoy") == "Last checked: hoy"


def test_line_breaks_inside_chinese_paragraphs_add_no_space() -> None:
    from kiosk.i18n.views import join_cjk_lines

    assert join_cjk_lines("警察局的\n任务。\n\n- 第二\n段 ICE\nok") == "警察局的任务。\n\n- 第二段 ICE\nok"


@pytest.mark.expect_log("kiosk.i18n.translators", "WARNING")
def test_a_broken_update_of_a_catalog_leaves_the_last_good_one(
    content_dir: Path, translations: Path, caplog: pytest.LogCaptureFixture
) -> None:
    import os

    from kiosk.i18n.translator import refused_update
    from kiosk.i18n.translators import Translators

    good = translator_for(translations, "es")
    assert not good.broken
    path = po_path(translations, "es")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('msgstr "ES ', 'msgstr "ES unterminated\nmsgstr "', 1), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    kept = translator_for(translations, "es")  # as a visitor's tap looks it up: nothing logged
    assert not kept.broken and kept.catalog is good.catalog
    assert not caplog.records
    refused = refused_update(translations, "es")
    assert refused is not None and "not valid PO syntax" in refused
    Translators(translations).report_faults(["en", "es"])  # between visits: said then
    assert [r.getMessage() for r in caplog.records] == [
        f"translation update refused, keeping the last good one: {refused}"
    ]
    path.write_text(text.replace("ES Can I report", "ES2 Can I report"), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))
    content = load(content_dir)
    fixed = translator_for(translations, "es")
    assert refused_update(translations, "es") is None
    assert card_view(content, content.cards["report-crime"], fixed).title == "ES2 Can I report a crime?"


def test_a_new_interface_string_never_inherits_another_ones_translation(
    content_dir: Path, translations: Path
) -> None:
    template = catalog_tools.extract(content_dir)
    template.add("A brand new button", context="idle button")  # its only string: Continue
    path = po_path(translations, "es")
    old = read_po(path.open("rb"))
    merged = catalog_tools.merge(template, old)
    new = merged.get("A brand new button", "idle button")
    assert new is not None and new.string == "" and not new.fuzzy
