"""What a screen gives a visitor to read: the words of its visible labels and texts, from
which kiosk/idle.py works out how long it waits before "Are you still there?".

Read from the widgets as drawn, so that whatever a screen shows (a card's title, note and
body, a list's questions, a line added later) counts, and nothing hidden does.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTextEdit, QWidget


def text_on_screen(screen: QWidget) -> str:
    parts = [label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)]
    parts += [box.toPlainText() for box in screen.findChildren(QTextEdit) if box.isVisibleTo(screen)]
    return "\n".join(part for part in parts if part)
