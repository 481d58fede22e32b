"""The hidden way in for staff: five quick taps in the top-left corner of the screen.

A visitor is very unlikely to tap the same empty corner five times within a few seconds, and
nothing happens unless a PIN is set: then the PIN pad appears. The first tap may start a visit
(on Attract); the corner of the top bar holds no button on the first screen of a visit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

TAPS = 5
WITHIN_SECONDS = 4.0


@dataclass
class CornerTaps:
    corner: int  # side of the corner square, in pixels
    now: Callable[[], float]
    taps: list[float] = field(default_factory=list)

    def press(self, x: int, y: int) -> bool:
        """Record a press at (x, y) of the window; True when it completes the gesture."""
        if not (0 <= x < self.corner and 0 <= y < self.corner):
            self.taps.clear()  # a press elsewhere breaks the sequence
            return False
        t = self.now()
        self.taps = [s for s in self.taps if t - s <= WITHIN_SECONDS] + [t]
        if len(self.taps) >= TAPS:
            self.taps.clear()
            return True
        return False
