"""What the window and its sound process say to each other: one JSON object a line.

The window sends commands, each with a number (`seq`); the sound process answers every one
with `{"ev": "ack", "seq": n}` once it has acted on it, so a process that stops answering (a
speech-dispatcher or FFmpeg call that never returns) is seen, killed and started again.

    window -> sound:  {"do": "speak", "seq": 3, "text": "...", "lang": "es"}
                      {"do": "play", "seq": 4, "path": "/.../es.wav", "text": "...", "lang": "es"}
                          (text and lang: what the voice reads if the recording will not play;
                          none with a language's name, played from the picker)
                      {"do": "play", "seq": 4, "path": "...", "then": {"path": "...", "text": "...",
                       "lang": "es"}}   once the recording has played to its end, a second one
                          (or, without a path, its words by voice): the draft note after a card
                      {"do": "chime" | "stop" | "ping", "seq": 5}
                      {"do": "warn", "seq": 6, "text": "...", "lang": "es", "path": "..."}
                          (the chime, then the reader's recording of the question where there
                          is one, else the words)
                      {"do": "volume", "seq": 7, "level": 0.25}  the visitor's gain, 10^(dB/20)
                          (kiosk/speech/volume.py); sent again to a process started again
    sound -> window:  {"ev": "hello", "voices": ["en", ...], "audio": true, "engine": "speechd",
                       "problems": ["..."]}   at start, and again when the voices change
                      {"ev": "ack", "seq": n}
                      {"ev": "started", "seq": n, "by": "voice" | "recording"}
                      {"ev": "stopped" | "failed", "seq": n}   the sound of command n ended

Events about a sound carry the number of the command that started it, so the window ignores
news of a sound it has already silenced. A command's sound in two parts ("then") is one sound:
a "started" for each part (saying what sounds it), one "stopped" at the end of the second.
"""

from __future__ import annotations

import json
from typing import Any

Message = dict[str, Any]

SPEAK, PLAY, CHIME, WARN, STOP, VOLUME, PING = "speak", "play", "chime", "warn", "stop", "volume", "ping"
HELLO, ACK, STARTED, STOPPED, FAILED = "hello", "ack", "started", "stopped", "failed"
BY_VOICE, BY_RECORDING = "voice", "recording"


def encode(message: Message) -> bytes:
    return json.dumps(message, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"


def decode(line: bytes) -> Message | None:
    """One line as a message, or None for anything else (noise never reaches this channel,
    but a half-written line of a killed process may)."""
    try:
        message = json.loads(line)
    except (ValueError, UnicodeDecodeError):
        return None
    return message if isinstance(message, dict) else None
