"""Wrapped labels as tall as their text: a row layout gives a wrapped label the height of one
line, so each watched label asks for what its text needs at the width it was given."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel


def fit_wrapped_height(label: QLabel) -> None:
    # A label never answers a height below its minimum: without the reset, the height a longer
    # text or a narrower first layout asked for would stay, and one line would keep two lines' room.
    kept = label.minimumHeight()
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
