"""Sound files for the audio tests, written on the spot."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path


def write_wav(path: Path, seconds: float = 0.5) -> Path:
    """A quiet tone, as a reader's recording would be saved."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        frames = int(8000 * seconds)
        w.writeframes(b"".join(struct.pack("<h", int(3000 * math.sin(i / 5))) for i in range(frames)))
    return path


def write_broken_ogg(path: Path) -> Path:
    """A file that looks like a recording and will not play."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"OggS" + b"\x13" * 4000)
    return path


def listed(recording: Path, text: str) -> Path:
    """Say in the manifest beside `recording` that it reads `text`, as the studio does when a
    take is kept: the kiosk never plays a recording that no manifest entry vouches for."""
    from kiosk.speech.manifest import write_entry

    write_entry(recording.parent, recording.stem, recording.name, text, "2026-12-07")
    return recording
