"""Card text into a Qt text document, in the Markdown dialect the content checker reads.

The checker (kiosk/content/markdown_rules.py) parses card text as CommonMark; Qt's own
default is the GitHub dialect, which would draw a table, a strikethrough (even a single
'~') or a task list that the checker never saw. Every place that draws card text, on the
screen and on the slips, goes through `insert_card_markdown`.

Text is text: HTML is off (a tag shows as its characters), and no picture is ever loaded.
CommonMark has a picture syntax of its own (`![ICE](/dev/zero)`), which `validate` refuses but
a catalog that never went through it may hold; Qt would read the named file as it lays the
text out (reading /dev/zero until memory runs out, or drawing a picture nobody signed). The
text is read into a document that loads nothing, its pictures are taken out, and only then is
it copied where it is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument, QTextDocumentFragment

_Feature = QTextDocument.MarkdownFeature
# Without HTML too: the checker refuses it in card text, so it is never drawn as markup.
CARD_MARKDOWN = _Feature.MarkdownDialectCommonMark | _Feature.MarkdownNoHTML


def nothing_to_load(kind: int) -> Any:
    """What a text document that loads nothing answers for a resource: for a picture, an
    empty one (answered with nothing, Qt would read the file itself); nothing otherwise."""
    if kind == QTextDocument.ResourceType.ImageResource.value:
        image = QImage(1, 1, QImage.Format.Format_ARGB32)
        image.fill(0)
        return image
    return None


class TextOnlyDocument(QTextDocument):
    """A text document that never reads a file or a resource for what it holds."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt API
        return nothing_to_load(kind)


def _without_pictures(doc: QTextDocument) -> None:
    cursor = QTextCursor(doc)
    block = doc.begin()
    pictures: list[tuple[int, int]] = []
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().isImageFormat():
                pictures.append((fragment.position(), fragment.length()))
            it += 1
        block = block.next()
    for position, length in reversed(pictures):
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()


def card_fragment(markdown: str) -> QTextDocumentFragment:
    """`markdown` read as card text, with HTML shown as text and without pictures."""
    scratch = TextOnlyDocument()
    QTextCursor(scratch).insertMarkdown(markdown, CARD_MARKDOWN)
    _without_pictures(scratch)
    return QTextDocumentFragment(scratch)


def insert_card_markdown(cursor: QTextCursor, markdown: str) -> None:
    cursor.insertFragment(card_fragment(markdown))
