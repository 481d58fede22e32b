"""How much larger a text may be drawn to fill the room it has (issue 21 §5).

On a floor-standing screen a short card's text ended a third of the way down, over a tall blank
above the controls. There the card's title and text grow to fill their room, up to a cap, and
never past it: a long card keeps its normal size (and scrolls). The height at each size is
measured by the caller (a laid-out text at its width), not guessed from its length.
"""

from __future__ import annotations

from collections.abc import Callable

STANDING_CAP = 1.6  # the most a card's text grows: large, not a poster
PRECISION = 0.05  # close enough: a twentieth of the size, a few layouts at most


def growth_to_fill(
    height_at: Callable[[float], float], room: float, cap: float = STANDING_CAP, precision: float = PRECISION
) -> float:
    """The largest factor in [1, `cap`] (to `precision`) at which `height_at(factor)`, the text's
    height drawn that much larger, still fits `room`; 1 when even the normal size does not fit.
    `height_at` grows with the factor (larger letters, more lines)."""
    if cap <= 1 or height_at(1.0) > room:
        return 1.0
    if height_at(cap) <= room:
        return cap
    fits, too_big = 1.0, cap
    while too_big - fits > precision:
        middle = (fits + too_big) / 2
        if height_at(middle) <= room:
            fits = middle
        else:
            too_big = middle
    return fits
