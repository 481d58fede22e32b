"""When a visit ends, on a clock the test moves by hand; and how long a screen's text gives."""

from __future__ import annotations

import pytest

from kiosk.idle import MOST_EXTRA, TICK, IdleClock, Phase, letters, time_before_warning
from tests.helpers.clock import FakeClock


def test_phases_and_countdown() -> None:
    clock = FakeClock()
    idle = IdleClock(timeout=60, countdown=30, now=clock)
    assert idle.phase() is Phase.ACTIVE
    assert idle.next_check_in() == 60
    clock.t += 59.5
    assert idle.phase() is Phase.ACTIVE
    clock.t += 0.5
    assert idle.phase() is Phase.WARNING
    assert idle.seconds_left() == 30 and idle.fraction_left() == 1
    clock.t += 3.1
    assert idle.seconds_left() == 27
    assert idle.fraction_left() == pytest.approx(26.9 / 30)
    # The ring's next step: a few a second, on the quarter second.
    assert idle.next_check_in() == pytest.approx(0.15)
    clock.t += 26.9
    assert idle.phase() is Phase.EXPIRED
    assert idle.seconds_left() == 0 and idle.fraction_left() == 0


def test_the_warning_steps_a_few_times_a_second_and_never_faster() -> None:
    clock = FakeClock()
    idle = IdleClock(timeout=60, countdown=20, now=clock)
    clock.t += 60
    steps = 0
    while idle.phase() is Phase.WARNING:
        wait = idle.next_check_in()
        assert wait is not None and wait >= TICK - 1e-9 or idle.left() < TICK
        clock.t += wait or 0
        steps += 1
    assert steps == round(20 / TICK), "one step per TICK, no more"


def test_touch_starts_over() -> None:
    clock = FakeClock()
    idle = IdleClock(timeout=60, countdown=30, now=clock)
    clock.t += 65
    assert idle.phase() is Phase.WARNING
    idle.touch()
    assert idle.phase() is Phase.ACTIVE
    assert idle.next_check_in() == 60


def test_held_while_listen_reads_then_counted_from_its_end() -> None:
    clock = FakeClock()
    idle = IdleClock(timeout=60, countdown=30, now=clock)
    idle.hold(True)
    clock.t += 10_000
    assert idle.phase() is Phase.ACTIVE and idle.next_check_in() is None
    idle.hold(False)  # the reading ended now
    assert idle.next_check_in() == 60
    clock.t += 59
    assert idle.phase() is Phase.ACTIVE
    idle.hold(False)  # a second "stopped" (another sound ended) moves nothing
    clock.t += 1
    assert idle.phase() is Phase.WARNING


def test_a_screens_time_is_taken_at_once_unless_it_would_bring_the_warning() -> None:
    clock = FakeClock()
    idle = IdleClock(timeout=60, countdown=30, now=clock)
    idle.set_timeout(150)  # a long card drawn just after the tap
    assert idle.next_check_in() == 150
    clock.t += 100
    idle.set_timeout(60)  # the same screen drawn again, smaller: not cut short
    assert idle.phase() is Phase.ACTIVE and idle.timeout == 150
    idle.touch()  # the next tap takes it
    assert idle.next_check_in() == 60
    clock.t += 70
    assert idle.phase() is Phase.WARNING
    idle.set_timeout(150)  # a redraw during the warning does not take it away
    assert idle.phase() is Phase.WARNING


def test_letters_count_what_the_eye_reads() -> None:
    assert letters("Can I report a crime?") == 17
    assert letters("  \n\t") == 0
    assert letters("舉報") == 6, "a Chinese character holds a syllable: 3 letters"
    assert letters("신고") == 4, "a Hangul block: 2"
    assert letters("\u200f\u2068abc\u2069") == 3, "bidi marks and isolates are not read"
    assert letters("ក្រុម") == letters("ករុម"), "Khmer's subscript sign is a mark, not a letter"
    assert letters("كِتاب") == letters("كتاب"), "nor is an Arabic vowel sign"


def test_a_long_card_gets_more_time_than_a_short_one_up_to_a_cap() -> None:
    short = time_before_warning(60, "Yes.")
    long = time_before_warning(60, "A slow reader reads this. " * 30)
    assert short == 61, "4 letters (the stop counts), in whole seconds"
    assert long > short + 60
    assert time_before_warning(60, "word " * 10_000) == 60 + MOST_EXTRA
    assert time_before_warning(90, "Yes.") == 91, "the setting sets the base"
