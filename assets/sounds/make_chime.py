"""Write chime.wav: the idle countdown's soft two-note chime (0.4 s, 22.05 kHz mono).

Run it again only to change the sound: `python assets/sounds/make_chime.py`. Made here rather
than downloaded so its licence is the project's and anyone can see how it was made.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44100  # with two channels: the format every sound device takes as it is
SECONDS = 0.4
# A rising major third (E5 then G#5) asks a question without alarming; sine tones with one
# soft overtone sound like a bell, not a beep.
NOTES = ((0.0, 659.25), (0.12, 830.61))
PEAK = 0.5  # of full scale, before mixing: soft in a quiet lobby, below the voice that follows


def sample(t: float) -> float:
    value = 0.0
    for start, freq in NOTES:
        if t < start:
            continue
        local = t - start
        attack = min(1.0, local / 0.005)  # 5 ms: no click at the onset
        decay = math.exp(-local * 9.0)
        tone = math.sin(2 * math.pi * freq * local) + 0.3 * math.sin(2 * math.pi * 2 * freq * local)
        value += attack * decay * tone / 1.3
    fade = min(1.0, (SECONDS - t) / 0.03)  # and none at the end
    return PEAK * value * fade / len(NOTES)


def main() -> None:
    frames = int(RATE * SECONDS)
    # The same sample on both channels: QSoundEffect plays a file only in a format the device
    # itself accepts (seen: mono 22.05 kHz refused by PulseAudio's default sink).
    data = b"".join(struct.pack("<hh", *(2 * [round(32767 * sample(i / RATE))])) for i in range(frames))
    out = Path(__file__).with_name("chime.wav")
    with wave.open(str(out), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data)
    print(f"wrote {out} ({len(data)} bytes of audio)")


if __name__ == "__main__":
    main()
