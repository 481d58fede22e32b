"""Every offered language named in its own script, all at once, each in its own fonts: a
visitor walking past the attract screen finds theirs at a glance (issue 21 §2), where one
language at a time showed a Khmer speaker Punjabi, and they walked on.

Plain words, not buttons: a touch anywhere on the screen opens the picker, where the same
names wait. Built once for a set of languages and a size; the attract screen's changing
lines never lay it out again (it sits below them at a fixed place, see attract.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QWidget

from kiosk.i18n.languages import Language
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.plain_label import PlainLabel
from kiosk.ui.widgets.wrapped import set_label_font

SIZE = 40  # the names' size at 1080p: smaller than the picker's (44), the invitation's peers
# Portrait: four to a row have the width for larger names (a portrait screen scales as 0.7 of
# 1080p, and a floor-standing one is read from further away).
PORTRAIT_SIZE = 50
# Standing at a tall screen the names are read high, from a step back, with rows to spare
# (kiosk/ui/screens/attract.py): larger still (the longest, Українська, still fits a quarter of
# the width) and further apart.
STANDING_SIZE, STANDING_ROW_GAP = 56, 2
COLUMNS, PORTRAIT_COLUMNS = 5, 4


def row_centres(heights: Sequence[int], gap: int) -> list[float]:
    """Where each row's middle goes, for rows of `heights` with `gap` between them: the first
    and the last where they are, the others evenly between."""
    total = sum(heights) + gap * (len(heights) - 1)
    first, last = heights[0] / 2, total - heights[-1] / 2
    pitch = (last - first) / (len(heights) - 1) if len(heights) > 1 else 0
    return [first + pitch * row for row in range(len(heights))]


class _EvenRows(QGridLayout):
    """A grid whose rows are evenly apart, middle to middle. A row of Latin names is shorter
    than one with Arabic-script names: rows each as tall as their own names drew English and
    हिन्दी together as if a pair, and parted the rows below. The rows keep their heights (and
    the grid its size); only where they sit changes."""

    def _row(self, row: int) -> list[QWidget]:
        items = (self.itemAtPosition(row, column) for column in range(self.columnCount()))
        widgets = (item.widget() for item in items if item is not None)
        return [widget for widget in widgets if widget is not None]

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        rows = [row for row in (self._row(row) for row in range(self.rowCount())) if row]
        if len(rows) < 2:
            return
        heights = [self.cellRect(row, 0).height() for row in range(len(rows))]
        top = self.cellRect(0, 0).top()
        for row, centre in zip(rows, row_centres(heights, self.verticalSpacing()), strict=True):
            for label in row:
                place = label.geometry()
                place.moveTop(round(top + centre - place.height() / 2))
                label.setGeometry(place)


class Autonyms(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = _EvenRows(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.labels: list[PlainLabel] = []
        self.languages: tuple[Language, ...] = ()
        self._shown: tuple[object, ...] = ()
        # Touches go to the screen beneath: a touch anywhere starts a visit.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # Their own height, no more: the room the lines above leave goes to the stretches, so
        # lines that grow in another script (Arabic's optical scale) never squeeze the names.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def show_languages(self, languages: Sequence[Language], theme: Theme, rtl: bool = False) -> None:
        """Name `languages` in order, in rows read right to left if `rtl` (set here for good,
        so that the lines above changing language never mirror the names). `theme` gives the
        sizes; each name takes its own script's fonts."""
        # Set on the names' own widget: the screen's direction, which follows the lines above
        # as they change language, never reaches them.
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        codes = tuple(lang.code for lang in languages)
        key = (codes, theme.room, theme.scale, theme.px_per_mm, theme.reach_top)
        if key == self._shown:
            return
        self._shown = key
        self.languages = tuple(languages)
        for label in self.labels:
            self.grid.removeWidget(label)
            label.hide()  # at once: deleteLater waits for the event loop
            label.deleteLater()
        self.labels = []
        room = theme.layout
        self.grid.setHorizontalSpacing(room.attract_cell_gap)
        apart = STANDING_ROW_GAP if theme.standing else 1
        self.grid.setVerticalSpacing(room.attract_cell_gap * apart)
        columns = PORTRAIT_COLUMNS if theme.portrait else COLUMNS
        for index, language in enumerate(languages):
            own = theme.for_language(language)  # its script's fonts and the room its ink needs
            label = PlainLabel(language.autonym, self)
            size = STANDING_SIZE if theme.standing else PORTRAIT_SIZE if theme.portrait else SIZE
            set_label_font(label, own.font(size, bold=True), own, own_text=True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setLayoutDirection(
                Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
            )
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            self.grid.addWidget(label, index // columns, index % columns)
            label.show()  # now, with its row (a layout shows a new child from the event loop)
            self.labels.append(label)
        for column in range(self.grid.columnCount()):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def text_shown(self) -> str:
        return "\n".join(label.text() for label in self.labels)
