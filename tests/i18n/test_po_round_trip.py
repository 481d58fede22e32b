"""The translators' files survive every tool that touches them, byte for byte.

`i18n extract`, `i18n update` and a gettext tool's save (msgcat, as Poedit's stand-in) must
leave a catalog as it was: otherwise each round garbles the previous English, duplicates the
reviewers' notes, or rewrites every file because a line number moved.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kiosk import PROJECT_ROOT
from kiosk.i18n import catalog_tools
from kiosk.i18n.catalog import po_path

TRANSLATIONS = PROJECT_ROOT / "translations"
CATALOGS = sorted(TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"))
LONG = (
    "The Police Department wants every victim of a crime to be able to call the police and work "
    "with them without any fear about immigration."
)


def _msgcat() -> str:
    found = shutil.which("msgcat")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("msgcat (Debian's gettext) is missing: deploy/setup.sh --dev installs it")
        pytest.skip("msgcat (Debian's gettext) is not installed")
    return found


def _gettext_save(path: Path) -> bytes:
    """What a gettext tool writes back for `path` with wrapping off (Poedit's default keeps it)."""
    return subprocess.run(
        [_msgcat(), "--no-wrap", str(path)], check=True, capture_output=True, timeout=30
    ).stdout


def test_the_committed_template_is_what_extract_writes(tmp_path: Path) -> None:
    pot = tmp_path / "messages.pot"
    shutil.copy(TRANSLATIONS / "messages.pot", pot)
    before = pot.read_bytes()
    catalog_tools.save_po(catalog_tools.extract(PROJECT_ROOT / "content"), pot)
    assert pot.read_bytes() == before, "translations/messages.pot is stale: run `main.py i18n extract`"


def test_update_changes_no_byte_of_the_committed_catalogs(tmp_path: Path) -> None:
    copy = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS, copy)
    catalog_tools.update(catalog_tools.extract(PROJECT_ROOT / "content"), copy)
    changed = [
        str(path.relative_to(TRANSLATIONS))
        for path in CATALOGS
        if (copy / path.relative_to(TRANSLATIONS)).read_bytes() != path.read_bytes()
    ]
    assert changed == [], "run `main.py i18n update` and commit the catalogs"


@pytest.mark.parametrize(
    "path",
    [*CATALOGS, TRANSLATIONS / "messages.pot"],
    ids=lambda p: "template" if p.suffix == ".pot" else p.parent.parent.name,
)
def test_a_gettext_tool_leaves_every_committed_catalog_as_it_is(path: Path) -> None:
    assert _gettext_save(path) == path.read_bytes()


def test_no_committed_catalog_carries_a_note_twice_or_a_stray_previous_english() -> None:
    for path in CATALOGS:
        with path.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            notes = message.user_comments
            assert len(notes) == len(set(notes)), f"{path}: {message.context}: a note repeated"
            # Babel reads a "#|" line as a note: one here is a previous English lost on a save.
            assert not any(n.startswith("|") for n in notes), f"{path}: {message.context}"


def test_a_long_changed_english_and_a_long_note_survive_update_and_a_gettext_save(
    content_dir: Path, translations: Path
) -> None:
    card = content_dir / "cards" / "report-crime.yaml"
    card.write_text(card.read_text().replace("First paragraph.", LONG))
    path = po_path(translations, "es")
    with path.open("rb") as handle:
        po = read_po(handle)
    title = po.get("Can I report a crime?", "card:report-crime:title")
    assert title is not None
    note = "reviewer: " + LONG  # longer than a comment line: gettext tools wrap it
    title.user_comments = [note]
    catalog_tools.save_po(po, path, review="draft")
    catalog_tools.update(catalog_tools.extract(content_dir), translations)
    once = path.read_bytes()

    catalog_tools.update(catalog_tools.extract(content_dir), translations)
    assert path.read_bytes() == once  # a second update changes nothing
    assert _gettext_save(path) == once  # nor does a translator's tool
    po = catalog_tools.read_po_file(path)
    body = po.get(f"{LONG}\n\n- a point\n- **another** point\n", "card:report-crime:body")
    assert body is not None and body.fuzzy
    # The English the translation was made from, whole, as gettext tools read it.
    assert body.previous_id == ["First paragraph.\n\n- a point\n- **another** point\n"]
    title = po.get("Can I report a crime?", "card:report-crime:title")
    assert title is not None
    assert " ".join(title.user_comments) == note


def test_a_changed_english_shows_the_whole_previous_english(content_dir: Path, translations: Path) -> None:
    """The previous English of a long paragraph, read back by gettext's own parser."""
    card = content_dir / "cards" / "report-crime.yaml"
    card.write_text(card.read_text().replace("First paragraph.", LONG))
    catalog_tools.update(catalog_tools.extract(content_dir), translations)
    path = po_path(translations, "es")
    po = catalog_tools.read_po_file(path)
    body = po.get(f"{LONG}\n\n- a point\n- **another** point\n", "card:report-crime:body")
    assert body is not None and body.previous_id
    body.string = f"ES {LONG}"  # the translator confirms it
    body.flags.discard("fuzzy")
    body.previous_id = []
    catalog_tools.save_po(po, path, review="draft")
    card.write_text(card.read_text().replace(LONG, "Short now."))
    catalog_tools.update(catalog_tools.extract(content_dir), translations)
    # msgunfmt/msgattrib would refuse a broken "#|" block; msgcat reads it and writes it back.
    assert _gettext_save(path) == path.read_bytes()
    po = catalog_tools.read_po_file(path)
    changed = po.get("Short now.\n\n- a point\n- **another** point\n", "card:report-crime:body")
    assert changed is not None and changed.fuzzy
    assert changed.previous_id == [f"{LONG}\n\n- a point\n- **another** point\n"]
