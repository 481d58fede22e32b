"""Pixels per millimetre, and the reach band of a wall-mounted screen."""

from __future__ import annotations

import pytest

from kiosk.display.physical import REACH_HIGH_MM, REACH_LOW_MM, REFERENCE_PX_PER_MM, px_per_mm, reach_band_px


def test_a_configured_diagonal_wins_over_what_the_monitor_says() -> None:
    # A 24" 1920x1080 monitor that reports 1600 x 900 mm (a TV's EDID, say).
    assert px_per_mm(1920, 1080, (1600, 900), 24) == pytest.approx(REFERENCE_PX_PER_MM, rel=1e-6)


def test_the_monitor_size_is_used_when_sane() -> None:
    assert px_per_mm(1920, 1080, (531.4, 298.9), 0) == pytest.approx(3.613, abs=0.01)
    # 32" 4K: far more pixels a millimetre, so sizes in pixels grow with them.
    assert px_per_mm(3840, 2160, (708.5, 398.5), 0) == pytest.approx(5.42, abs=0.01)


@pytest.mark.parametrize("nonsense", [None, (0, 0), (16, 9), (50, 30)])
def test_nonsense_sizes_fall_back_to_the_reference_screen(nonsense: tuple[float, float] | None) -> None:
    assert px_per_mm(1920, 1080, nonsense, 0) == pytest.approx(REFERENCE_PX_PER_MM)


def test_no_mounting_height_means_no_band() -> None:
    assert reach_band_px(0, 1920, 4.0) is None


def test_a_tall_screen_keeps_controls_between_380_and_1220_mm() -> None:
    # A 1920 px tall portrait screen, 4 px a mm (480 mm tall), its bottom edge 900 mm up:
    # its top is at 1380 mm, so the band runs from 160 mm below the top to the bottom edge.
    first, last = reach_band_px(900, 1920, 4.0) or (0, 0)
    assert first == round((1380 - REACH_HIGH_MM) * 4)
    assert last == 1920
    # Mounted low, 100 mm up: the lowest 280 mm are out of reach.
    first, last = reach_band_px(100, 1920, 4.0) or (0, 0)
    assert first == 0 and last == round((580 - REACH_LOW_MM) * 4)


def test_too_little_in_reach_is_said_with_the_fix() -> None:
    from kiosk.display.physical import reach_problem

    assert reach_problem(0, 1080, 3.6) is None, "not wall-mounted: nothing to say"
    assert reach_problem(900, 1920, 4.0) is None
    # A landscape screen mounted with its bottom edge at 1.2 m: 20 mm of it within reach.
    problem = reach_problem(1200, 1080, 3.6)
    assert problem is not None and "mount the screen" in problem and "1200 to" in problem
