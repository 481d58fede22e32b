"""A short text grows to fill its room, up to a cap; a long one keeps its size (issue 21 §5)."""

from __future__ import annotations

import math
from collections.abc import Callable

from kiosk.display.fill import STANDING_CAP, growth_to_fill


def wrapped(words: int, width: float = 100.0) -> Callable[[float], float]:
    """A text's height at a size: words 5 wide and lines 12 tall times `factor`, in `width`."""

    def height_at(factor: float) -> float:
        return math.ceil(words * 5 * factor / width) * 12 * factor

    return height_at


def test_a_short_text_grows_to_the_cap() -> None:
    assert growth_to_fill(wrapped(10), room=1000) == STANDING_CAP


def test_a_text_that_does_not_fit_keeps_its_size() -> None:
    assert growth_to_fill(wrapped(400), room=200) == 1.0


def test_a_text_grows_as_far_as_its_room_and_no_further() -> None:
    height_at = wrapped(60)
    room = 2 * height_at(1.0)
    growth = growth_to_fill(height_at, room)
    assert 1.0 < growth < STANDING_CAP
    assert height_at(growth) <= room, "never past the room"
    assert height_at(growth + 0.05) > room or growth + 0.05 > STANDING_CAP, "within a twentieth of it"


def test_no_cap_no_growth() -> None:
    assert growth_to_fill(wrapped(1), room=1000, cap=1.0) == 1.0
