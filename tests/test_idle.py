"""When a visit ends, on a clock the test moves by hand."""

from __future__ import annotations

from kiosk.idle import IdleClock, Phase
from tests.helpers.clock import FakeClock


def test_phases_and_countdown() -> None:
    clock = FakeClock()
    idle = IdleClock(timeout=60, countdown=10, now=clock)
    assert idle.phase() is Phase.ACTIVE
    assert idle.next_check_in() == 60
    clock.t += 59.5
    assert idle.phase() is Phase.ACTIVE
    clock.t += 0.5
    assert idle.phase() is Phase.WARNING
    assert idle.seconds_left() == 10
    clock.t += 3.25
    assert idle.seconds_left() == 7
    assert abs(idle.next_check_in() - 0.75) < 1e-9
    clock.t += 6.75
    assert idle.phase() is Phase.EXPIRED
    assert idle.seconds_left() == 0


def test_touch_starts_over() -> None:
    clock = FakeClock()
    idle = IdleClock(timeout=60, countdown=10, now=clock)
    clock.t += 65
    assert idle.phase() is Phase.WARNING
    idle.touch()
    assert idle.phase() is Phase.ACTIVE
    assert idle.next_check_in() == 60
