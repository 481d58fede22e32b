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

from kiosk.i18n.languages import get
from kiosk.i18n.translator import Translator
from kiosk.i18n.views import CardView
from kiosk.ui.screens.card_fill import fill_room
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.balanced import BalancedLabel
from kiosk.ui.widgets.help_line import HelpLine
from kiosk.ui.widgets.icons import icon, icon_size
from kiosk.ui.widgets.note_line import Note
from kiosk.ui.widgets.pictogram import Pictogram
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.qr_code import QrCode
from kiosk.ui.widgets.scroll_text import ScrollText
from kiosk.ui.widgets.volume_control import VolumeControl
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
    # The card's text changed language on the same card: True while the English original of
    # a draft translation is shown ("Read in English"), False when back in the visitor's.
    english_shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_id = ""
        self.title = BalancedLabel()
        # The words shown (title, text, direction, note, their language's theme) and how much
        # larger than usual they are drawn to fill a standing screen's room (kiosk/ui/screens/card_fill.py).
        self.shown_text: tuple[str, str, bool, Note | None, Theme] | None = None
        self.growth = 1.0
        # Below a draft translation's text: its English original, and back. The note that says
        # what the text is ends the text itself (kiosk/ui/widgets/note_line.py).
        self.english_button = QPushButton(self)
        self.english_button.hide()
        self.english_button.clicked.connect(self._switch_language)
        self.english_row = QHBoxLayout()
        self.english_row.addWidget(self.english_button)
        self.english_row.addStretch(1)
        self.note_shown = ""  # the note at the end of the text, as shown (empty: none)
        self.view: CardView | None = None  # the card in the visitor's language (or English)
        self.english: CardView | None = None  # its English original, beside a draft translation
        self.showing_english = False  # the English original on show instead of `view`
        self.print_offered = False
        self.translator: Translator | None = None
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
        # The visitor's volume under Listen, and with it wherever it goes (issue 22 §3).
        self.volume = VolumeControl()
        self.listen_box = QWidget(self)
        self.listen_column = QVBoxLayout(self.listen_box)
        self.listen_column.setContentsMargins(0, 0, 0, 0)
        self.listen_column.addWidget(self.listen_button)
        self.listen_column.addWidget(self.volume, 0, Qt.AlignmentFlag.AlignHCenter)
        self.listen_box.hide()
        self.speaking = False
        self.heading_row = QHBoxLayout()
        self.pictogram = Pictogram(self)  # the topic's, before the title (show_pictogram)
        self.heading_row.addWidget(self.pictogram, 0, Qt.AlignmentFlag.AlignTop)
        self.heading_row.addWidget(self.title, 1, Qt.AlignmentFlag.AlignTop)  # beside Listen and the volume

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
        self.wrapped.watch(self.title, self.scan_hint, self.source, self.checked)

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
        self.heading_row.removeWidget(self.listen_box)
        self.action_row.removeWidget(self.listen_box)
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
            self.action_row.addWidget(self.listen_box, 0, Qt.AlignmentFlag.AlignTop)
            self.action_row.setAlignment(self.print_button, Qt.AlignmentFlag.AlignTop)  # beside Listen
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
            self.heading_row.addWidget(self.listen_box, 0, Qt.AlignmentFlag.AlignTop)
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
            self.left.addWidget(self.text, 1)
            self.left.addLayout(self.english_row)
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
        self.listen_column.setSpacing(room.panel_gap)  # and between Listen and the volume
        self.action_row.setContentsMargins(0, room.action_top, 0, 0)

        # Large already, as the top bar's buttons: large text gives its room to the card's text.
        self.english_button.setFont(theme.bar_button)
        self.english_button.setMinimumHeight(room.action_button)
        self.text.keep_buttons_low(theme.standing)  # within reach, under the text read high
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

    def show_card(
        self, view: CardView, tr: Translator, theme: Theme, english: CardView | None = None
    ) -> None:
        """`view` in the visitor's language; `english`, its English original where `view` is a
        draft translation (the visitor may read that instead, on this card)."""
        self.apply_theme(theme)
        assert self.text is not None  # made by apply_theme
        # The same card drawn again (large text turned on) stays in the language it was read in.
        stay_english = self.showing_english and view.id == self.card_id and english is not None
        self.card_id = view.id
        self.view, self.english, self.translator = view, english, tr
        self._show_text(stay_english)
        # NOTE: What a screen reader says for the QR code; {source} is the statement's title.
        self.qr.setAccessibleName(tr.pgettext("card", "QR code: {source}").format(source=view.source_title))
        self.text.up.setAccessibleName(tr.pgettext("card button", "Scroll up"))
        self.text.down.setAccessibleName(tr.pgettext("card button", "Scroll down"))

        # NOTE: Above the QR code on a card.
        self.scan_hint.setText(tr.pgettext("card", "Scan with your phone camera to read the full statement"))
        self.qr.set_url(view.url)
        self.source.setText(view.source_title)
        # NOTE: {date} is a date such as "November 24, 2026".
        self.checked.setText(tr.pgettext("card", "Last checked: {date}").format(date=view.last_checked))
        # The card before may have been in another script (Urdu's Nastaliq takes twice the
        # height): its heights are not kept for this one.
        for wrapped in (self.scan_hint, self.source, self.checked):
            fit_wrapped_height(wrapped, shrink=True)

        dress_action(self.print_button, "print", tr.pgettext("card button", "Print this page"), theme)

    def _show_text(self, english: bool, keep_place: bool = False) -> None:
        """The title and text of the card in the visitor's language, or (`english`) its English
        original, each in its own language's fonts; the note after the text, and the button
        to the other language. `keep_place`: where the text was scrolled to stays."""
        view, theme, tr = (self.english if english else self.view), self.theme, self.translator
        assert view is not None and theme is not None and tr is not None and self.text is not None
        self.showing_english = english
        own = theme.for_language(get(view.text_language))
        set_label_font(self.title, own.heading, own)
        self.title.set_heading(view.title)
        self.text.browser.setAccessibleName(view.title)
        self.text.apply(own)
        bar = self.text.browser.verticalScrollBar()
        place = bar.value()
        lines = self._note_lines()
        self.note_shown = "\n".join(lines)
        note = None
        if lines:
            font = theme.body  # the visitor's language's, at reading size
            rhythm = theme.rhythm(font)
            note = Note(tuple(lines), font, tr.language.rtl, theme.palette.ink, rhythm.line, rhythm.paragraph)
        rtl = tr.language.rtl and view.text_language == tr.code
        self.text.set_markdown(view.text(), rtl=rtl, note=note)
        self.shown_text = (view.title, view.text(), rtl, note, own)
        self._dress_switch()
        self._fill_room()  # standing: a short card's words grow into the blank under them
        if keep_place:
            bar.setValue(place)
        fit_wrapped_height(self.title, shrink=True)

    def _fill_room(self) -> None:
        """Standing at a tall screen, the title and text as large as their room allows, up to a
        cap (kiosk/ui/screens/card_fill.py); elsewhere as they are."""
        theme, text = self.theme, self.text
        if theme is None or not theme.standing or text is None or self.shown_text is None:
            return
        heading, markdown, rtl, note, own = self.shown_text
        layout = self.layout()
        assert layout is not None
        layout.activate()  # the rows as they are now (Read in English, the help line shown or not)
        room = self.heading_row.geometry().height() + text.browser.viewport().height()
        least = self.pictogram.height() if self.pictogram.isVisible() else 0
        self.growth = fill_room(self.title, heading, text, markdown, rtl, note, own, room, least)

    def _note_lines(self) -> list[str]:
        """What the text is (a draft translation, English for want of one), in the visitor's
        language; and, beside a draft translation, that the printed page holds the English."""
        view, tr = self.view, self.translator
        assert view is not None and tr is not None
        if not view.note:
            return []
        lines = [view.note]
        if self.print_offered and self.english is not None:
            # NOTE: Below a card in a draft translation, where Print is offered.
            lines.append(tr.pgettext("card note", "The printed page has the English text too."))
        return lines

    def _dress_switch(self) -> None:
        tr = self.translator
        if self.english is None or tr is None:
            self.english_button.hide()
            return
        if self.showing_english:
            # NOTE: On a card shown in English instead of its draft translation: back to the
            # visitor's own language, on the same card.
            label = tr.pgettext("card button", "Read in my language")
        else:
            # NOTE: Below a card in a draft translation: shows the same card in English.
            label = tr.pgettext("card button", "Read in English")
        self.english_button.setText(label)
        self.english_button.setAccessibleName(label)
        self.english_button.show()

    def _switch_language(self) -> None:
        if self.english is None:
            return
        self._show_text(not self.showing_english)
        self.english_shown.emit(self.showing_english)

    def show_pictogram(self, name: str, theme: Theme) -> None:
        """The card's topic's picture at its top, for people who read little; none if none."""
        self.pictogram.show_picture(name, theme.layout.top_pictogram, theme.palette.ink)

    def show_listen(self, offered: bool, speaking: bool, tr: Translator, theme: Theme) -> None:
        """Listen where this card can be heard in this language; Stop while it is."""
        self.speaking = speaking
        self.listen_button.setVisible(offered)
        self.listen_box.setVisible(offered)
        if not offered:
            return
        self.volume.apply(theme, tr)
        # NOTE: Reads the card aloud; while it reads, the same button says Stop.
        label = tr.pgettext("card button", "Stop") if speaking else tr.pgettext("card button", "Listen")
        dress_action(self.listen_button, "stop" if speaking else "listen", label, theme)

    def show_help_line(self, text: str, theme: Theme) -> None:
        """The City's help line in the visitor's language; nothing when the kiosk has none."""
        self.help_line.show_line(text, theme)
        standing = self.theme is not None and self.theme.standing
        if standing and self.shown_text is not None:  # the text's room changed: fill it again
            self._show_text(self.showing_english, keep_place=True)

    def show_print(self, offered: bool) -> None:
        """Print where a slip can come out now; the QR code alone otherwise."""
        self.print_button.setVisible(offered)
        if offered != self.print_offered:
            self.print_offered = offered
            if self.view is not None and self.english is not None:
                self._show_text(self.showing_english, keep_place=True)

    def note_lines(self) -> list[str]:
        """The note at the end of the text, as shown: what the text is, and (beside a draft
        translation, where Print is offered) that the printed page has the English too."""
        return self.note_shown.split("\n") if self.note_shown else []

    def body_text(self) -> str:
        return self.text.plain_text() if self.text else ""

    def reset(self) -> None:
        """Forget the card shown: its text, title and address leave memory with the visit."""
        self.card_id = ""
        self.view = self.english = None
        self.showing_english = False
        self.title.set_heading("")
        self.note_shown = ""
        self.shown_text = None
        self.english_button.hide()
        self.help_line.clear()
        if self.text is not None:
            self.text.browser.clear()
            self.text.scroll_to_top()
