"""Wrapped labels as tall as their text: a row layout gives a wrapped label the height of one
line, so each watched label asks for what its text needs at the width it was given."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from kiosk.ui.theme import Theme
from kiosk.ui.widgets.ink import ink_beyond_line


def set_label_font(
    label: QLabel,
    font: QFont,
    theme: Theme,
    margins: tuple[int, int, int, int] = (0, 0, 0, 0),
    letters: bool = True,
    own_text: bool = False,
) -> None:
    """`font` on `label`, with `margins` (left, top, right, bottom) and, above and below, the
    room the theme's script needs for letters that reach beyond their line (Nastaliq's):
    as much as the language says its letters may need, or (`own_text`: a label whose text is
    set for good, a tile's) what its own letters need, which may be less; none where the
    label shows no letters (`letters` False: a number)."""
    label.setFont(font)
    above, below = theme.ink_room(font) if letters else (0, 0)
    if own_text and (above or below):
        own_above, own_below = ink_beyond_line(label.text(), font)
        above, below = min(above, own_above), min(below, own_below)
    left, top, right, bottom = margins
    label.setContentsMargins(left, top + above, right, bottom + below)


def fit_wrapped_height(label: QLabel, shrink: bool = False) -> None:
    """As tall as the text needs at the label's width. A label never answers a height below its
    minimum, so only `shrink` (a new text, at a settled width) lets a one-line text give back
    the room a longer one took; on resizes it only grows, because an intermediate layout can
    ask at a width wider than the one it settles on (seen as a clipped top bar title)."""
    kept = label.minimumHeight()
    if shrink:
        label.setMinimumHeight(0)
    needed = label.heightForWidth(label.width())
    label.setMinimumHeight(needed if needed > 0 else kept)


class WrappedHeights(QObject):
    """Keeps each label it watches as tall as its wrapped text, whenever the label is resized."""

    def watch(self, *labels: QLabel) -> None:
        for label in labels:
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            fit_wrapped_height(watched)
        return False
