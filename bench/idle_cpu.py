"""What the kiosk costs while nobody touches it: CPU time and wake-ups over a quiet minute.

.venv/bin/python bench/idle_cpu.py [--seconds 60] [--json FILE]

Three kiosks run side by side, offscreen, each left alone for the same time: one on the Attract
screen just after a visit (it changes language every `attract_cycle` seconds, its only timer),
one on the Attract screen after a quiet spell (`attract_quiet_after`: every
`attract_quiet_cycle` seconds), one on a long card (the idle timeout set beyond the measurement,
so that only the card itself is measured, not the countdown that would follow).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")
PLACES = ("attract", "quiet attract", "card")


def _cpu_and_switches() -> tuple[float, int]:
    """CPU time in ms and voluntary context switches (wake-ups) of every thread of this process.

    The time is the scheduler's own count in nanoseconds (schedstat), not utime+stime: those are
    sampled at each 10 ms tick, so a wake-up of 1 ms is charged 0 or 10 ms by luck."""
    cpu_ns = 0
    switches = 0
    for task in Path("/proc/self/task").iterdir():
        cpu_ns += int((task / "schedstat").read_text().split()[0])
        for line in (task / "status").read_text().splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                switches += int(line.split()[1])
    return cpu_ns / 1e6, switches


def child(place: str, seconds: float) -> None:
    from kiosk_harness import kiosk, settle
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.navigation import Place

    # A quiet spell of one second stands in for the default ten minutes: the pace after it is
    # the same, and the measurement starts once it is over.
    quiet = {"attract_quiet_after": 1 / 60} if place == "quiet attract" else {}
    window = kiosk(idle_timeout=3600, **quiet)
    if quiet:
        QTimer.singleShot(int(window.cfg.attract_cycle * 1000 + 500), QApplication.instance().exit)
        QApplication.instance().exec()
    if place == "card":
        window.history.replace([Place("picker"), Place("topics")])
        window.go(Place("card", "safety-for-everyone"))
    settle()
    start = _cpu_and_switches()
    QTimer.singleShot(int(seconds * 1000), QApplication.instance().exit)
    QApplication.instance().exec()
    end = _cpu_and_switches()
    print(json.dumps({"cpu_ms": end[0] - start[0], "wakeups": end[1] - start[1]}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--child", choices=PLACES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seconds)
        return
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = {
        place: subprocess.Popen(
            [sys.executable, __file__, "--child", place, "--seconds", str(args.seconds)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        for place in PLACES
    }
    figures = {
        place: json.loads(run.communicate()[0].strip().splitlines()[-1]) for place, run in runs.items()
    }
    budget = args.seconds / 10 * TICK_MS  # the target: one scheduler tick per 10 s
    print(
        f"idle for {args.seconds:.0f} s, offscreen (scheduler tick {TICK_MS:.0f} ms; target {budget:.0f} ms):"
    )
    for place, f in figures.items():
        rate = f["cpu_ms"] / args.seconds
        print(f"  {place:<14} CPU {f['cpu_ms']:6.0f} ms ({rate:5.1f} ms/s), {f['wakeups']} wake-ups")
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1))


if __name__ == "__main__":
    main()
