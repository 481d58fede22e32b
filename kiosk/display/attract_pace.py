"""How fast the attract screen changes language: briskly while people pass, slowly once the
lobby has been empty for a while (pure arithmetic, tested without Qt).

Each change redraws the screen's three lines (~5 ms of CPU on a 2-core lobby PC); at one change
every 3 s that is most of what an idle kiosk costs. After a quiet spell nobody is there to read
the cycle, so it slows down; the next visit's end starts it brisk again.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AttractPace:
    cycle_s: float  # seconds per language while people may be passing
    quiet_after_s: float  # seconds of attract screen without a touch before it slows; 0: never
    quiet_cycle_s: float  # seconds per language after that

    def interval_ms(self, changes: int) -> int:
        """The wait before the next change, when `changes` changes happened since the screen
        was shown."""
        shown_for = changes * self.cycle_s
        if self.quiet_after_s and shown_for >= self.quiet_after_s:
            return round(max(self.cycle_s, self.quiet_cycle_s) * 1000)
        return round(self.cycle_s * 1000)
