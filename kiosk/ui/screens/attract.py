"""The screen nobody is using: every offered language named at once in its own script, a hand
that touches the screen, and a calm invitation and promise cycling through the languages.

A visitor walking past finds their language's name in a glance (issue 21 §2); the lines above
change language every few seconds, slower after a quiet spell, and say what the kiosk is, that
it keeps no record of who reads it, and to touch the screen. A small speaker beside the hand
says that the picker can be heard (issue 22 §4).

Standing at a tall screen (Theme.standing, kiosk/ui/standing.py) the words are read high, at
eye height, the names last of them, just above the reach band; the invitation to touch sits
below, within reach (issue 21 §5). Nothing on this screen is a control: a touch anywhere starts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QHideEvent, QMouseEvent, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.display.attract_pace import AttractPace
from kiosk.i18n.languages import Language, get
from kiosk.i18n.translator import Translator
from kiosk.ui.layout_items import empty
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.autonyms import Autonyms
from kiosk.ui.widgets.pictogram import Pictogram
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.wrapped import set_label_font


@dataclass(frozen=True)
class _Face:
    """One language's fonts and spacing on this screen, worked out once a language and size."""

    theme: Theme
    city: QFont
    title: QFont
    promise: QFont
    prompt: QFont


def _face(size: tuple[int, int], language: Language, reach_top: int = 0) -> _Face:
    theme = Theme.for_size(*size, language, reach_top=reach_top)
    # Standing, the words are read from a step back and have the height for it.
    grow = STANDING_GROWTH if theme.standing else 1.0
    return _Face(
        theme,
        theme.font(40 * grow),
        theme.font(60 * grow, bold=True),
        theme.font(30 * grow),
        theme.font(44 * (STANDING_PROMPT if theme.standing else 1), bold=True),
    )


STANDING_GROWTH = 1.3  # the lines' size standing at a tall screen (they have its top half)
STANDING_HAND = 2.2  # the hand's size there: the invitation alone fills the band
STANDING_PROMPT = 1.15  # and the words on its pill
UNBOUNDED = 16777215  # QWIDGETSIZE_MAX: no largest size


class _RememberingLabel(PlainLabel):
    """A label that remembers its size hints for each text and font it has shown.

    The layout asks a wrapped label for its hints several times a change, each asking Qt to
    shape the whole text again (most of a change's cost); the attract screen shows the same
    few texts over and over."""

    def __init__(self) -> None:
        super().__init__()
        self._sizes: dict[tuple[object, ...], QSize] = {}
        self._heights: dict[tuple[object, ...], int] = {}

    def _key(self, *what: object) -> tuple[object, ...]:
        m = self.contentsMargins()
        return (self.text(), self.font().key(), m.left(), m.top(), m.right(), m.bottom(), *what)

    def _size(self, key: tuple[object, ...], work: Callable[[], QSize]) -> QSize:
        if key not in self._sizes:
            if len(self._sizes) > 512:  # a few per language; bounded all the same
                self._sizes.clear()
            self._sizes[key] = QSize(work())
        return QSize(self._sizes[key])

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._size(self._key("size"), super().sizeHint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._size(self._key("least"), super().minimumSizeHint)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        key = self._key(width)
        if key not in self._heights:
            if len(self._heights) > 512:
                self._heights.clear()
            self._heights[key] = super().heightForWidth(width)
        return self._heights[key]


class _Box(QWidget):
    """A box of a fixed height that does not pass its word-wrapped labels' height for width on
    to the layout it sits in: Qt's column then placed the next box by those heights, not the
    fixed ones, and boxes overlapped."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return False


class AttractScreen(QWidget):
    started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.codes: Sequence[str] = ()
        self.translator: Callable[[str], Translator] | None = None
        self.first = 0  # the index of the language shown first (the default one's)
        self.index = 0
        self.changes = 0  # since the screen was last shown: the pace slows after a quiet spell
        self.pace = AttractPace(3.0, 0, 3.0)
        self.faces: dict[str, _Face] = {}  # by language, at size_for_theme
        self.size_for_theme = (1920, 1080)
        self.city = _RememberingLabel()
        self.title = _RememberingLabel()
        self.promise = _RememberingLabel()  # what the kiosk does not keep
        self.promise.setProperty("role", "muted")
        self.prompt = _RememberingLabel()
        self.prompt.setObjectName("prompt")
        stripe = QFrame()
        stripe.setObjectName("stripe")  # both styled by the window's sheet (theme.style_sheet)
        for label in (self.city, self.title, self.promise, self.prompt):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The lines sit on a page held at the screen's own size: a new language's lines then
        # re-lay out this page only. Without it each change asked every screen of the window
        # (the picker's twenty tiles...) for its height, a third of a change's cost.
        self.page = QWidget(self)
        # A hand touching the screen, and (smaller) a speaker: touch, and hear your language.
        self.hand = Pictogram(self.page)
        self.hearing = Pictogram(self.page)
        self.autonyms = Autonyms(self.page)
        # The invitation on its own row, which moves below the names on a tall screen.
        self.invite_row = _Box(self.page)
        invite = QHBoxLayout(self.invite_row)
        invite.setContentsMargins(0, 0, 0, 0)
        invite.addStretch(1)
        invite.addWidget(self.hand)
        invite.addWidget(self.prompt)
        invite.addWidget(self.hearing)
        invite.addStretch(1)
        self.stripe = stripe
        self.invite = invite
        self.column = QVBoxLayout(self.page)
        # Standing: the words in the rows above reach, a box of their own (a fixed height: the
        # room their stretches share is then that, not what word-wrapped lines' hints make it).
        self.high = _Box(self.page)
        self.high_column = QVBoxLayout(self.high)
        self.high_column.setContentsMargins(0, 0, 0, 0)
        self.reach_top = 0  # Theme.reach_top: the rows above the reach band, 0 if none
        self.standing: bool | None = None  # how the column is ordered now (None: not yet)
        self._order(standing=False)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        # The names wait for the screen's first frame: drawing twenty scripts loads a dozen
        # font files (about 80 ms, cold), which the kiosk's first frame need not wait for.
        self.painted = False
        self._names: tuple[list[Language], Theme, bool] | None = None

    def _order(self, standing: bool) -> None:
        """The lines, the invitation and the names, top to bottom (`standing`: the names
        before the invitation, read high, the invitation below them within reach)."""
        if standing == self.standing:
            return
        self.standing = standing
        column, high = self.column, self.high_column
        for layout in (column, high):
            empty(layout)
        self.high.setVisible(standing)
        if standing:
            high.addStretch(1)
            high.addWidget(self.city)
            high.addWidget(self.stripe, 0, Qt.AlignmentFlag.AlignHCenter)
            high.addWidget(self.title)
            high.addWidget(self.promise)
            high.addStretch(1)
            # The names end where the reach band begins; the invitation has the band's
            # height, so a change of language never moves the names.
            high.addWidget(self.autonyms)
            column.addWidget(self.high)
            column.addWidget(self.invite_row)
            return
        column.addStretch(2)
        column.addWidget(self.city)
        column.addWidget(self.stripe, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.title)
        column.addWidget(self.promise)
        column.addStretch(1)
        column.addWidget(self.invite_row)
        column.addStretch(1)
        # Last, with nothing after it: the names keep their place at the bottom whatever
        # the lines above them say, so a change of language never moves (or repaints) them.
        column.addWidget(self.autonyms)

    def set_languages(
        self,
        codes: Sequence[str],
        translator: Callable[[str], Translator],
        pace: AttractPace,
        size: tuple[int, int],
        first: str | None = None,
        reach_top: int = 0,
    ) -> None:
        """Name every one of `codes` at once; the lines cycle through them from `first` (by
        default the first). Each language's catalog is read when its turn comes, not all
        before the first frame: the names need none. `reach_top`: Theme.reach_top, the rows
        out of reach at the top of a tall screen (the words go there)."""
        self.codes = codes
        self.translator = translator
        self.pace = pace
        if size != self.size_for_theme or reach_top != self.reach_top:
            self.faces.clear()
        self.size_for_theme = size
        self.reach_top = reach_top
        self.first = list(codes).index(first) if first is not None and first in codes else 0
        self.index = self.first
        self.changes = 0
        self.timer.setInterval(pace.interval_ms(0))
        if codes:
            shown_first = get(codes[self.first])  # the kiosk's default language: its direction
            theme = Theme.for_size(*size, shown_first, reach_top=reach_top)
            self._names = ([get(code) for code in codes], theme, shown_first.rtl)
            if self.painted:
                self._show_names()
            ink = theme.palette.ink
            hand = theme.layout.attract_hand * (STANDING_HAND if theme.standing else 1)
            self.hand.show_picture("hand-tap", round(hand), ink)
            self.hearing.show_picture("speaker-high", theme.layout.top_pictogram, ink)
        self._show_current()

    def _show_names(self) -> None:
        if self._names is not None:
            languages, theme, rtl = self._names
            self.autonyms.show_languages(languages, theme, rtl=rtl)

    def next_language(self) -> None:
        if self.codes:
            self.index = (self.index + 1) % len(self.codes)
            self._show_current()

    def _tick(self) -> None:
        self.changes += 1
        self.next_language()
        interval = self.pace.interval_ms(self.changes)
        if interval != self.pace.interval_ms(self.changes - 1):
            self.timer.setInterval(interval)

    def _show_current(self) -> None:
        if not self.codes or self.translator is None:
            return
        tr = self.current()
        face = self.faces.get(tr.code)
        if face is None:
            face = self.faces[tr.code] = _face(self.size_for_theme, tr.language, self.reach_top)
        room = face.theme.layout
        margin = room.attract_margin
        standing = face.theme.standing
        self._order(standing)
        self.column.setContentsMargins(margin, margin, margin, margin)
        # The stretches give the air; a wide gap around each of them as well left Arabic's
        # lines (at their optical scale) no room above the names, and the names moved.
        self.column.setSpacing(room.attract_cell_gap)
        # Landscape: the lines a little above the middle; portrait: no tall blank above them.
        if standing:  # the words above the band, the invitation in it
            self.high_column.setSpacing(room.attract_cell_gap)
            self.high.setFixedHeight(max(0, self.reach_top - margin))
            _width, height = self.size_for_theme
            self.invite_row.setFixedHeight(max(0, height - self.reach_top - margin - room.attract_cell_gap))
        else:
            self.column.setStretch(0, 1 if face.theme.portrait else 2)
            self.high.setMinimumHeight(0)
            self.high.setMaximumHeight(UNBOUNDED)
            self.invite_row.setMinimumHeight(0)
            self.invite_row.setMaximumHeight(UNBOUNDED)
        self.invite.setSpacing(room.attract_gap)
        self.stripe.setFixedSize(room.stripe_width, room.stripe_height)
        pad = room.prompt_pad
        set_label_font(self.city, face.city, face.theme)
        set_label_font(self.title, face.title, face.theme)
        set_label_font(self.promise, face.promise, face.theme)
        set_label_font(self.prompt, face.prompt, face.theme, (pad * 2, pad, pad * 2, pad))
        self.city.setText(tr.pgettext("attract", "City of West Sacramento"))
        # NOTE: The big line on the waiting screen. The kiosk explains the City's and the State's
        # statements on immigration enforcement.
        self.title.setText(tr.pgettext("attract", "Information about immigration"))
        # NOTE: On the waiting screen and the language picker. True: the kiosk keeps no record of
        # its visitors, and forgets each visit when it ends. Say it plainly and calmly.
        self.promise.setText(
            tr.pgettext("privacy promise", "This screen does not record who you are or what you read.")
        )
        self.prompt.setText(tr.pgettext("attract", "Touch the screen to start"))
        # A wrapped label in a centred slot gets no height for its width from the layout:
        # size the pill from its text, up to most of the width the pictograms leave.
        beside = self.hand.width() + self.hearing.width() + 2 * room.attract_gap
        widest = int(self.size_for_theme[0] * 0.8) - beside
        natural = self.prompt.fontMetrics().horizontalAdvance(self.prompt.text()) + 4 * pad + room.wrap_slack
        width = min(natural, widest)
        self.prompt.setFixedWidth(width)
        self.prompt.setFixedHeight(self.prompt.heightForWidth(width))
        direction = Qt.LayoutDirection.RightToLeft if tr.language.rtl else Qt.LayoutDirection.LeftToRight
        self.setLayoutDirection(direction)  # not the names': theirs is set for good

    def current(self) -> Translator:
        assert self.translator is not None
        return self.translator(self.codes[self.index])

    def text_shown(self) -> str:
        lines = (self.city, self.title, self.promise, self.prompt)
        return "\n".join([*(label.text() for label in lines), self.autonyms.text_shown()])

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, self, self._show_names)  # once this frame is out

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        self.page.setFixedSize(event.size())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self.started.emit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.index = self.first
        self.changes = 0
        self.timer.setInterval(self.pace.interval_ms(0))
        self._show_current()
        # The only timer that runs while nobody is here; it stops when the screen is left.
        self.timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt API
        self.timer.stop()
