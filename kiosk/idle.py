"""When a visit is over: pure timing logic, driven by any clock (tests set their own).

Two things decide it: how long the screen gives a reader before "Are you still there?"
(`time_before_warning`, longer for a screen with more to read), and how long that warning
lasts (at least 20 s: WCAG 2.2.1 asks that long to extend a time limit). While Listen reads a
card the clock is held: nobody is timed out while the kiosk is still talking to them.
"""

from __future__ import annotations

import math
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from functools import cache

# The warning's ring moves this often: a few small repaints a second, never a stream of them.
TICK = 0.25
LEAST_WARNING = 20  # seconds; WCAG 2.2.1 (Timing Adjustable): at least 20 s to extend

# Reading time on top of the base (the `idle_timeout` setting: the time to look up, find one's
# place and decide, on a screen with little to read). 0.1 s a letter is 10 letters a second,
# about 100-120 words a minute: half the pace of an adult's usual silent reading (~200-250),
# so an elder or a reader of a script they rarely read has time for the whole card. The extra
# stops at two minutes: a card left on screen is read by the next person in the lobby, and a
# card longer than a screen scrolls, and every page turned is a touch that starts the time again.
SECONDS_PER_LETTER = 0.1
MOST_EXTRA = 120.0
# A letter is what the eye reads, so that one card measures about the same in every language
# (between 0.8 and 1.4 times its English, measured on the repository's cards in all twenty):
# spaces, joiners and non-spacing marks (Arabic vowel signs, Khmer's subscript sign, Lao and
# Devanagari marks above and below) count nothing; a Chinese character or kana, which holds a
# syllable or a word, counts as 3; a Hangul syllable block as 2.
_NOTHING = frozenset({"Mn", "Me", "Cf", "Cc", "Zs", "Zl", "Zp"})
_WIDE = 3
_HANGUL = 2


def letters(text: str) -> int:
    """How much there is to read in `text`, in letters of a Latin script (see above)."""
    return sum(_weight(char) * times for char, times in Counter(text).items())


@cache  # a screen's few hundred letters are drawn from a few dozen characters: fast on a tap
def _weight(char: str) -> int:
    if char.isspace() or unicodedata.category(char) in _NOTHING:
        return 0
    if "\uac00" <= char <= "\ud7a3":
        return _HANGUL
    return _WIDE if unicodedata.east_asian_width(char) in ("W", "F") else 1


def time_before_warning(base: float, text: str) -> int:
    """Whole seconds without a touch before the warning, on a screen showing `text`:
    base + 0.1 s a letter, the extra at most 120 s."""
    return math.ceil(base + min(MOST_EXTRA, SECONDS_PER_LETTER * letters(text)))


class Phase(Enum):
    ACTIVE = "active"
    WARNING = "warning"  # "Are you still there?" is showing, its ring running down
    EXPIRED = "expired"  # time to forget the visit


@dataclass
class IdleClock:
    timeout: float  # seconds without input before the warning (for what is on screen now)
    countdown: float  # seconds the warning lasts
    now: Callable[[], float] = time.monotonic
    held: bool = field(default=False, init=False)  # Listen is reading: no time passes

    def __post_init__(self) -> None:
        self.last_input = self.now()
        self._wanted = self.timeout  # the screen's time, taken at the next touch if not at once

    def touch(self) -> None:
        self.last_input = self.now()
        self.timeout = self._wanted

    def set_timeout(self, seconds: float) -> None:
        """The time before the warning for the screen now shown. Taken at once where that keeps
        the visit active; otherwise (a shorter time already spent, or the warning on show) at
        the next touch, so that a redraw never brings the warning on, or takes it away."""
        self._wanted = seconds
        if self.phase() is Phase.ACTIVE and self.now() - self.last_input < seconds:
            self.timeout = seconds

    def hold(self, on: bool) -> None:
        """Listen began (on) or stopped reading: the idle time counts again from its end."""
        if on:
            self.held = True
        elif self.held:
            self.held = False
            self.touch()

    def _idle(self) -> float:
        return self.now() - self.last_input

    def phase(self) -> Phase:
        idle = self._idle()
        if self.held or idle < self.timeout:
            return Phase.ACTIVE
        if idle < self.timeout + self.countdown:
            return Phase.WARNING
        return Phase.EXPIRED

    def left(self) -> float:
        """Seconds of the warning still to run (all of it while the visit is active)."""
        if self.held:
            return self.countdown
        return max(0.0, min(self.countdown, self.timeout + self.countdown - self._idle()))

    def seconds_left(self) -> int:
        """Whole seconds until the reset, as the warning shows them."""
        return math.ceil(self.left())

    def fraction_left(self) -> float:
        """How much of the warning's ring is left: 1 when it appears, 0 at the reset."""
        return self.left() / self.countdown if self.countdown > 0 else 0.0

    def next_check_in(self) -> float | None:
        """Seconds until something changes on screen: the warning, or the ring's next step;
        None while held (nothing will change until Listen stops)."""
        if self.held:
            return None
        idle = self._idle()
        if idle < self.timeout:
            return self.timeout - idle
        left = self.timeout + self.countdown - idle
        if left <= 0:
            return 0.0
        into_step = math.fmod(idle - self.timeout, TICK)
        step = TICK - into_step if into_step > 1e-9 else TICK
        return min(step, left)
