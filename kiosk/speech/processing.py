"""A reader's take made fit to play: silence trimmed from both ends, loudness normalised to
EBU R128 (-16 LUFS integrated, true peak under -1 dBTP), written as Ogg Opus.

FFmpeg does all of it (Debian's `ffmpeg`): `silenceremove` trims, `loudnorm` measures in a first
pass and normalises in a second with what it measured (linear gain where the peak allows it),
and libopus encodes. It is the standard, well-kept tool for this and the kiosk's playback
already goes through FFmpeg (Qt Multimedia's back end): no hand-written signal processing.

Every call runs FFmpeg as a child with a time limit; none belongs on a GUI thread.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

TARGET_LUFS = -16.0  # EBU R128 for speech on small loudspeakers (AES TD1004: -16 to -20 LUFS)
TARGET_TP = -2.0  # aimed under -1 dBTP, with room for the overshoot of Opus and of loudnorm's limiter
LRA = 11.0
SILENCE_DB = -45  # quieter than this at either end is silence (a room's hum sits below it)
KEEP_S = 0.15  # a breath of silence left at each end, so the first word is not clipped
TIMEOUT_S = 120  # a take of several minutes is encoded in a few seconds
OPUS_BITRATE = "64k"  # speech is transparent well below this; a 17-card language stays under 20 MB

_TRIM = (
    f"silenceremove=start_periods=1:start_threshold={SILENCE_DB}dB:start_silence={KEEP_S}:detection=peak,"
    "areverse,"
    f"silenceremove=start_periods=1:start_threshold={SILENCE_DB}dB:start_silence={KEEP_S}:detection=peak,"
    "areverse"
)
# loudnorm looks 3 s ahead: a take shorter than that (a language's name) would come out far too
# quiet, so it is padded with silence (which the gated measurement ignores) and cut back after.
PAD_S = 4.0
_PAD = f"apad=whole_dur={PAD_S}"


class ProcessingError(Exception):
    """The take could not be made into a recording: the message says why, for the reader."""


@dataclass(frozen=True)
class Loudness:
    integrated: float  # LUFS
    true_peak: float  # dBTP
    duration: float  # seconds


def ffmpeg() -> str:
    found = shutil.which("ffmpeg")
    if found is None:
        raise ProcessingError("ffmpeg is not installed (on Debian: apt install ffmpeg)")
    return found


def _run(args: list[str], timeout: float) -> str:
    try:
        done = subprocess.run(
            [ffmpeg(), "-hide_banner", "-nostdin", *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise ProcessingError(f"ffmpeg took longer than {timeout:g} s") from None
    except OSError as err:
        raise ProcessingError(f"ffmpeg could not be started: {err}") from None
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1:] or ["no reason given"]
        raise ProcessingError(f"ffmpeg failed: {last[0]}")
    return done.stderr


def _loudnorm_json(stderr: str) -> dict[str, str]:
    found = re.search(r"\{[^{}]*\"input_i\"[^{}]*\}", stderr)
    if found is None:
        raise ProcessingError("ffmpeg's loudnorm gave no measurement")
    data: dict[str, str] = json.loads(found.group(0))
    return data


def _duration(stderr: str) -> float:
    """The length of what ffmpeg wrote, from its last progress line (time=HH:MM:SS.xx)."""
    times = re.findall(r"time=(\d+):(\d+):(\d+(?:\.\d+)?)", stderr)
    if not times:
        return 0.0
    hours, minutes, seconds = times[-1]
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def measure(path: Path, *, filters: str = "", timeout: float = TIMEOUT_S) -> Loudness:
    """The integrated loudness, true peak and length of `path` (after `filters`, if any)."""
    chain = ",".join(filter(None, [filters, f"loudnorm=I={TARGET_LUFS}:TP={TARGET_TP}:print_format=json"]))
    stderr = _run(["-i", str(path), "-af", chain, "-f", "null", "-"], timeout)
    data = _loudnorm_json(stderr)
    return Loudness(float(data["input_i"]), float(data["input_tp"]), _duration(stderr))


def process(source: Path, out: Path, *, timeout: float = TIMEOUT_S) -> tuple[Loudness, Loudness]:
    """Trim, normalise and encode `source` (any format FFmpeg reads) into the Ogg Opus file
    `out`, written beside it first and renamed into place. Returns the loudness of the take
    as recorded (trimmed) and of the file written."""
    before = measure(source, filters=_TRIM, timeout=timeout)
    if before.duration <= 2 * KEEP_S or before.integrated == float("-inf") or before.integrated < -70:
        raise ProcessingError("the take is silent: check the microphone and record it again")
    # The second pass: loudnorm told what the first one measured, so it can apply one gain.
    measured = _loudnorm_json(
        _run(
            [
                "-i",
                str(source),
                "-af",
                f"{_TRIM},{_PAD},loudnorm=I={TARGET_LUFS}:TP={TARGET_TP}:print_format=json",
                "-f",
                "null",
                "-",
            ],
            timeout,
        )
    )
    norm = (
        f"loudnorm=I={TARGET_LUFS}:TP={TARGET_TP}:LRA={LRA}:linear=true"
        f":measured_I={measured['input_i']}:measured_TP={measured['input_tp']}"
        f":measured_LRA={measured['input_lra']}:measured_thresh={measured['input_thresh']}"
        f":offset={measured['target_offset']}"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.stem}.partial.opus")
    try:
        _run(
            [
                "-y",
                "-i",
                str(source),
                "-af",
                f"{_TRIM},{_PAD},{norm},atrim=duration={before.duration:.3f}",
                "-ar",
                "48000",
                "-ac",
                "1",
                "-c:a",
                "libopus",
                "-b:a",
                OPUS_BITRATE,
                "-map_metadata",
                "-1",
                "-f",
                "ogg",
                str(partial),
            ],
            timeout,
        )
        after = measure(partial, timeout=timeout)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)
    return before, after
