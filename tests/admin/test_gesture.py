"""The hidden gesture: five quick presses in the top-left corner, nothing else in between."""

from __future__ import annotations

from kiosk.admin.gesture import TAPS, WITHIN_SECONDS, CornerTaps
from tests.helpers.clock import FakeClock


def test_five_quick_corner_presses_open_it() -> None:
    clock = FakeClock()
    taps = CornerTaps(90, clock)
    results = []
    for _ in range(TAPS):
        results.append(taps.press(10, 20))
        clock.t += 0.4
    assert results == [False] * (TAPS - 1) + [True]
    assert not taps.press(10, 20), "and it starts counting again"


def test_a_press_elsewhere_breaks_the_sequence() -> None:
    taps = CornerTaps(90, FakeClock())
    for _ in range(TAPS - 1):
        taps.press(5, 5)
    assert not taps.press(500, 300)
    assert not taps.press(5, 5)


def test_slow_presses_do_not_add_up() -> None:
    clock = FakeClock()
    taps = CornerTaps(90, clock)
    for _ in range(TAPS * 2):
        assert not taps.press(89, 89)
        clock.t += WITHIN_SECONDS / (TAPS - 1) + 0.1


def test_only_the_corner_counts() -> None:
    taps = CornerTaps(90, FakeClock())
    assert not any(taps.press(90, 10) for _ in range(TAPS))
