"""A clock the test moves by hand: time-dependent code is driven by it, never by sleeping."""

from __future__ import annotations


class FakeClock:
    def __init__(self, start: float = 5000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t
