"""Card text is drawn as the CommonMark the checker reads, on the screen and on both slips."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPdfWriter, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from kiosk.card_markdown import insert_card_markdown
from kiosk.config import Config
from kiosk.content.validate import load_content
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import translator_for
from kiosk.i18n.views import CardView, card_view
from kiosk.printing.receipt import SCALE
from kiosk.printing.slip import Slip, card_document
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.scroll_text import ScrollText

# GitHub's Markdown (validate refuses it, but a translation or a slip may still carry it):
# CommonMark draws each of these as the characters typed.
GITHUB = "A ~~struck~~ ~word~.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\nAn _aside_ and **bold**.\n"


def assert_drawn_as_commonmark(doc: QTextDocument) -> None:
    text = doc.toPlainText()
    assert "A ~~struck~~ ~word~." in text
    assert "| a | b | |---|---| | 1 | 2 |" in text  # one paragraph of pipes, not a table
    assert "[ ] task" in text
    assert doc.rootFrame().childFrames() == []  # no table frame
    for fragment in fragments(doc):
        struck, fmt = fragment.text(), fragment.charFormat()
        assert not fmt.fontStrikeOut(), struck
        if "aside" in struck:
            assert (
                fmt.fontItalic() and not fmt.fontUnderline()
            )  # CommonMark's emphasis, not GitHub's underline
        if "bold" in struck:
            assert fmt.font().bold()


def fragments(doc: QTextDocument) -> list[Any]:
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            found.append(it.fragment())
            it += 1
        block = block.next()
    return found


@pytest.mark.gui
def test_the_card_screen_draws_commonmark(qtbot: Any) -> None:
    text = ScrollText(Theme.for_size(1920, 1080, LANGUAGES["en"]))
    qtbot.addWidget(text)
    text.set_markdown(GITHUB, rtl=False)
    assert_drawn_as_commonmark(text.browser.document())


def view(body: str, code: str) -> CardView:
    return CardView("c", "Title", body, None, "Source", "https://example.org/", "today", code, None)


@pytest.mark.parametrize(("scale", "english"), [(1.0, True), (SCALE, False)], ids=["page", "receipt"])
def test_the_slips_draw_commonmark(qapp: Any, tmp_path: Path, scale: float, english: bool) -> None:
    fonts = LANGUAGES["es"].fonts
    slip = Slip(view(GITHUB, "es"), view(GITHUB, "en"), "", "", "", "In English", "", fonts, False)
    device = QPdfWriter(str(tmp_path / "slip.pdf"))
    doc = card_document(slip, device, 4000, scale=scale, english=english)
    assert_drawn_as_commonmark(doc)
    assert doc.toPlainText().count("[ ] task") == (2 if english else 1)


@pytest.mark.gui
def test_every_card_draws_as_it_did_in_qts_default_dialect(qapp: Any, repo_config: Config) -> None:
    """The subset cards use (paragraphs, lists, bold) is the same in both dialects."""
    content = load_content(repo_config.resolve(repo_config.content_dir), repo_config.allowed_qr_hosts).content
    assert content is not None
    for code in ("en", "es", "fa"):
        tr = translator_for(repo_config.resolve(repo_config.translations_dir), code)
        for card in content.cards.values():
            markdown = card_view(content, card, tr).text()
            default = QTextBrowser()
            default.setMarkdown(markdown)
            ours = QTextBrowser()
            insert_card_markdown(QTextCursor(ours.document()), markdown)
            assert ours.toHtml() == default.toHtml(), (code, card.id)
