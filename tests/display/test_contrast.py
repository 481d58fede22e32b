"""Every text colour against what it sits on, in both palettes: at least 7:1 (WCAG 1.4.6);
the focus ring against what surrounds it: at least 3:1 (WCAG 1.4.11)."""

from __future__ import annotations

import pytest

from kiosk.display.contrast import contrast_ratio
from kiosk.display.palettes import HIGH_CONTRAST, NORMAL, Palette


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=lambda p: p.name)
def test_every_text_pair_reaches_7_to_1(palette: Palette) -> None:
    weak = [
        f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1"
        for what, fg, bg in palette.text_pairs()
        if contrast_ratio(fg, bg) < 7
    ]
    assert weak == []


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=lambda p: p.name)
def test_the_focus_ring_stands_out(palette: Palette) -> None:
    assert all(contrast_ratio(fg, bg) >= 3 for _what, fg, bg in palette.ring_pairs())


def test_high_contrast_is_higher() -> None:
    assert contrast_ratio(HIGH_CONTRAST.ink, HIGH_CONTRAST.paper) == pytest.approx(21)
    assert contrast_ratio(HIGH_CONTRAST.ink, HIGH_CONTRAST.paper) > contrast_ratio(NORMAL.ink, NORMAL.paper)


@pytest.mark.parametrize(
    ("fg", "bg", "ratio"),
    [("#000000", "#FFFFFF", 21.0), ("#FFFFFF", "#FFFFFF", 1.0), ("#767676", "#FFFFFF", 4.54)],
)
def test_the_ratio_is_wcags(fg: str, bg: str, ratio: float) -> None:
    assert contrast_ratio(fg, bg) == pytest.approx(ratio, abs=0.01)


def test_a_bad_colour_is_refused() -> None:
    with pytest.raises(ValueError, match="#RRGGBB"):
        contrast_ratio("navy", "#FFFFFF")
