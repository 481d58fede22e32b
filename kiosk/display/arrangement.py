"""How the screens share out the room they have: portrait or landscape, how many columns of
tiles, and how tall the tiles grow to use the height (pure arithmetic, tested without Qt).

Most floor-standing kiosks stand in portrait (1080x1920): there a card's text goes above its
take-home band rather than beside it, and a few tiles stand one above another, as wide as
the screen, so that their titles read on one line.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# In portrait, up to this many tiles stand in one column; more keep the columns asked for
# (the picker's fourteen languages would otherwise scroll).
ONE_COLUMN_UP_TO = 7
# A tile grows to fill the height, but to no more than this many times its least height:
# beyond that a tile reads as a box with a line in it.
MOST_GROWTH = 3.5


def is_portrait(width: int, height: int) -> bool:
    return height > width


@dataclass(frozen=True)
class TileArrangement:
    portrait: bool
    columns: int
    tile_height: int  # the least height of every tile, in pixels (a tile's text may need more)


def tile_columns(width: int, height: int, count: int, columns: int) -> int:
    """The columns for `count` tiles on a screen of `width` x `height`, where the screen
    would have `columns` in landscape."""
    if is_portrait(width, height) and count <= ONE_COLUMN_UP_TO:
        return 1
    return max(1, min(columns, count))


def tile_height(room: int, count: int, columns: int, least: int, gap: int) -> int:
    """The height each tile takes so that `count` tiles in `columns` fill `room` pixels of
    height (the grid's margins taken off already), between `least` and MOST_GROWTH times it."""
    rows = max(1, math.ceil(count / max(1, columns)))
    share = (room - gap * (rows - 1)) // rows
    return max(least, min(share, round(least * MOST_GROWTH)))


def arrange_tiles(width: int, height: int, count: int, columns: int, least: int, gap: int) -> TileArrangement:
    """Everything at once, for a grid whose view is `width` x `height` (its margins off)."""
    chosen = tile_columns(width, height, count, columns)
    return TileArrangement(is_portrait(width, height), chosen, tile_height(height, count, chosen, least, gap))
