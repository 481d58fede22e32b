"""Card text that scrolls by finger drag (kinetic) and by large up/down buttons.

No scrollbar to hunt for and no text selection: a visitor's finger moves the page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QFont, QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QScroller,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kiosk.card_markdown import insert_card_markdown, nothing_to_load
from kiosk.ui.layout_items import empty
from kiosk.ui.theme import Rhythm, Theme
from kiosk.ui.widgets.icons import icon, icon_size
from kiosk.ui.widgets.kinetic import make_kinetic
from kiosk.ui.widgets.note_line import Note, append_note


class _CardBrowser(QTextBrowser):
    """Card text, which never reads a file: a browser would load what a picture names."""

    def loadResource(self, kind: int, name: QUrl | str) -> Any:  # noqa: N802 - Qt API
        return nothing_to_load(kind)


class ScrollText(QWidget):
    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser: QTextBrowser = _CardBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.browser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        make_kinetic(self.browser)

        self.up = QPushButton()
        self.down = QPushButton()
        for button, label in ((self.up, "Scroll up"), (self.down, "Scroll down")):
            button.setAccessibleName(label)
            # At the top (or end) of the text a button is plainly off: an outline, no fill
            # (the style sheet's QPushButton#scroll:disabled), its arrow in the muted ink.
            button.setObjectName("scroll")
            # Hidden when the text fits, without giving its space to the text (no reflow loop).
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.apply(theme)
        self.up.clicked.connect(lambda: self.page(-1))
        self.down.clicked.connect(lambda: self.page(1))

        buttons = QVBoxLayout()
        self.buttons = buttons
        self.low = False
        self._place_buttons()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.layout.text_gap)
        row.addWidget(self.browser, 1)
        row.addLayout(buttons)
        bar = self.browser.verticalScrollBar()
        bar.valueChanged.connect(self._update_buttons)
        bar.rangeChanged.connect(self._update_buttons)

    def apply(self, theme: Theme, body: QFont | None = None) -> None:
        """`theme`'s sizes; the text in `body` (default: the theme's), its rhythm with it."""
        body = body if body is not None else theme.body
        self.browser.setFont(body)
        self.rhythm = theme.rhythm(body)
        side = theme.layout.scroll_button
        for button, name in ((self.up, "up"), (self.down, "down")):
            button.setIcon(icon(name, side, colour=theme.palette.bar_text, disabled=theme.palette.muted))
            button.setIconSize(icon_size(theme.layout.scroll_icon))
            button.setFixedSize(side, side)

    def keep_buttons_low(self, low: bool) -> None:
        """Both buttons at the foot of the text (standing at a tall screen, its top out of
        reach: kiosk/ui/standing.py), else one at its top and one at its foot."""
        if low != self.low:
            self.low = low
            self._place_buttons()

    def _place_buttons(self) -> None:
        column = self.buttons
        empty(column)  # the buttons stay this widget's children
        if self.low:
            column.addStretch(1)
            column.addWidget(self.up)
        else:
            column.addWidget(self.up)
            column.addStretch(1)
        column.addWidget(self.down)

    def set_markdown(self, markdown: str, rtl: bool, note: Note | None = None) -> None:
        """The card's text, and after it `note` (kiosk/ui/widgets/note_line.py), if any."""
        self.browser.clear()
        compose(self.browser.document(), markdown, rtl, self.rhythm, note)
        # Back to the start: a browser scrolls to keep its cursor in view, and the text ends there.
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.scroll_to_top()

    def scroll_to_top(self) -> None:
        QScroller.scroller(self.browser.viewport()).stop()
        self.browser.verticalScrollBar().setValue(0)
        self._update_buttons()

    def page(self, step: int) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + step * int(bar.pageStep() * 0.8))

    def _update_buttons(self) -> None:
        bar = self.browser.verticalScrollBar()
        scrolls = bar.maximum() > 0
        self.up.setVisible(scrolls)
        self.down.setVisible(scrolls)
        self.up.setEnabled(bar.value() > 0)
        self.down.setEnabled(bar.value() < bar.maximum())

    def plain_text(self) -> str:
        return self.browser.toPlainText()


def compose(doc: QTextDocument, markdown: str, rtl: bool, rhythm: Rhythm, note: Note | None = None) -> None:
    """Card text into `doc` (empty), in `rhythm`'s spacing, and after it `note`, if any: as a
    card shows it, and as kiosk/ui/screens/card_fill.py measures it at another size."""
    insert_card_markdown(QTextCursor(doc), markdown)
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    option = doc.defaultTextOption()
    option.setTextDirection(direction)
    doc.setDefaultTextOption(option)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()  # one layout for all the blocks, not one per block
    block = doc.begin()
    while block.isValid():
        cursor.setPosition(block.position())
        fmt = block.blockFormat()
        # A fixed pitch (Qt centres each line in it): the same from line to line, whatever
        # fallback font a line holds (a Latin number in Khmer text).
        fmt.setLineHeight(rhythm.line, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        fmt.setBottomMargin(_gap_after(block, rhythm))
        fmt.setLayoutDirection(direction)
        cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()
    if note is not None:
        append_note(doc, note)


def _gap_after(block: QTextBlock, rhythm: Rhythm) -> int:
    """A paragraph's gap after a paragraph and a list's last item; a small one between items."""
    items = block.textList()
    following = block.next()
    if items is not None and following.isValid() and following.textList() is items:
        return rhythm.list_item
    return rhythm.paragraph
