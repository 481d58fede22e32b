"""The bar on every screen but Attract: Back, Home and Language, one tap away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from kiosk.i18n.translator import Translator
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.icons import icon, icon_size
from kiosk.ui.widgets.plain_label import PlainLabel, plain_tooltip
from kiosk.ui.widgets.wrapped import WrappedHeights, fit_wrapped_height, set_label_font


class TopBar(QFrame):
    back = Signal()
    home = Signal()
    language = Signal()
    large_text = Signal(bool)
    high_contrast = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self.back_button = QPushButton()
        self.home_button = QPushButton()
        self.language_button = QPushButton()
        # Icon-only toggles: their names are read by screen readers and, in keypad mode, aloud.
        self.text_button = QPushButton()
        self.contrast_button = QPushButton()
        for toggle in (self.text_button, self.contrast_button):
            toggle.setCheckable(True)
        self.text_button.toggled.connect(self.large_text)
        self.contrast_button.toggled.connect(self.high_contrast)
        self.title = PlainLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wrapped = WrappedHeights(self)  # the bar grows with a title that wraps
        self.wrapped.watch(self.title)
        policy = self.back_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the title stays centred
        self.back_button.setSizePolicy(policy)
        self.back_button.clicked.connect(self.back)
        self.home_button.clicked.connect(self.home)
        self.language_button.clicked.connect(self.language)
        # Two sides of equal width around the title, so that it sits in the middle of the
        # screen, in line with the centred text below it, whatever the buttons say.
        self.start_side = QWidget()
        start = QHBoxLayout(self.start_side)
        start.setContentsMargins(0, 0, 0, 0)
        start.addWidget(self.back_button)
        # The display toggles sit beside Back, so that both sides stay about as wide and the
        # title between them keeps its room.
        start.addWidget(self.text_button)
        start.addWidget(self.contrast_button)
        start.addStretch(1)
        self.end_side = QWidget()
        end = QHBoxLayout(self.end_side)
        end.setContentsMargins(0, 0, 0, 0)
        end.addStretch(1)
        end.addWidget(self.home_button)
        end.addWidget(self.language_button)
        self.sides = (start, end)
        row = QHBoxLayout(self)
        row.addWidget(self.start_side)
        row.addWidget(self.title, 1)
        row.addWidget(self.end_side)
        self.row = row

    def apply(self, tr: Translator, theme: Theme) -> None:
        rtl = tr.language.rtl
        room = theme.layout
        side = room.bar_button
        self.row.setContentsMargins(room.bar_pad_x, room.bar_pad_top, room.bar_pad_x, room.bar_pad_bottom)
        self.row.setSpacing(room.bar_gap)
        for side_layout in self.sides:
            side_layout.setSpacing(room.bar_gap)
        labels = (
            (self.back_button, "back", tr.pgettext("top bar button", "Back")),
            (self.home_button, "home", tr.pgettext("top bar button", "Home")),
            # NOTE: Opens the list of languages. Keep it short: it sits beside Home.
            (self.language_button, "language", tr.pgettext("top bar button", "Language")),
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
            # NOTE: A button that makes all text 1.5 times larger (a picture of two letters A).
            (self.text_button, "text-size", tr.pgettext("top bar button", "Larger text")),
            # NOTE: A button that switches to white and yellow on black (a half-filled circle).
            (self.contrast_button, "contrast", tr.pgettext("top bar button", "High contrast")),
        )
        for button, name, text in toggles:
            button.setAccessibleName(text)
            button.setToolTip(plain_tooltip(text))
            button.setIcon(icon(name, side, False, theme.palette.bar if button.isChecked() else colour))
            button.setIconSize(icon_size(room.toggle_icon))
            button.setFixedSize(side, side)
            button.setStyleSheet("padding: 0px;")
        set_label_font(self.title, theme.font(38, bold=True, grows=False), theme)
        # Another language's lines: the height Urdu's Nastaliq took is not kept for Khmer (the
        # title's height only grows on resizes, see fit_wrapped_height; set_title sizes it).
        self.title.setMinimumHeight(0)

    def set_title(self, text: str, can_go_back: bool, offer_language: bool = True) -> None:
        self.title.setText(text)
        self.back_button.setVisible(can_go_back)
        self.language_button.setVisible(offer_language)
        self._balance()
        fit_wrapped_height(self.title)

    def _balance(self) -> None:
        for side, side_layout in zip((self.start_side, self.end_side), self.sides, strict=True):
            side.setMinimumWidth(0)
            side_layout.invalidate()
        width = max(self.start_side.sizeHint().width(), self.end_side.sizeHint().width())
        for side in (self.start_side, self.end_side):
            side.setMinimumWidth(width)
