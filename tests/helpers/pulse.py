"""A private PulseAudio with a null sink (module-null-sink), and the speech-dispatcher that the
sound process starts against it: real sound servers for the fault tests, which can kill them.

Both live in a test's own runtime folder (XDG_RUNTIME_DIR), never the machine's session.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest


def _answers(env: dict[str, str]) -> bool:
    done = subprocess.run(["pactl", "info"], env=env, capture_output=True, timeout=5, check=False)
    return done.returncode == 0


@contextmanager
def private_pulse(folder: Path) -> Iterator[tuple[dict[str, str], subprocess.Popen[bytes]]]:
    """(the environment that reaches it, its process); skips the test where it cannot run."""
    for tool in ("pulseaudio", "pactl", "speech-dispatcher"):
        if shutil.which(tool) is None:
            pytest.skip(f"{tool} is not installed (deploy/setup.sh --dev installs it)")
    folder.mkdir(parents=True, exist_ok=True)
    socket = folder / "pulse-native"
    env = {
        **os.environ,
        "XDG_RUNTIME_DIR": str(folder),
        "HOME": str(folder),
        "PULSE_RUNTIME_PATH": str(folder / "pulse"),
        "PULSE_SERVER": f"unix:{socket}",
    }
    # tests/conftest.py's client config (never autospawn) stays: a killed server stays dead.
    server = subprocess.Popen(
        [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--disable-shm=yes",
            "-L",
            "module-null-sink sink_name=kiosk_null",
            "-L",
            f"module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while not _answers(env):
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.skip("a private PulseAudio would not start here")
            time.sleep(0.1)
        yield env, server
    finally:
        server.kill()
        server.wait()
        end_speech_dispatcher(folder)


def speech_dispatchers(folder: Path) -> list[int]:
    """The speech-dispatcher started for `folder` (it daemonizes: not our child)."""
    socket = str(folder / "speech-dispatcher")
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        with suppress(OSError):
            command = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            if "speech-dispatcher" in command and socket in command:
                found.append(int(proc.name))
    return found


def end_speech_dispatcher(folder: Path) -> None:
    for pid in speech_dispatchers(folder):
        with suppress(OSError):
            os.kill(pid, signal.SIGKILL)
