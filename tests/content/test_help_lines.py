"""The City's help lines (content/help-lines.yaml): checked like the rest of the content, with
file and line; extracted for translators; and the one a kiosk's `help_line` names, in the
visitor's language (issue 21 §1, "a person to ask")."""

from __future__ import annotations

from pathlib import Path

from kiosk.config import DEFAULT_HOSTS
from kiosk.content.accepted import read_accepted
from kiosk.content.help_lines import unknown_help_line
from kiosk.content.model import Content
from kiosk.content.validate import load_content
from kiosk.i18n import catalog_tools
from kiosk.i18n.catalog import read_review
from kiosk.i18n.content_extractor import extract
from kiosk.i18n.help_line import help_line_text
from kiosk.i18n.translator import translator_for
from tests.content.test_validate import TODAY, problems

LINES = "help-lines.yaml"
SPANISH = "¿Preguntas? Pregunte en la recepción."


def write_lines(folder: Path, body: str) -> Path:
    path = folder / LINES
    path.write_text(f"help_lines:\n{body}", encoding="utf-8")
    return path


def test_the_repositorys_line_is_read_by_validate_and_from_an_accepted_copy(content: Content) -> None:
    assert content.help_lines == {"front-desk": "Questions? Ask at the front desk."}
    repo = Path(__file__).parents[2] / "content"
    assert read_accepted(repo).help_lines == content.help_lines


def test_a_folder_without_the_file_is_valid_and_has_none(content_dir: Path) -> None:
    result = load_content(content_dir, DEFAULT_HOSTS, today=TODAY)
    assert result.problems == [] and result.content is not None
    assert result.content.help_lines == {}
    assert read_accepted(content_dir).help_lines == {}


def test_lines_are_read(content_dir: Path) -> None:
    write_lines(content_dir, "  - id: front-desk\n    text: '  Questions? Ask at the front desk. '\n")
    result = load_content(content_dir, DEFAULT_HOSTS, today=TODAY)
    assert result.content is not None
    assert result.content.help_lines == {"front-desk": "Questions? Ask at the front desk."}


def test_mistakes_are_said_with_file_and_line(content_dir: Path) -> None:
    write_lines(
        content_dir,
        "  - id: front-desk\n    text: Ask at the front desk.\n"
        "  - id: front-desk\n    text: Ask again.\n"
        "  - id: web\n    text: Ask us at https://example.org/help\n",
    )
    found = problems(content_dir)
    assert "help-lines.yaml:4: duplicate help_line id 'front-desk' (first at line 2)" in found
    assert any(p.startswith("help-lines.yaml:7: help_lines.text: ") for p in found), found


def test_the_schema_is_said_with_file_and_line(content_dir: Path) -> None:
    write_lines(content_dir, "  - id: Front Desk\n    text: Ask.\n  - id: lobby\n    text: ' '\n")
    assert problems(content_dir) == [
        "help-lines.yaml:2: help_lines.id: use only lowercase letters, digits and hyphens, not 'Front Desk'",
        "help-lines.yaml:5: help_lines.text: must not be empty",
    ]


def test_an_unknown_field_is_said(content_dir: Path) -> None:
    write_lines(content_dir, "  - id: front-desk\n    text: Ask.\n    phone: '555'\n")
    assert problems(content_dir) == ["help-lines.yaml:2: help_lines: unknown field ('phone' was unexpected)"]


def test_lines_are_extracted_for_translators() -> None:
    repo = Path(__file__).parents[2] / "content" / LINES
    with repo.open("rb") as file:
        found = list(extract(file, None, None, {}))
    assert [(context, msgid) for _line, _kind, (context, msgid), _comment in found] == [
        ("help-line:front-desk:text", "Questions? Ask at the front desk.")
    ]
    assert found[0][0] == 7 and "where to ask a person" in found[0][3][0]


def with_line(repo_copy: Path, code: str, text: str) -> Path:
    """The copy's translations with the help line in `code` set to `text` ("": untranslated)."""
    po = repo_copy / "translations" / code / "LC_MESSAGES" / "messages.po"
    catalog = catalog_tools.read_po_file(po)
    message = catalog.get("Questions? Ask at the front desk.", "help-line:front-desk:text")
    assert message is not None, "the help line is in the catalog"
    message.string = text
    catalog_tools.save_po(catalog, po, read_review(po.read_text(encoding="utf-8")))
    return repo_copy / "translations"


def with_spanish(repo_copy: Path) -> Path:
    return with_line(repo_copy, "es", SPANISH)


def test_the_line_in_the_visitors_language(content: Content, repo_copy: Path) -> None:
    translations = with_line(repo_copy, "ko", "")
    translations = with_spanish(repo_copy)
    assert help_line_text(content, "front-desk", translator_for(translations, "es")) == SPANISH
    english = "Questions? Ask at the front desk."
    assert help_line_text(content, "front-desk", translator_for(translations, "en")) == english
    # Not translated (yet) into Korean: the English, as a card's fields fall back.
    assert help_line_text(content, "front-desk", translator_for(translations, "ko")) == english


def test_no_line_when_unset_unknown_or_without_content(content: Content, repo_copy: Path) -> None:
    tr = translator_for(with_spanish(repo_copy), "es")
    assert help_line_text(content, "", tr) == ""
    assert help_line_text(content, "second-floor", tr) == ""
    assert help_line_text(None, "front-desk", tr) == ""


def test_an_unknown_id_is_explained() -> None:
    assert unknown_help_line("", {}) is None
    assert unknown_help_line("front-desk", {"front-desk": "Ask."}) is None
    said = unknown_help_line("second-floor", {"front-desk": "Ask."})
    assert said is not None and "'second-floor'" in said and "front-desk" in said
    none = unknown_help_line("front-desk", {})
    assert none is not None and "no help-lines.yaml" in none
