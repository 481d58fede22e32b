"""The sound process: `python -m kiosk.ui.audio.sound_child`, started and watched by the window
(kiosk/ui/audio/sound_link.py). It owns Qt's text-to-speech and media player, whose calls can
wait without a limit on speech-dispatcher, PulseAudio or FFmpeg; the window only writes lines.

Commands arrive on stdin and events leave on a private copy of stdout (kiosk/speech/
sound_protocol.py). Everything else the process or its libraries print (FFmpeg names each file
it opens) goes to /dev/null: what a visitor listened to is written nowhere. It ends with the
window: at the end of its stdin, and (Linux) at once when the window's process dies.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import signal
import sys
import threading
from typing import IO

from kiosk.speech import sound_protocol as p


def _private_channel() -> IO[bytes]:
    """The protocol's own copy of stdout; fds 1 and 2 then lead nowhere, so no library's noise
    can mix into the protocol nor reach a log."""
    channel = os.fdopen(os.dup(1), "wb", buffering=0)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    os.close(null)
    sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
    return channel


def _die_with_parent() -> None:
    """SIGKILL this process when the window's dies, even while it hangs in a library call."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the window died before prctl took effect
        os._exit(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk.ui.audio.sound_child")
    parser.add_argument("--engine", default="")
    parser.add_argument("--zh-hant", choices=["mandarin", "cantonese"], default="mandarin")
    parser.add_argument("--any-output", action="store_true", help="do not require a sound output (tests)")
    args = parser.parse_args(argv)
    channel = _private_channel()
    _die_with_parent()

    from PySide6.QtCore import QCoreApplication, QObject, Signal

    from kiosk.ui.audio.sound_server import SoundServer

    app = QCoreApplication(["kiosk-sound"])
    write_lock = threading.Lock()

    def send(message: p.Message) -> None:
        with write_lock:
            try:
                channel.write(p.encode(message))
            except OSError:
                os._exit(0)  # the window is gone

    class Inbox(QObject):
        line = Signal(bytes)  # from the reading thread, delivered on the main thread
        closed = Signal()

    inbox = Inbox()
    server = SoundServer(send, args.engine, zh_hant=args.zh_hant, need_audio_output=not args.any_output)

    def received(line: bytes) -> None:
        message = p.decode(line)
        if message is not None:
            server.handle(message)

    inbox.line.connect(received)
    inbox.closed.connect(app.quit)

    def read() -> None:
        for line in sys.stdin.buffer:
            inbox.line.emit(line)
        inbox.closed.emit()

    server.hello()  # before any command is read: the window waits for it
    threading.Thread(target=read, name="commands", daemon=True).start()
    app.exec()
    server.stop()
    os._exit(0)  # not Qt's teardown of the media back end: nothing is left to say


if __name__ == "__main__":
    sys.exit(main())
