"""Language picker: every language named in its own script, drawn with its own fonts, the one
in use marked, and the promise that nothing is recorded; a tile held down says its language's
name aloud (kiosk/ui/widgets/long_press.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kiosk.i18n.languages import SOURCE_LANGUAGE, Language, get
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.screens.picker_fit import PickerFit, fit_picker
from kiosk.ui.theme import Theme
from kiosk.ui.widgets.hear_hint import HearHint
from kiosk.ui.widgets.long_press import LongPress


class PickerScreen(MenuScreen):
    held = Signal(str)  # a tile pressed and held: its language's code, to hear its name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.long_press = LongPress(self)
        self.long_press.held.connect(self.held)
        # Standing at a tall screen, under the heading and the promise in the panel above the
        # tiles: hold a name to hear it (where every name can be heard: show_hearing).
        self.standing_heading = 96.0  # the panel has the room: the one line every visitor needs
        self.hear_hint = HearHint()
        self.upper_column.insertWidget(2, self.hear_hint)  # the promise goes above it (_stand)
        self.upper_column.insertStretch(2, 1)  # between the words and it

    def show_hearing(self, text: str, theme: Theme) -> None:
        """The line inviting a long press, or (`text` empty) a hand alone (touch a name)."""
        self.hear_hint.show_line(text, theme)
        column = self.upper_column
        column.setStretch(column.indexOf(self.hear_hint) - 1, 1)

    def show_languages(
        self,
        languages: Sequence[Language],
        size: tuple[int, int],
        theme: Theme,
        intro: str,
        current: str = "",
        current_label: str = "",
    ) -> None:
        """`intro`: the line above the names (the privacy promise); `current`: the code of the
        language in use, marked, and `current_label` what a screen reader says of it."""
        tiles = []
        for lang in languages:
            subtitle = "" if lang.english_name == lang.autonym else lang.english_name
            tiles.append((lang.code, lang.autonym, subtitle, theme.for_language(lang)))
        # Every language on one screen without scrolling where the width allows: a visitor who
        # cannot read English should not have to discover that the list goes on.
        # Even: centred names read well in either direction; equal rows whatever the script.
        # The grid around the tiles looks the same whatever the visitor's language, so one
        # grid serves them all (the kept grid is found again under the same theme); it draws
        # the English names under the autonyms.
        neutral = theme.for_language(get(SOURCE_LANGUAGE))
        fit: PickerFit = fit_picker(tiles, size, neutral, theme, intro)
        self.fill(neutral, intro, tiles, fit.columns, title_size=fit.title_size, even=True, cue=not fit.fits)
        self.apply_theme(theme)  # the guidance in the visitor's script, not the grid's
        for tile in self.grid.tiles:
            tile.mark_current(tile.tile_id == current, current_label)
            self.long_press.watch(tile)
