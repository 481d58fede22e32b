"""Physical sizes: how many pixels make a millimetre on this screen, and where the controls
may sit on a tall or wall-mounted screen (ADA 308: 380 to 1220 mm above the floor)."""

from __future__ import annotations

import math

MM_PER_INCH = 25.4
# The reference screen: 24 inches, 16:9, 1920 pixels across (about 0.28 mm a pixel).
REFERENCE_PX_PER_MM = 1920 / (24 * MM_PER_INCH * 16 / math.hypot(16, 9))

MIN_TARGET_MM = 15.0  # touch targets, each side
MIN_GAP_MM = 3.0  # between targets
MIN_CAP_HEIGHT_MM = 4.8  # body text
REACH_LOW_MM = 380.0
REACH_HIGH_MM = 1220.0
MIN_BAND_MM = 150.0  # the least height the kiosk can be drawn in: the top bar and a row of tiles


def px_per_mm(
    width_px: int, height_px: int, physical_mm: tuple[float, float] | None, diagonal_inches: float
) -> float:
    """From the configured diagonal first (monitors often report nonsense), then the size the
    monitor reports, else the reference screen scaled to this width."""
    if diagonal_inches > 0:
        return math.hypot(width_px, height_px) / (diagonal_inches * MM_PER_INCH)
    if physical_mm and physical_mm[0] >= 100 and physical_mm[1] >= 60:
        return width_px / physical_mm[0]
    return REFERENCE_PX_PER_MM * width_px / 1920


def reach_band_px(screen_bottom_mm: float, height_px: int, px_per_mm_: float) -> tuple[int, int] | None:
    """The rows (from the top, in pixels) that lie 380 to 1220 mm above the floor, or None
    when the setting is off (0). An empty band (low > high) means nothing can be reached."""
    if screen_bottom_mm <= 0:
        return None
    top_mm = screen_bottom_mm + height_px / px_per_mm_  # height of the screen's top edge
    first = max(0, round((top_mm - REACH_HIGH_MM) * px_per_mm_))
    last = min(height_px, round((top_mm - REACH_LOW_MM) * px_per_mm_))
    return first, last


def reach_problem(screen_bottom_mm: float, height_px: int, px_per_mm_: float) -> str | None:
    """Why the controls cannot all be kept within reach, or None (also when the setting is off)."""
    band = reach_band_px(screen_bottom_mm, height_px, px_per_mm_)
    if band is None:
        return None
    top_mm = screen_bottom_mm + height_px / px_per_mm_
    usable = max(0, band[1] - band[0]) / px_per_mm_
    if usable < MIN_BAND_MM:
        return (
            f"only {usable:.0f} mm of the screen ({screen_bottom_mm:.0f} to {top_mm:.0f} mm above the "
            f"floor) lies within reach (380 to 1220 mm); the kiosk needs {MIN_BAND_MM:.0f} mm: "
            "mount the screen so that more of it is in that band"
        )
    return None


def usable_band(screen_bottom_mm: float, height_px: int, px_per_mm_: float) -> tuple[int, int] | None:
    """The rows the controls are kept in, or None for the whole screen: the setting is off, or
    too little of the screen lies in reach to keep to it (and `doctor` says so)."""
    band = reach_band_px(screen_bottom_mm, height_px, px_per_mm_)
    return band if band and not reach_problem(screen_bottom_mm, height_px, px_per_mm_) else None
