"""Language picker: every language named in its own script, drawn with its own fonts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from kiosk.i18n.languages import Language
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.theme import Theme


class PickerScreen(MenuScreen):
    def show_languages(
        self,
        languages: Sequence[Language],
        size: tuple[int, int],
        theme: Theme,
        intro: str,
    ) -> None:
        tiles = []
        for lang in languages:
            subtitle = "" if lang.english_name == lang.autonym else lang.english_name
            tiles.append((lang.code, lang.autonym, subtitle, theme.for_language(lang)))
        # Every language on one screen without scrolling where the width allows: a visitor who
        # cannot read English should not have to discover that the list goes on.
        columns = 2 if len(tiles) <= 4 else max(2, min(4, size[0] // 460))
        # Even: centred names read well in either direction; equal rows whatever the script.
        # The grid around the tiles looks the same whatever the visitor's language, so one
        # grid serves them all (the kept grid is found again under the same theme).
        neutral = replace(theme, families=())
        self.fill(neutral, intro, tiles, columns, title_size=44, even=True)
