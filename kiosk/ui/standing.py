"""Standing in front of a tall screen: text high, controls low.

A floor-standing portrait screen (43 inches, its bottom edge about 800 mm up) reaches far above
what a hand can reach (ADA 308: controls 380 to 1220 mm above the floor) but its top is where a
standing visitor's eyes are. Keeping the whole interface in the reach band left the top 56% of
such a screen blank and squeezed the rest. So the reach band is kept for the controls only:

- on a visitor's screen (picker, topics, a topic's cards, a card) the bar of buttons (Back,
  Home, Language, the display toggles) moves to the foot of the band, and the screens get the
  whole height with `Theme.reach_top`, the rows above the band: text goes there (a menu's
  heading and guidance, a card's title and text), and every control stays below it;
- every other screen (Attract, the staff's, the unavailable one) and every message over the
  screen keep to the band, as before (the window's contents margins, and its "reach" property,
  which `Overlay` centres its messages in).

Where the band starts at the top of the screen (a desk, a wall mount with its top in reach)
nothing changes.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.display.physical import usable_band


def standing_band(screen_bottom_mm: float, height: int, px_per_mm: float) -> tuple[int, int] | None:
    """The reach band's rows when rows above it are out of reach (a standing visitor's eye
    height), else None."""
    band = usable_band(screen_bottom_mm, height, px_per_mm)
    return band if band is not None and band[0] > 0 else None


class ReachArrangement:
    """Where the window puts its bar and its screens, for what is on show."""

    def __init__(self, window: QWidget, column: QVBoxLayout, bar: QWidget, title: QWidget) -> None:
        self.window, self.column, self.bar, self.title = window, column, bar, title
        self.reach_top = 0  # what the screens are told (Theme.reach_top)
        self.bottom = 0  # the rows below the band (under 380 mm): never used

    def arrange(self, band: tuple[int, int] | None, visitor_screen: bool) -> None:
        """Lay the window out for `band` (kiosk.display.physical.usable_band's rows, or None:
        every row is in reach); `visitor_screen`: a screen with the bar on show."""
        window, height = self.window, self.window.height()
        top, bottom = (band[0], height - band[1]) if band else (0, 0)
        standing = visitor_screen and top > 0
        self.reach_top = top if standing else 0
        self.bottom = bottom
        # The screens start at the window's top when standing: Theme.reach_top is in their rows.
        window.setContentsMargins(0, 0 if standing else top, 0, bottom)
        # Messages over the screen centre in the band, whatever the screen under them.
        window.setProperty("reach", QRect(0, top, window.width(), height - top - bottom))
        self._bar_at(self.column.count() - 1 if standing else 0)
        # The screen's own heading says where the visitor is, high up; the bar holds buttons.
        self.title.setVisible(not standing)
        if bool(self.bar.property("low")) != standing:
            self.bar.setProperty("low", standing)  # its accent rule above it (theme.style_sheet)
            self.bar.style().unpolish(self.bar)
            self.bar.style().polish(self.bar)

    def _bar_at(self, index: int) -> None:
        if self.column.indexOf(self.bar) != index:
            self.column.removeWidget(self.bar)
            self.column.insertWidget(index, self.bar)
