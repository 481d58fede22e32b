"""Text is text: a title, summary or card body that holds HTML (or Markdown's picture syntax)
shows its characters, never markup, and the window never loads a picture from a file."""

from __future__ import annotations

import dataclasses
import resource
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QLabel, QTextBrowser, QWidget

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.i18n import catalog_tools
from kiosk.i18n.catalog import po_path, read_review
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow
from tests.helpers.content import load_repo_content
from tests.helpers.visitor import open_first_card, tap, tile

pytestmark = pytest.mark.gui

ZERO = "<img src=/dev/zero>Common questions"


@pytest.fixture
def bounded_memory() -> Iterator[None]:
    """A fix that regressed would read /dev/zero until the machine's memory ran out: bound this
    process's address space meanwhile (2 GB above what it maps now), so that it fails at once."""
    mapped_kb = next(
        int(line.split()[1])
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmSize:")
    )
    before = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (mapped_kb * 1024 + 2 * 1024**3, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, before)


def a_picture(path: Path) -> Path:
    """A real picture file that nobody signed."""
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


@pytest.fixture
def content(repo_config: Config, request: pytest.FixtureRequest, tmp_path: Path) -> Content:
    """The repository's content; with a parameter, its first topic titled that (`{picture}`: a
    picture file), as if it had reached the window unchecked (`validate` refuses it now)."""
    shown = load_repo_content(repo_config)
    title = getattr(request, "param", None)
    if title is None:
        return shown
    title = title.format(picture=a_picture(tmp_path / "unsigned.png"))
    first = dataclasses.replace(shown.topics[0], title=title)
    return dataclasses.replace(shown, topics=(first, *shown.topics[1:]))


def set_spanish(repo_copy: Path, strings: dict[str, str]) -> Path:
    """The Spanish catalog with the entries of these contexts translated as given."""
    translations = repo_copy / "translations"
    path = po_path(translations, "es")
    with path.open("rb") as handle:
        po = read_po(handle)
    found = set()
    for message in po:
        if message.context in strings:
            message.string = strings[message.context]
            found.add(message.context)
    assert found == set(strings), set(strings) - found
    catalog_tools.save_po(po, path, read_review(path.read_text(encoding="utf-8")))
    return translations


def red_pixels(widget: QWidget) -> int:
    """How many pixels of the widget, as drawn, are the test picture's pure red."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    red = QColor("red").rgb()
    return sum(
        1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2) if image.pixel(x, y) == red
    )


def shown_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if label.isVisibleTo(root)]


def rich_labels(window: KioskWindow) -> list[str]:
    """Every label in the window, on screen or not, that would read its text as HTML."""
    return [
        f"{type(label.parentWidget()).__name__}>{label.objectName() or type(label).__name__} {label.text()!r}"
        for label in window.findChildren(QLabel)
        if label.textFormat() != Qt.TextFormat.PlainText
    ]


def images_in(doc: QTextDocument) -> list[str]:
    """The names of the pictures a text document holds."""
    found = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt: QTextCharFormat = it.fragment().charFormat()
            if fmt.isImageFormat():
                found.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return found


@pytest.mark.parametrize("content", [ZERO], indirect=True)
@pytest.mark.usefixtures("bounded_memory")
def test_a_topic_title_with_an_image_of_dev_zero_reads_as_text_when_tapped(
    qtbot: Any, window: KioskWindow
) -> None:
    """Before: the top bar read the title as HTML and asked /dev/zero for a picture (bad_alloc)."""
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "English"))
    tap(qtbot, tile(window.topics, ZERO))
    assert window.stack.currentWidget() is window.card_list
    assert window.top_bar.title.text() == ZERO
    assert rich_labels(window) == []


@pytest.mark.parametrize("content", ["<img src={picture}>Your rights"], indirect=True)
def test_a_topic_title_naming_a_local_picture_shows_its_words(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    """Before: the picture, which nobody signed, was drawn in the top bar."""
    title = content.topics[0].title
    assert Path(title.split("=")[1].split(">")[0]).is_file()
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "English"))
    tap(qtbot, tile(window.topics, title))
    bar = window.top_bar.title
    assert bar.text() == title
    assert red_pixels(bar) == 0, "the unsigned picture is drawn"
    assert rich_labels(window) == []


def test_a_spanish_body_in_html_shows_its_tags_as_written(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Any
) -> None:
    card = content.cards_of(content.topics[0].id)[0]
    body = '<h1 style="color:red">Llame a ICE: 555-0100</h1>'
    translations = set_spanish(repo_copy, {f"card:{card.id}:body": body})
    window = make_window(translations_dir=translations)
    open_first_card(qtbot, window, "Español")
    assert window.card.card_id == card.id
    assert window.card.body_text().startswith(body)
    assert window.card.text is not None
    doc = window.card.text.browser.document()
    first = doc.begin()
    assert first.text() == body
    assert first.blockFormat().headingLevel() == 0
    assert first.charFormat().foreground().color().name() != "#ff0000"


@pytest.mark.parametrize("where", ["title", "summary"])
def test_spanish_titles_and_summaries_in_html_show_their_tags(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Any, where: str
) -> None:
    topic = content.topics[0]
    card = content.cards_of(topic.id)[0]
    text = '<h1 style="color:red">Llame a ICE: 555-0100</h1>'
    translations = set_spanish(
        repo_copy, {f"topic:{topic.id}:{where}": text, f"card:{card.id}:{where}": text}
    )
    window = make_window(translations_dir=translations)
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "Español"))
    assert any(text in t.text_shown() for t in window.topics.grid.tiles)
    tap(qtbot, window.topics.grid.tiles[0])
    if where == "title":
        assert window.top_bar.title.text() == text
    assert any(text in t.text_shown() for t in window.card_list.grid.tiles)
    tap(qtbot, window.card_list.grid.tiles[0])
    if where == "title":
        assert window.card.title.text() == text
    assert rich_labels(window) == []


@pytest.mark.parametrize("kind", ["dev-zero", "picture"])
@pytest.mark.usefixtures("bounded_memory")
def test_a_markdown_picture_in_a_spanish_body_is_never_loaded(
    qtbot: Any, make_window: Any, repo_copy: Path, content: Any, kind: str
) -> None:
    """Markdown's own picture syntax (validate refuses it; a catalog that skipped validate may
    hold it): the card shows the text around it, and no file is read for it."""
    card = content.cards_of(content.topics[0].id)[0]
    source = "/dev/zero" if kind == "dev-zero" else str(a_picture(repo_copy / "unsigned.png"))
    body = f"Llame a ICE ![ICE]({source}) hoy."
    translations = set_spanish(repo_copy, {f"card:{card.id}:body": body})
    window = make_window(translations_dir=translations)
    open_first_card(qtbot, window, "Español")
    assert window.card.text is not None
    browser: QTextBrowser = window.card.text.browser
    assert images_in(browser.document()) == []
    assert "Llame a ICE" in window.card.body_text()
    window.card.grab()  # drawn, as a visitor sees it


@pytest.mark.parametrize("code", ["en", "es", "ar"])
def test_every_label_of_every_screen_is_plain_text(
    qtbot: Any, window: KioskWindow, content: Any, code: str
) -> None:
    """Whatever a label is given, it shows its characters: walked on the real window, screen by
    screen, with the admin screen and the unavailable screen too."""
    topic = content.topics[0]
    window.set_language(code)
    for place in (
        Place("picker"),
        Place("topics"),
        Place("cards", topic.id),
        Place("card", content.cards_of(topic.id)[0].id),
    ):
        window.go(place)
        assert shown_labels(window), place
        assert rich_labels(window) == [], place
    window.show_unavailable()
    assert rich_labels(window) == []
    window.show_admin()
    assert rich_labels(window) == []
