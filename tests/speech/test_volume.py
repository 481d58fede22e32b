"""The visitor's volume steps: at least 20 dB from the quietest to the loudest, each step's gain
10^(dB/20), the default with room both ways."""

from __future__ import annotations

import math

import pytest

from kiosk.speech.volume import DEFAULT_STEP, STEPS_DB, clamp_step, gain, range_db, step_gain


@pytest.mark.parametrize(("db", "expected"), [(0, 1.0), (-6, 0.501), (-20, 0.1), (-24, 0.0631), (-40, 0.01)])
def test_gain_is_ten_to_the_db_over_twenty(db: float, expected: float) -> None:
    assert gain(db) == pytest.approx(expected, abs=5e-4)
    assert 20 * math.log10(gain(db)) == pytest.approx(db)


def test_the_steps_span_at_least_20_db_and_rise_evenly() -> None:
    assert range_db() >= 20
    assert 20 * math.log10(step_gain(len(STEPS_DB) - 1) / step_gain(0)) >= 20
    assert list(STEPS_DB) == sorted(STEPS_DB) and STEPS_DB[-1] == 0, "full scale is the top"
    assert 3 <= len(STEPS_DB) <= 5, "a few big steps"


def test_the_default_has_room_up_and_down() -> None:
    assert 0 < DEFAULT_STEP < len(STEPS_DB) - 1


def test_steps_past_either_end_stay_at_it() -> None:
    assert clamp_step(-3) == 0 and clamp_step(99) == len(STEPS_DB) - 1
    assert step_gain(99) == 1.0
