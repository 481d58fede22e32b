"""Run a kiosk check on hostile files in a child process, and measure what it cost.

The child is what an IT person or the running kiosk would run; its peak memory (from wait4) and
its wall time are the figures a test bounds. It is capped (address space, wall clock) so that a
file that still blows up cannot take a shared machine down with it.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from kiosk import PROJECT_ROOT

MEMORY_CAP = 2 * 1024**3  # address space; a blow-up dies with MemoryError instead of the machine
WALL_CAP = 60.0  # seconds before the child is killed as hung


@dataclass
class Run:
    seconds: float
    peak_mb: float
    returncode: int
    killed: bool
    out: str
    err: str

    def __str__(self) -> str:
        fate = "killed (hung)" if self.killed else f"exit {self.returncode}"
        return f"{self.seconds:.1f} s, {self.peak_mb:.0f} MB, {fate}"


def _cap() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def run_child(argv: list[str], wall: float = WALL_CAP) -> Run:
    start = time.monotonic()
    proc = subprocess.Popen(
        argv,
        cwd=PROJECT_ROOT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=_cap,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(PROJECT_ROOT)},
    )
    killed = threading.Event()

    def kill() -> None:
        killed.set()
        proc.kill()

    timer = threading.Timer(wall, kill)
    timer.start()
    chunks: dict[str, bytes] = {}

    def drain(name: str, stream: IO[bytes] | None) -> None:
        chunks[name] = stream.read() if stream else b""

    readers = [
        threading.Thread(target=drain, args=(n, s)) for n, s in (("out", proc.stdout), ("err", proc.stderr))
    ]
    for reader in readers:
        reader.start()
    _, status, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    for reader in readers:
        reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Run(
        seconds=time.monotonic() - start,
        peak_mb=usage.ru_maxrss / 1024,
        returncode=proc.returncode,
        killed=killed.is_set(),
        out=chunks.get("out", b"").decode("utf-8", "replace"),
        err=chunks.get("err", b"").decode("utf-8", "replace"),
    )


def validate(
    content: Path, translations: Path, languages: tuple[str, ...] = ("en",), wall: float = WALL_CAP
) -> Run:
    """`main.py validate`, as IT staff run it."""
    config = content.parent / "hostile-kiosk.yaml"
    config.write_text(
        f"content_dir: {content}\ntranslations_dir: {translations}\nlanguages: [{', '.join(languages)}]\n",
        encoding="utf-8",
    )
    return run_child([sys.executable, "main.py", "validate", "--config", str(config)], wall)


_RELOAD = """\
import sys
from pathlib import Path
from kiosk.config import DEFAULT_HOSTS
from kiosk.content.live import LiveContent
live = LiveContent(Path(sys.argv[1]), DEFAULT_HOSTS)
live.reload()
print(live.refused)
"""

_CATALOG = """\
import sys
from pathlib import Path
from kiosk.i18n.translator import translator_for
catalog = translator_for(Path(sys.argv[1]), sys.argv[2]).catalog
print(catalog.error if catalog else None)
"""


def reload_content(content: Path, wall: float = WALL_CAP) -> Run:
    """What the running kiosk does when the content folder changes."""
    return run_child([sys.executable, "-c", _RELOAD, str(content)], wall)


def reload_catalog(translations: Path, code: str, wall: float = WALL_CAP) -> Run:
    """What the running kiosk does when a language's catalog changes."""
    return run_child([sys.executable, "-c", _CATALOG, str(translations), code], wall)
