"""Chromium in kiosk mode on bench/static_page.html: cold start to first paint, memory, idle CPU.

How first paint is seen: the page itself logs "FIRST_PAINT <ms since the epoch>" two animation
frames after load (see static_page.html); --enable-logging=stderr copies console messages to
stderr, which goes to a file that we poll. The page's own clock is the wall clock, so the cold
start is that figure minus time.time() taken just before the spawn. Polling costs nothing to the
figure (the page dates the paint itself), and a file, unlike a pipe, never blocks Chromium.
No debugging port: nothing listens, and the network here is closed anyway.

Which processes are "Chromium": every process below us whose name starts with "chrom". The
crash handler double-forks out of the browser's process group and session, so neither a group
kill nor a walk of the browser's children finds it; as a subreaper we inherit it, so a walk of
ours does. (Chromium rewrites its children's command lines over their environment, so an
inherited marker variable cannot be read back; the name is kept, zombies included.)
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

PAGE = Path(__file__).resolve().parent / "static_page.html"
FLAGS = [
    "--kiosk",
    "--no-sandbox",  # we are root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]


def become_subreaper() -> None:
    """Orphans of our children (Chromium's crash handler) become ours, so that we can reap them:
    pid 1 on this machine does not, and they would stay as zombies."""
    ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER


def processes() -> list[int]:
    """Chromium's processes: those below us named chromium or chrome_crashpad (Xvfb is not)."""
    children: dict[int, list[int]] = {}
    names = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                head, tail = (entry / "stat").read_text().rsplit(")", 1)
            except OSError:  # gone meanwhile
                continue
            children.setdefault(int(tail.split()[1]), []).append(int(entry.name))
            names[int(entry.name)] = head.split("(", 1)[1]
    found, todo = [], list(children.get(os.getpid(), []))
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        if names[pid].startswith("chrom"):
            found.append(pid)
    return found


def pss_kb(pids: list[int]) -> int:
    total = 0
    for pid in pids:
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:  # gone meanwhile
            continue
        total += sum(int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:"))
    return total


def cpu_ticks(pids: list[int]) -> dict[int, int]:
    ticks = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks[pid] = int(fields[11]) + int(fields[12])  # utime + stime
    return ticks


def kill_all(browser: subprocess.Popen[bytes]) -> None:
    """SIGKILL and reap every Chromium process, again until none is left: the children of a
    dying process come to us (the subreaper) only once it is gone."""
    browser.kill()
    browser.wait()
    deadline = time.monotonic() + 10
    while (pids := processes()) and time.monotonic() < deadline:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):  # not ours yet
                os.waitpid(pid, os.WNOHANG)
        time.sleep(0.01)


def run(display: str, resources: bool = False, timeout: float = 30) -> dict[str, float]:
    """One cold start: ms from spawn to first paint and to first-contentful-paint. With
    `resources`, also PSS 1 s after first paint and CPU time over the next 10 s, idle."""
    become_subreaper()
    home = Path(tempfile.mkdtemp(prefix="bench-chromium-"))
    # The crash handler keeps its reports under $XDG_CONFIG_HOME/chromium, not in the profile.
    env = {**os.environ, "DISPLAY": display, "XDG_CONFIG_HOME": str(home)}
    log = home / "stderr"
    command = ["chromium", *FLAGS, f"--user-data-dir={home / 'profile'}", PAGE.as_uri()]
    result: dict[str, float] = {}
    try:
        with log.open("wb") as err:
            start = time.time()
            # Own session: a Ctrl-C in the terminal reaches only us, and we kill Chromium in order.
            browser = subprocess.Popen(
                command, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err,
                start_new_session=True,
            )  # fmt: skip
        try:
            while len(found := dict(re.findall(rb"(FIRST_PAINT|FCP) ([0-9.]+)", log.read_bytes()))) < 2:
                if browser.poll() is not None or time.time() - start > timeout:
                    raise RuntimeError(f"Chromium never painted; its stderr ends:\n{log.read_text()[-2000:]}")
                time.sleep(0.01)
            first_paint = float(found[b"FIRST_PAINT"]) / 1000
            result["first_paint_ms"] = (first_paint - start) * 1000
            result["fcp_ms"] = float(found[b"FCP"]) - start * 1000
            if resources:
                time.sleep(max(0.0, first_paint + 1 - time.time()))
                pids = processes()
                result["processes"] = len(pids)
                result["pss_mb"] = pss_kb(pids) / 1024
                before = cpu_ticks(pids)
                time.sleep(10)
                ticks = sum(n - before.get(pid, 0) for pid, n in cpu_ticks(processes()).items())
                result["idle_cpu_ms_per_10s"] = ticks * 1000 / os.sysconf("SC_CLK_TCK")
        finally:
            kill_all(browser)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return result


def version() -> str:
    out = subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout
    return out.split()[1] if out else "?"
