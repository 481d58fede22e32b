"""When a visit is over: pure timing logic, driven by any clock (tests set their own)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class Phase(Enum):
    ACTIVE = "active"
    WARNING = "warning"  # the "Still there?" countdown is showing
    EXPIRED = "expired"  # time to forget the visit


@dataclass
class IdleClock:
    timeout: float  # seconds without input before the warning
    countdown: float  # seconds the warning lasts
    now: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self.last_input = self.now()

    def touch(self) -> None:
        self.last_input = self.now()

    def phase(self) -> Phase:
        idle = self.now() - self.last_input
        if idle < self.timeout:
            return Phase.ACTIVE
        if idle < self.timeout + self.countdown:
            return Phase.WARNING
        return Phase.EXPIRED

    def seconds_left(self) -> int:
        """Whole seconds until the reset, as the countdown shows them."""
        left = self.timeout + self.countdown - (self.now() - self.last_input)
        return max(0, math.ceil(left))

    def next_check_in(self) -> float:
        """Seconds until something changes on screen: the warning, or the next countdown step."""
        idle = self.now() - self.last_input
        if idle < self.timeout:
            return self.timeout - idle
        left = self.timeout + self.countdown - idle
        if left <= 0:
            return 0.0
        fraction = left - math.floor(left)
        return fraction if fraction > 0 else 1.0
