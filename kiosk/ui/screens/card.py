"""One card: its text large and plain, and a way to take it home (QR code, printed slip)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.i18n.translator import Translator
from kiosk.i18n.views import CardView
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.help_line import HelpLine
from kiosk.ui.widgets.icons import icon, icon_size
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.qr_code import QrCode
from kiosk.ui.widgets.scroll_text import ScrollText
from kiosk.ui.widgets.wrapped import WrappedHeights, fit_wrapped_height, set_label_font

UNBOUNDED = 16777215  # QWIDGETSIZE_MAX: no largest size


def dress_action(button: QPushButton, icon_name: str, label: str, theme: Theme) -> None:
    """Print and Listen (or Stop): the card's two actions, a word and its icon, alike."""
    button.setText(label)
    button.setAccessibleName(label)
    button.setFont(theme.button)
    side = theme.layout.action_button
    button.setMinimumHeight(side)
    button.setIcon(icon(icon_name, side, colour=theme.palette.bar_text))
    button.setIconSize(icon_size(theme.layout.action_icon))


def _label(muted: bool = False) -> QLabel:
    label = PlainLabel()
    label.setWordWrap(True)
    if muted:
        label.setProperty("role", "muted")
    return label


class CardScreen(QWidget):
    print_requested = Signal(str)
    listen_requested = Signal(str)  # Listen or Stop tapped: the card's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_id = ""
        self.title = _label()
        self.note_frame = QFrame()
        self.note_frame.setObjectName("note")
        self.note = _label()
        QVBoxLayout(self.note_frame).addWidget(self.note)
        self.text: ScrollText | None = None
        self.help_line = HelpLine()  # where to ask a person, under the text (if the kiosk has one)
        self.left = QVBoxLayout()
        # Listen sits beside the title, where the reading starts (in portrait, beside Print
        # in the band); shown only in languages that have a voice or a recording for this card.
        # Both buttons are placed by _arrange, at the first card; until then the screen is their
        # parent, or a button shown before (Print, when the printer answers at start) would be
        # a window of its own, which cage shows full screen over the kiosk.
        self.listen_button = QPushButton(self)
        self.listen_button.clicked.connect(lambda: self.listen_requested.emit(self.card_id))
        self.listen_button.hide()
        self.speaking = False
        self.heading_row = QHBoxLayout()
        self.heading_row.addWidget(self.title, 1)

        self.panel = QFrame()
        self.panel.setObjectName("panel")
        self.scan_hint = _label()
        self.qr = QrCode()  # sized by apply_theme
        self.source = _label()
        self.checked = _label(muted=True)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.card_id))
        self.action_row = QHBoxLayout()  # Print, and in portrait Listen beside it
        self.action_row.addWidget(self.print_button)
        self.right = QGridLayout(self.panel)
        self.portrait: bool | None = None  # how the screen is arranged now (None: not yet)
        self.theme: Theme | None = None  # the theme applied (None: not yet)

        # Wrapped labels as tall as their text; the QR code yields the room.
        self.wrapped = WrappedHeights(self)
        self.wrapped.watch(self.title, self.note, self.scan_hint, self.source, self.checked)

        # Landscape: the text beside the panel. Portrait: the text above a band across the
        # screen, so that the text has the whole width and the panel no empty height.
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        row.addLayout(self.left, 62)
        row.addWidget(self.panel, 38)
        self.row = row

    def _arrange(self, portrait: bool) -> None:
        if portrait == self.portrait:
            return
        self.portrait = portrait
        grid = self.right
        for widget in (self.scan_hint, self.qr, self.source, self.checked):
            grid.removeWidget(widget)
        grid.removeItem(self.action_row)
        self.action_row.setParent(None)  # a layout with a parent is not added again
        for index in range(6):
            grid.setRowStretch(index, 0)
        self.heading_row.removeWidget(self.listen_button)
        self.action_row.removeWidget(self.listen_button)
        if portrait:
            self.row.setDirection(QBoxLayout.Direction.TopToBottom)
            # Beside the code, its caption reads from the side it starts (mirrored in RTL).
            caption = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            # Rows 0 and 4 stay empty and take what the code's height leaves: the three lines
            # beside it keep together in its middle.
            grid.addWidget(self.qr, 0, 0, 5, 1)
            grid.addWidget(self.scan_hint, 1, 1)
            grid.addWidget(self.source, 2, 1)
            grid.addWidget(self.checked, 3, 1)
            grid.addLayout(self.action_row, 5, 0, 1, 2)
            grid.setRowStretch(0, 1)
            grid.setRowStretch(4, 1)
            grid.setColumnStretch(0, 0)
            grid.setColumnStretch(1, 1)
            self.action_row.addWidget(self.listen_button)
        else:
            self.row.setDirection(QBoxLayout.Direction.LeftToRight)
            caption = Qt.AlignmentFlag.AlignCenter
            grid.addWidget(self.scan_hint, 0, 0)
            grid.addWidget(self.qr, 1, 0)
            grid.addWidget(self.source, 2, 0)
            grid.addWidget(self.checked, 3, 0)
            grid.addLayout(self.action_row, 4, 0)
            grid.setRowStretch(1, 1)
            grid.setColumnStretch(0, 1)
            grid.setColumnStretch(1, 0)
            self.heading_row.addWidget(self.listen_button, 0, Qt.AlignmentFlag.AlignTop)
        for label in (self.scan_hint, self.source, self.checked):
            label.setAlignment(caption)

    def apply_theme(self, theme: Theme) -> None:
        """Sizes, fonts and arrangement for `theme`; nothing of the card shown. A card after
        a card in the same theme keeps them: only the words change."""
        if theme == self.theme:
            return
        self.theme = theme
        if self.text is None:
            self.text = ScrollText(theme)
            self.left.addLayout(self.heading_row)
            self.left.addWidget(self.note_frame)
            self.left.addWidget(self.text, 1)
            self.left.addWidget(self.help_line)
        self._arrange(theme.portrait)
        if theme.portrait:
            # The band as tall as it needs, the text all the rest.
            self.row.setStretch(0, 1)
            self.row.setStretch(1, 0)
        else:
            # Large text: the panel takes a little more width, so its lines wrap less.
            self.row.setStretch(0, 56 if theme.large else 62)
            self.row.setStretch(1, 44 if theme.large else 38)
        room = theme.layout
        self.row.setContentsMargins(room.card_margin, room.card_top, room.card_margin, room.card_margin)
        self.row.setSpacing(room.card_gap)
        self.left.setSpacing(room.text_gap)
        pad = room.panel_pad
        self.right.setContentsMargins(pad, pad, pad, pad)
        self.right.setHorizontalSpacing(room.panel_gap)
        self.right.setVerticalSpacing(room.panel_line_gap)
        self.action_row.setSpacing(room.panel_gap)  # well over 3 mm between Print and Listen
        self.action_row.setContentsMargins(0, room.action_top, 0, 0)

        set_label_font(self.title, theme.heading, theme)
        set_label_font(self.note, theme.small, theme)
        self.text.apply(theme)
        # The panel's small print stays as it is in large text: the room goes to the card. The
        # band across a portrait screen has the width for larger print, large text too.
        side_note = theme.font(28, grows=True) if theme.portrait else theme.font(25, grows=False)
        set_label_font(self.scan_hint, side_note, theme)
        set_label_font(self.checked, side_note, theme)
        set_label_font(self.source, theme.font(30 if theme.portrait else 26, bold=True), theme)
        # Large text needs the panel's height: the code shrinks first, never below 30 mm, which
        # a phone still reads at arm's length. In portrait the band's height is the code's.
        side = room.qr_large if theme.large else room.qr
        if theme.portrait:
            side = room.qr_band
            self.qr.setFixedSize(side, side)
        else:
            self.qr.setMaximumSize(UNBOUNDED, UNBOUNDED)
        self.qr.setMinimumSize(side, side)

    def show_card(self, view: CardView, tr: Translator, theme: Theme) -> None:
        self.apply_theme(theme)
        assert self.text is not None  # made by apply_theme
        self.card_id = view.id
        self.title.setText(view.title)
        self.text.browser.setAccessibleName(view.title)
        # NOTE: What a screen reader says for the QR code; {source} is the statement's title.
        self.qr.setAccessibleName(tr.pgettext("card", "QR code: {source}").format(source=view.source_title))
        self.text.up.setAccessibleName(tr.pgettext("card button", "Scroll up"))
        self.text.down.setAccessibleName(tr.pgettext("card button", "Scroll down"))
        # The card is in English (not yet translated), or in an unchecked draft translation.
        self.note.setText(view.note or "")
        self.note_frame.setVisible(bool(view.note))
        # The note of the card before may have wrapped to more lines: no resize comes to say so.
        fit_wrapped_height(self.note, shrink=True)

        self.text.set_markdown(view.text(), rtl=tr.language.rtl and view.text_language == tr.code)

        # NOTE: Above the QR code on a card.
        self.scan_hint.setText(tr.pgettext("card", "Scan with your phone camera to read the full statement"))
        self.qr.set_url(view.url)
        self.source.setText(view.source_title)
        # NOTE: {date} is a date such as "November 24, 2026".
        self.checked.setText(tr.pgettext("card", "Last checked: {date}").format(date=view.last_checked))
        # The card before may have been in another script (Urdu's Nastaliq takes twice the
        # height): its heights are not kept for this one.
        for wrapped in (self.title, self.scan_hint, self.source, self.checked):
            fit_wrapped_height(wrapped, shrink=True)

        dress_action(self.print_button, "print", tr.pgettext("card button", "Print this page"), theme)

    def show_listen(self, offered: bool, speaking: bool, tr: Translator, theme: Theme) -> None:
        """Listen where this card can be heard in this language; Stop while it is."""
        self.speaking = speaking
        self.listen_button.setVisible(offered)
        if not offered:
            return
        # NOTE: Reads the card aloud; while it reads, the same button says Stop.
        label = tr.pgettext("card button", "Stop") if speaking else tr.pgettext("card button", "Listen")
        dress_action(self.listen_button, "stop" if speaking else "listen", label, theme)

    def show_help_line(self, text: str, theme: Theme) -> None:
        """The City's help line in the visitor's language; nothing when the kiosk has none."""
        self.help_line.show_line(text, theme)

    def show_print(self, offered: bool) -> None:
        """Print where a slip can come out now; the QR code alone otherwise."""
        self.print_button.setVisible(offered)

    def body_text(self) -> str:
        return self.text.plain_text() if self.text else ""

    def reset(self) -> None:
        """Forget the card shown: its text, title and address leave memory with the visit."""
        self.card_id = ""
        self.title.clear()
        self.help_line.clear()
        if self.text is not None:
            self.text.browser.clear()
            self.text.scroll_to_top()
