"""One Xvfb server for the benchmarks: a real X display (Qt's xcb platform, Chromium) without a screen."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def xvfb(first: int = 91, size: str = "1920x1080x24") -> Iterator[str]:
    """Start Xvfb on the first free display from `first`, yield its name (":91"), stop it on exit."""
    for number in range(first, first + 50):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        # -displayfd: Xvfb writes the display number on this pipe once it accepts clients, so no
        # polling or sleeping; it closes the pipe without a word if the display was taken meanwhile.
        read, write = os.pipe()
        server = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", size, "-nolisten", "tcp", "-displayfd", str(write)],
            pass_fds=(write,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        try:
            with os.fdopen(read) as ready:
                started = ready.readline().strip() == str(number)
            if started:
                yield f":{number}"
                return
        finally:
            server.terminate()  # not kill(): on SIGTERM Xvfb removes its lock file and socket
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    raise RuntimeError(f"no free X display from :{first}")
