"""What stands in when the content cannot be drawn at all: a calm, static message in every
offered language, never a desktop or a traceback. It goes as soon as good content arrives."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from kiosk.i18n.translator import Translator
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.wrapped import WrappedHeights, set_label_font

MANY = 12


class UnavailableScreen(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.labels: list[QLabel] = []
        # A grid shares its height out in equal rows: each label asks for what its lines need
        # (Urdu's Nastaliq needs twice the others' on a small screen).
        self.heights = WrappedHeights(self)

    def show_languages(
        self,
        codes: Sequence[str],
        translator: Callable[[str], Translator],
        size: tuple[int, int],
        help_line: Callable[[Translator], str] = lambda _tr: "",
    ) -> None:
        """The message in each of `codes`, with the kiosk's help line (`help_line`: in a
        language, "" for none), so that a visitor knows whom to ask meanwhile."""
        for label in self.labels:
            # Out of the grid now: deleteLater waits for the event loop, and until then the
            # old labels would share the rows with the new ones (seen as a squeezed Urdu line).
            self.grid.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.labels = []
        seen: set[str] = set()
        for code in codes:
            tr = translator(code)
            heading = tr.pgettext("unavailable", "Information is temporarily unavailable.")
            text = tr.pgettext("unavailable", "Please try again later.")
            ask = help_line(tr)
            # The first language's message in two lines; the others' in one paragraph each,
            # which wraps in fewer lines in the narrow columns, and, past a dozen languages,
            # only its first sentence: twenty whole messages do not fit a 1280x720 screen.
            if not seen:
                message = f"{heading}\n{text}\n{ask}" if ask else f"{heading}\n{text}"
            else:
                message = heading if len(codes) > MANY else f"{heading} {text} {ask}".rstrip()
            if message in seen:  # an untranslated language would repeat the English
                continue
            seen.add(message)
            theme = Theme.for_size(*size, tr.language)
            label = PlainLabel(message)
            label.setWordWrap(True)
            set_label_font(
                label, theme.font(34 if len(seen) == 1 else 26, bold=len(seen) == 1), theme, own_text=True
            )
            rtl = tr.language.rtl
            direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
            label.setLayoutDirection(direction)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            # The columns share the width; a long line wraps rather than widen the screen.
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            self.labels.append(label)
            self.heights.watch(label)
        theme = Theme.for_size(*size, translator(codes[0]).language)
        # Twenty languages in two columns are taller than a landscape screen (Urdu's Nastaliq
        # most of all): four there, two on a portrait one.
        many = 2 if theme.portrait or len(self.labels) <= MANY else 4
        columns = 1 if len(self.labels) <= 5 else many
        margin = theme.layout.unavailable_margin
        self.grid.setContentsMargins(margin, margin, margin, margin)
        self.grid.setSpacing(theme.layout.unavailable_gap)
        for column in range(columns):
            self.grid.setColumnStretch(column, 1)
        first, rest = self.labels[0], self.labels[1:]
        self.grid.addWidget(first, 0, 0, 1, columns)
        for index, label in enumerate(rest):
            self.grid.addWidget(label, 1 + index // columns, index % columns)

    def text_shown(self) -> str:
        return "\n".join(label.text() for label in self.labels)
