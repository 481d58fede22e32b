"""The kiosk's one kind of label: it shows its text as written, never as HTML.

A QLabel guesses: text that looks like HTML (`<img src=/dev/zero>Common questions`) is drawn as
HTML, pictures read from files included. What a label shows comes from content and catalogs,
so every label in kiosk/ui is made here, plain from the start; tests/ui/test_plain_text.py walks
the window to hold that.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


class PlainLabel(QLabel):
    """A QLabel whose text is plain text (`Qt.TextFormat.PlainText`) for good."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        if text:
            self.setText(text)

    def setTextFormat(self, _format: Qt.TextFormat) -> None:  # noqa: N802 - Qt API
        # Nothing may turn a label back into one that reads HTML.
        super().setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """`text` for setToolTip, which has no plain-text setting and draws HTML-like text as HTML:
    escaped inside a paragraph, so its characters are shown as written."""
    return f"<p>{html.escape(text)}</p>"
