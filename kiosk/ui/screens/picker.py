"""Language picker: every language named in its own script, drawn with its own fonts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

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
        choose: Callable[[str], None],
    ) -> None:
        tiles = []
        for lang in languages:
            subtitle = "" if lang.english_name == lang.autonym else lang.english_name
            tiles.append(
                (lang.autonym, subtitle, Theme.for_size(*size, lang), lambda code=lang.code: choose(code))
            )
        columns = 3 if len(tiles) > 4 else 2
        self.fill(theme, intro, tiles, columns, title_size=44)
