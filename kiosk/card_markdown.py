"""Card text into a Qt text document, in the Markdown dialect the content checker reads.

The checker (kiosk/content/markdown_rules.py) parses card text as CommonMark; Qt's own
default is the GitHub dialect, which would draw a table, a strikethrough (even a single
'~') or a task list that the checker never saw. Every place that draws card text, on the
screen and on the slips, goes through `insert_card_markdown`.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

_Feature = QTextDocument.MarkdownFeature
# Without HTML too: the checker refuses it in card text, so it is never drawn as markup.
CARD_MARKDOWN = _Feature.MarkdownDialectCommonMark | _Feature.MarkdownNoHTML


def insert_card_markdown(cursor: QTextCursor, markdown: str) -> None:
    cursor.insertMarkdown(markdown, CARD_MARKDOWN)
