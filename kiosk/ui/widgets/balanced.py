"""A heading whose lines are about equal: a Chinese heading never leaves "吗？" alone below.

The label counts the lines its text takes at its width, as Qt wraps it, and breaks it at the
balanced points of `kiosk.i18n.balance` when every balanced line fits; any other script, or a
heading on one line, shows as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QWidget

from kiosk.i18n.balance import balanced_lines, is_balanced_script
from kiosk.ui.widgets.ink import laid_out
from kiosk.ui.widgets.plain_label import PlainLabel


class BalancedLabel(PlainLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setWordWrap(True)
        self.heading = ""  # the text as given, without the breaks shown

    def set_heading(self, text: str) -> None:
        self.heading = text
        self.setText(text)
        self._balance()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._balance()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._balance()

    def _balance(self) -> None:
        text = self.heading
        width = self.contentsRect().width()
        if not text or width <= 0 or not is_balanced_script(text):
            return
        layout, _ = laid_out(text, self.font(), width)
        lines = balanced_lines(text, layout.lineCount())
        metrics = QFontMetricsF(self.font())
        if any(metrics.horizontalAdvance(line) > width for line in lines):
            lines = [text]  # a balanced line would wrap again: Qt's own breaks
        shown = "\n".join(lines)
        if shown != self.text():
            self.setText(shown)
