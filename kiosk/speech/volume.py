"""The visitor's volume: a few big steps in decibels, and the gain each one sends.

A visitor who hears less well turns Listen up, one who stands close turns it down (EN 301 549
5.1.3.4, Section 508 402.3: a volume under the visitor's control, over at least 20 dB, back to
its default after every use). The steps are in decibels because loudness is heard on a
logarithmic scale: equal steps in dB sound like equal steps.

The sound process is sent a gain, an amplitude factor: Qt's QAudioOutput and QSoundEffect
scale their samples linearly by it (0 silent, 1 the file as recorded), so a step of -6 dB is
a gain of 10^(-6/20) = 0.50. Full scale (0 dB) is the top step: the system's mixer, set by IT,
decides how loud that is in the lobby. A text-to-speech engine takes the same number on its
own 0..1 scale (speech-dispatcher's volume), which follows the amplitude only roughly.
"""

from __future__ import annotations

# Five steps of 6 dB: 24 dB from the quietest to the loudest. The default is the middle one,
# so that a visitor has as much room up as down.
STEPS_DB: tuple[float, ...] = (-24.0, -18.0, -12.0, -6.0, 0.0)
DEFAULT_STEP = 2


def gain(db: float) -> float:
    """The amplitude factor of a level in decibels below full scale: 10^(dB/20)."""
    return float(10 ** (db / 20))


def clamp_step(step: int) -> int:
    return max(0, min(len(STEPS_DB) - 1, step))


def step_gain(step: int) -> float:
    """The gain sent to the sound process for one of the visitor's steps."""
    return gain(STEPS_DB[clamp_step(step)])


def range_db() -> float:
    """From the quietest step to the loudest."""
    return STEPS_DB[-1] - STEPS_DB[0]
