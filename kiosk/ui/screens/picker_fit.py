"""How the picker fits twenty languages on one screen: the columns and the size of the names.

A visitor who cannot read English must see their language without discovering that the list
goes on. So the picker measures before it builds: as many columns as the widest name allows
with every English name on one line; if the rows do not all fit the height, more columns
(an English name may then wrap to two lines), then smaller autonyms, down to a size still
read at arm's length. Measured with the fonts' metrics, as the tiles will be drawn
(kiosk/ui/widgets/tile_button.py); where nothing fits (a very small window in large text) the
grid scrolls, and the picker says so (`PickerFit.fits`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from kiosk.ui.theme import STROKES, Theme
from kiosk.ui.widgets.ink import ink_beyond_line
from kiosk.ui.widgets.tile_grid import Tile

TITLE = 44  # the autonyms' size, at 1080p
TITLE_SIZES = (TITLE, 40, 36, 32)  # smaller only where the rows would not fit
MOST_COLUMNS = 5
BAR_TITLE = 38  # the top bar's title, at 1080p (kiosk/ui/widgets/top_bar.py)


@dataclass(frozen=True)
class PickerFit:
    columns: int
    title_size: float
    fits: bool  # every row on the screen at once


def fit_picker(
    tiles: Sequence[Tile], size: tuple[int, int], neutral: Theme, theme: Theme, intro: str
) -> PickerFit:
    """The columns and autonym size for `tiles` on a screen of `size` (the room the screens
    have); `neutral`: the grid's theme (English), `theme`: the visitor's (the intro's script)."""
    if len(tiles) <= 4:
        return PickerFit(2, TITLE, True)
    view = grid_view_height(size, theme, intro)
    room = neutral.layout
    summary_width = max((QFontMetrics(neutral.small).horizontalAdvance(t[2]) for t in tiles), default=0)
    fallback: PickerFit | None = None
    for title_size in TITLE_SIZES:
        title_width = max(
            QFontMetrics(tile_theme.font(title_size, bold=True)).horizontalAdvance(title)
            for _id, title, _summary, tile_theme in tiles
        )
        one_line = _columns(max(title_width, summary_width), size[0], neutral)
        # Where it scrolls, the arrows beside the tiles take a button's width and a margin.
        narrower = size[0] - room.scroll_button - room.screen_margin
        fallback = fallback or PickerFit(
            _columns(max(title_width, summary_width), narrower, neutral), title_size, False
        )
        for columns in range(one_line, max(one_line, _columns(title_width, size[0], neutral)) + 1):
            lines = 1 if summary_width <= _inner_width(columns, size[0], neutral) else 2
            rows = math.ceil(len(tiles) / columns)
            least = _least_height(tiles, title_size, neutral, lines)
            need = rows * least + (rows - 1) * room.tile_gap + 2 * room.grid_margin_y
            if need <= view:
                return PickerFit(columns, title_size, True)
    # Nothing fits (large text on a small screen): the names at their full size, and a swipe
    # or the arrow beside them (kiosk/ui/widgets/scroll_cue.py) reaches the rest.
    assert fallback is not None
    return fallback


def _columns(widest: int, width: int, neutral: Theme) -> int:
    """As many columns as a name `widest` pixels wide leaves room for, up to five."""
    sizes = neutral.layout
    # A tile's padding and border on both sides, and a padding's worth of air.
    gap, tile = sizes.tile_gap, widest + 3 * sizes.tile_pad_x + 2 * STROKES.border
    room = width - 2 * sizes.screen_margin + gap
    return max(2, min(MOST_COLUMNS, room // (tile + gap)))


def _inner_width(columns: int, width: int, neutral: Theme) -> int:
    """The width a tile's text has with `columns` tiles across."""
    sizes = neutral.layout
    tile = (width - 2 * sizes.screen_margin - (columns - 1) * sizes.tile_gap) // columns
    return tile - 2 * sizes.tile_pad_x  # the text's room inside the padding (the border is drawn over it)


def _least_height(tiles: Sequence[Tile], title_size: float, neutral: Theme, summary_lines: int) -> int:
    """The height of the tallest tile: its autonym's line (and the room its script's letters
    take beyond it), the English name's lines, the padding."""
    room = neutral.layout
    summary = QFontMetrics(neutral.small).height()
    tallest = 0
    for _id, title, subtitle, tile_theme in tiles:
        font = tile_theme.font(title_size, bold=True)
        # As the tile will keep it (set_label_font, own_text): what its own letters need.
        above, below = tile_theme.ink_room(font)
        if above or below:
            own_above, own_below = ink_beyond_line(title, font)
            above, below = min(above, own_above), min(below, own_below)
        height = QFontMetrics(font).height() + above + below
        if subtitle:
            height += room.summary_gap + summary_lines * summary
        tallest = max(tallest, height)
    return tallest + 2 * room.tile_pad_y + 2  # and a pixel each side for rounding


def grid_view_height(size: tuple[int, int], theme: Theme, intro: str) -> int:
    """The height the picker's grid will have: the screens' room less the top bar and the
    line above the grid (standing at a tall screen, the rows above reach hold that line)."""
    room = theme.layout
    bar_title = QFontMetrics(theme.font(BAR_TITLE, bold=True, grows=False)).height()
    bar = max(room.bar_button, bar_title) + room.bar_pad_top + room.bar_pad_bottom + STROKES.rule
    if theme.standing:
        return size[1] - theme.reach_top - bar
    above = 0
    if intro:
        font = theme.font(34)
        width = size[0] - 2 * room.screen_margin
        lines = QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, intro)
        ink_above, ink_below = theme.ink_room(font)
        above = room.intro_top + lines.height() + ink_above + ink_below
    return size[1] - bar - above
