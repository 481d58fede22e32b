"""What `i18n check` finds in a catalog without a screen: placeholders, Markdown, syntax."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kiosk.i18n import catalog_tools
from kiosk.i18n.catalog import po_path
from kiosk.i18n.checks import check_catalog, compare

BODY = "card:report-crime:body"


@pytest.mark.parametrize(
    ("context", "english", "translation", "expected"),
    [
        ("card", "Last checked: {date}", "Revisado: {fecha}", "placeholders differ"),
        ("card", "Last checked: {date}", "Revisado", "placeholders differ"),
        ("slip", "Printed", "Impreso, ver https://example.com/x", "web address"),
        (BODY, "Some **bold** text.", "Algo **negrita texto.", "no partner"),
        (BODY, "- one\n- two\n", "- uno\n", "2 list items, this has 1"),
        (BODY, "Plain text.", "Lea [esto](https://example.com).", "links are not allowed"),
        (BODY, "Plain text.", "<b>Texto</b>", "raw HTML"),
    ],
)
def test_bad_translations_are_caught(context: str, english: str, translation: str, expected: str) -> None:
    problems = compare(context, english, translation)
    assert any(expected in p for p in problems), problems


def test_a_faithful_translation_passes() -> None:
    english = "**Yes.** It is {date}.\n\n- one\n- two\n"
    assert compare(BODY, english, "**Sí.** Es {date}.\n\n- uno\n- dos\n") == []


def _catalog_with(folder: Path, content_dir: Path, strings: dict[str, str]) -> Path:
    path = catalog_tools.init(catalog_tools.extract(content_dir), folder, "es")
    po = read_po(path.open("rb"))
    for message in po:
        if message.id:
            message.string = strings.get(message.id, f"ES {message.id}")
    catalog_tools.save_po(po, path, review="draft")
    return path


def test_check_names_file_and_line_of_the_bad_entry(tmp_path: Path, content_dir: Path) -> None:
    path = _catalog_with(tmp_path, content_dir, {"Last checked: {date}": "Revisado: {fecha}"})
    problems = check_catalog(tmp_path, "es")
    assert len(problems) == 1, problems
    file, line, message = problems[0].split(":", 2)
    assert file == str(path)
    assert path.read_text().splitlines()[int(line) - 1].startswith("msgid")
    assert "{date}" in message and "{fecha}" in message


def test_check_reports_a_broken_catalog(tmp_path: Path, content_dir: Path) -> None:
    path = _catalog_with(tmp_path, content_dir, {})
    lines = path.read_text().splitlines()
    lines[30] = 'msgstr "unclosed'
    path.write_text("\n".join(lines))
    assert check_catalog(tmp_path, "es") == [
        f"{po_path(tmp_path, 'es')}:31: not valid PO syntax (check the quotes on this line)"
    ]
