"""The bar on every screen but Attract: Back, Home and Language, one tap away."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.i18n.translator import Translator
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.icons import icon, icon_size


class TopBar(QFrame):
    back = Signal()
    home = Signal()
    language = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topbar")
        self.back_button = QPushButton()
        self.home_button = QPushButton()
        self.language_button = QPushButton()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.installEventFilter(self)
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
        side = theme.target(84)
        self.row.setContentsMargins(theme.px(24), theme.px(14), theme.px(24), theme.px(20))
        self.row.setSpacing(theme.px(20))
        for side_layout in self.sides:
            side_layout.setSpacing(theme.px(20))
        labels = (
            (self.back_button, "back", tr.pgettext("top bar button", "Back")),
            (self.home_button, "home", tr.pgettext("top bar button", "Home")),
            # NOTE: Opens the list of languages. Keep it short: it sits beside Home.
            (self.language_button, "language", tr.pgettext("top bar button", "Language")),
        )
        for button, name, text in labels:
            button.setText(text)
            button.setAccessibleName(text)
            button.setIcon(icon(name, side, rtl))
            button.setIconSize(icon_size(round(side * 0.5)))
            button.setFont(theme.button)
            button.setMinimumHeight(side)
            button.setMinimumWidth(side)
        self.title.setFont(theme.font(38, bold=True))

    def set_title(self, text: str, can_go_back: bool, offer_language: bool = True) -> None:
        self.title.setText(text)
        self.back_button.setVisible(can_go_back)
        self.language_button.setVisible(offer_language)
        self._balance()
        self._fit_title()

    def _balance(self) -> None:
        for side in (self.start_side, self.end_side):
            side.setMinimumWidth(0)
            side.layout().invalidate()
        width = max(self.start_side.sizeHint().width(), self.end_side.sizeHint().width())
        for side in (self.start_side, self.end_side):
            side.setMinimumWidth(width)

    def _fit_title(self) -> None:
        # A row layout gives a wrapped label the height of one line: ask for what the
        # wrapped title needs at the width it was given, and let the bar grow.
        needed = self.title.heightForWidth(self.title.width())
        if needed > 0 and needed != self.title.minimumHeight():
            self.title.setMinimumHeight(needed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.title and event.type() == QEvent.Type.Resize:
            self._fit_title()
        return False
