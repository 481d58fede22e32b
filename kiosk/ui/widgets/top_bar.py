"""The bar on every screen but Attract: Back, Home, Language and Finished one tap away, and
the display choices (Larger text, High contrast), each an icon and a word."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QWidget

from kiosk.i18n.translator import Translator
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.icons import icon, icon_size
from kiosk.ui.widgets.plain_label import PlainLabel, plain_tooltip
from kiosk.ui.widgets.wrapped import WrappedHeights, fit_wrapped_height, set_label_font

# The least share of a landscape bar's row the title keeps beside six buttons with words.
TITLE_SHARE = 0.25


class TopBar(QFrame):
    back = Signal()
    home = Signal()
    language = Signal()
    finished = Signal()  # the visitor is done: the visit ends now, as the idle timeout ends it
    large_text = Signal(bool)
    high_contrast = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self.back_button = QPushButton()
        self.home_button = QPushButton()
        self.language_button = QPushButton()
        self.finished_button = QPushButton()
        # The display toggles: an icon and a word each ("Larger text"), the word left out only
        # where the bar has no room for it (see _fit); their names are read aloud in keypad mode.
        self.text_button = QPushButton()
        self.contrast_button = QPushButton()
        for toggle in (self.text_button, self.contrast_button):
            toggle.setCheckable(True)
        self.toggle_words: dict[QPushButton, str] = {}
        self.words_on_toggles = True
        self.text_button.toggled.connect(self.large_text)
        self.contrast_button.toggled.connect(self.high_contrast)
        self.title = PlainLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wrapped = WrappedHeights(self)  # the bar grows with a title that wraps
        self.wrapped.watch(self.title)
        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(self.home)
        self.language_button.clicked.connect(self.language)
        self.finished_button.clicked.connect(self.finished)
        # Two sides of equal width around the title, so that it sits in the middle of the
        # screen, in line with the centred text below it, whatever the buttons say. Back takes
        # no room when it is hidden (the picker at the start): the toggles keep to the edge
        # rather than float beside an empty slot, and the balance keeps the title centred.
        self.start_side = QWidget()
        start = QHBoxLayout(self.start_side)
        start.setContentsMargins(0, 0, 0, 0)
        start.addWidget(self.back_button)
        start.addWidget(self.text_button)
        start.addWidget(self.contrast_button)
        start.addStretch(1)
        self.end_side = QWidget()
        end = QHBoxLayout(self.end_side)
        end.setContentsMargins(0, 0, 0, 0)
        end.addStretch(1)
        end.addWidget(self.home_button)
        end.addWidget(self.language_button)
        # Finished at the far edge, where a visitor looks for the way out.
        end.addWidget(self.finished_button)
        self.sides = (start, end)
        # One row (buttons, title, buttons) where it fits, else the title on a row of its own
        # under the buttons: never a title squeezed into a column of broken words.
        self.row = QGridLayout(self)
        self.title_below = False
        self.portrait = False  # the theme's (set by apply)
        self._place_title(below=False)

    def _place_title(self, below: bool) -> None:
        row = self.row
        for widget in (self.start_side, self.title, self.end_side):
            row.removeWidget(widget)
        row.addWidget(self.start_side, 0, 0)
        row.addWidget(self.end_side, 0, 2)
        if below:
            row.addWidget(self.title, 1, 0, 1, 3)
        else:
            row.addWidget(self.title, 0, 1)
        row.setColumnStretch(1, 1)
        self.title_below = below

    def apply(self, tr: Translator, theme: Theme) -> None:
        rtl = tr.language.rtl
        self.portrait = theme.portrait
        room = theme.layout
        side = room.bar_button
        self.row.setContentsMargins(room.bar_pad_x, room.bar_pad_top, room.bar_pad_x, room.bar_pad_bottom)
        self.row.setHorizontalSpacing(room.bar_gap)
        self.row.setVerticalSpacing(room.summary_gap)  # a title below the buttons (portrait)
        for side_layout in self.sides:
            side_layout.setSpacing(room.bar_gap)
        labels = (
            (self.back_button, "back", tr.pgettext("top bar button", "Back")),
            (self.home_button, "home", tr.pgettext("top bar button", "Home")),
            # NOTE: Opens the list of languages. Keep it short: it sits beside Home.
            (self.language_button, "language", tr.pgettext("top bar button", "Language")),
            # NOTE: Ends the visit at once: the screen is cleared and goes back to the start,
            # so the next person cannot see what was read. Keep it short and calm.
            (self.finished_button, "finished", tr.pgettext("top bar button", "Finished")),
        )
        colour = theme.palette.bar_text
        for button, name, text in labels:
            button.setText(text)
            button.setAccessibleName(text)
            button.setIcon(icon(name, side, rtl, colour))
            button.setIconSize(icon_size(room.bar_icon))
            button.setFont(theme.bar_button)
            button.setMinimumHeight(side)
            button.setMinimumWidth(side)
        for button, on in ((self.text_button, theme.large), (self.contrast_button, theme.contrast)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        toggles = (
            # NOTE: Beside a picture of two letters A: makes all text 1.5 times larger. Keep it
            # short (two words at most): it sits in the top bar beside Back.
            (self.text_button, "text-size", tr.pgettext("top bar button", "Larger text")),
            # NOTE: Beside a half-filled circle: switches to white and yellow on black. Keep it
            # short (two words at most): it sits in the top bar.
            (self.contrast_button, "contrast", tr.pgettext("top bar button", "High contrast")),
        )
        for button, name, text in toggles:
            button.setAccessibleName(text)
            button.setToolTip(plain_tooltip(text))
            button.setIcon(icon(name, side, False, theme.palette.bar if button.isChecked() else colour))
            button.setIconSize(icon_size(room.bar_icon))
            # Their words a size smaller than Back's and Home's, and closer to their icons:
            # six labelled buttons and a title share one row wherever they can.
            button.setFont(theme.font(25, grows=False))
            button.setMinimumSize(side, side)
            self.toggle_words[button] = text
        set_label_font(self.title, theme.font(38, bold=True, grows=False), theme)
        # Another language's lines: the height Urdu's Nastaliq took is not kept for Khmer (the
        # title's height only grows on resizes, see fit_wrapped_height; set_title sizes it).
        self.title.setMinimumHeight(0)
        self._fit()

    def set_title(self, text: str, can_go_back: bool, offer_language: bool = True) -> None:
        self.title.setText(text)
        self.back_button.setVisible(can_go_back)
        self.language_button.setVisible(offer_language)
        self._fit()
        if self.title_below:
            # The whole width is its own, though the layout has not given it yet: its lines
            # are counted at that width, not at the narrower place it may have had before.
            self.title.setMinimumHeight(0)
            self.title.setMinimumHeight(self.title.heightForWidth(self._room()))
        else:
            fit_wrapped_height(self.title)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit()

    def _fit(self) -> None:
        """Decided per language and screen size, never per title, so that nothing moves from
        one screen to the next: on a portrait screen the title has a line of its own below the
        buttons (it would wrap between them); on a landscape one it sits between them. The
        toggles carry their words where all six buttons with words leave the title a share of
        the row, else their icons alone (their names still read aloud). The sides match where
        the title then fits between them, so that it sits in the middle of the screen."""
        room, gap = self._room(), self.row.horizontalSpacing()
        self._show_words(True)
        every = [self.back_button, self.text_button, self.contrast_button]
        every += [self.home_button, self.language_button, self.finished_button]
        buttons = sum(button.sizeHint().width() for button in every) + (len(every) + 1) * gap
        if not self.portrait and buttons > room * (1 - TITLE_SHARE):
            self._show_words(False)
        title = self.title.fontMetrics().horizontalAdvance(self.title.text())
        if self.portrait or 2 * self._balance() + 2 * gap + title > room:
            self._balance(equal=False)
        if self.portrait != self.title_below:
            self._place_title(self.portrait)
            self.title.setMinimumHeight(0)  # the lines it took in the narrower place are not kept

    def _room(self) -> int:
        margins = self.row.contentsMargins()
        return self.width() - margins.left() - margins.right()

    def _buttons_width(self) -> int:
        return self.start_side.sizeHint().width() + self.end_side.sizeHint().width()

    def _show_words(self, words: bool) -> None:
        self.words_on_toggles = words
        for button, text in self.toggle_words.items():
            button.setText(text if words else "")
            # Icon alone: a square; with its word: the padding the other bar buttons have.
            button.setStyleSheet("" if words else "padding: 0px;")

    def _balance(self, equal: bool = True) -> int:
        for side, side_layout in zip((self.start_side, self.end_side), self.sides, strict=True):
            side.setMinimumWidth(0)
            side_layout.invalidate()
        if not equal:
            return 0
        width = max(self.start_side.sizeHint().width(), self.end_side.sizeHint().width())
        for side in (self.start_side, self.end_side):
            side.setMinimumWidth(width)
        return width
