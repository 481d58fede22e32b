"""Cold start to the first painted frame of the kiosk, of the floor (a bare PySide6 window) and
of Chromium in kiosk mode on the same page in HTML; memory of the kiosk and of Chromium.

.venv/bin/python bench/startup.py [--runs 10] [--json FILE]

Each run starts a new process of every kind, in the same order within one loop, so that the
noise of the machine falls on all of them alike. Every child reports the time.time() of its
first paint; the figure is that minus time.time() just before the spawn. Under Xvfb the
platform is real xcb: one server, started here, serves every run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import chromium_first_paint as chromium
from xvfb import xvfb

HERE = Path(__file__).resolve().parent
STAGES = ("after_start", "after_tour", "after_release")  # kiosk memory, bench/first_frame.py --tour
KINDS = {  # name: (script, QT_QPA_PLATFORM); Chromium comes last in each loop
    "kiosk, offscreen": ("first_frame.py", "offscreen"),
    "kiosk, Xvfb": ("first_frame.py", "xcb"),
    "floor, offscreen": ("floor.py", "offscreen"),
    "floor, Xvfb": ("floor.py", "xcb"),
}


def qt_child(script: str, qpa: str, display: str, *flags: str) -> tuple[float, dict[str, Any]]:
    env = {**os.environ, "QT_QPA_PLATFORM": qpa, "DISPLAY": display}
    start = time.time()
    # run() kills the child on any exception, Ctrl-C included
    out = subprocess.run(
        [sys.executable, str(HERE / script), *flags],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout
    report = json.loads(out.strip().splitlines()[-1])
    return (report["first_paint"] - start) * 1000, report


def one_of_each(display: str, read: dict[str, list[float]] | None = None) -> dict[str, float]:
    """One start of each kind; `read` gathers the kiosk's first frame to its content read."""
    times = {}
    for name, (script, qpa) in KINDS.items():
        times[name], report = qt_child(script, qpa, display)
        if "settled" in report and read is not None:
            read.setdefault(name, []).append((report["settled"] - report["first_paint"]) * 1000)
    found = chromium.run(display)
    times["Chromium, Xvfb"] = found["first_paint_ms"]
    times["Chromium FCP, Xvfb"] = found["fcp_ms"]
    return times


def summary(times: list[float]) -> dict[str, float]:
    # quantiles() needs two points; "inclusive" keeps p10 and p90 within the measured range
    deciles = statistics.quantiles(times, n=10, method="inclusive") if len(times) > 1 else times
    return {
        "median": statistics.median(times),
        "p10": deciles[0],
        "p90": deciles[-1],
        "min": min(times),
        "max": max(times),
    }


def machine() -> dict[str, str | int | None]:
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "pyside6": version("PySide6-Essentials"),
        "chromium": chromium.version(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    # SIGTERM should unwind like Ctrl-C, through the clean-ups below
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    runs: dict[str, list[float]] = {}
    read: dict[str, list[float]] = {}  # the kiosk's first frame to its content read and checked
    with tempfile.TemporaryDirectory(prefix="bench-pycache-") as pycache, xvfb() as display:
        # A deployed kiosk has its modules' bytecode cached after its first start; children do
        # too, in a cache of their own, whatever PYTHONDONTWRITEBYTECODE says in this shell
        # (which alone added ~20 ms to the kiosk, compiling its sources at every start).
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = pycache
        # Warm the disk and bytecode caches once: "cold" here means a new process, not a cold disk
        one_of_each(display)
        for _ in range(args.runs):
            for name, ms in one_of_each(display, read).items():
                runs.setdefault(name, []).append(ms)
        _, tour = qt_child("first_frame.py", "offscreen", display, "--tour")
        browser = chromium.run(display, resources=True)

    stats = {name: summary(times) for name, times in runs.items()}
    medians = {name: s["median"] for name, s in stats.items()}
    # The project's targets. Chromium runs only under Xvfb, so it is compared with the kiosk there.
    ratios = {
        name: {"ratio": medians[kiosk] / medians[other], "target": target}
        for name, kiosk, other, target in (
            ("kiosk / Chromium, Xvfb", "kiosk, Xvfb", "Chromium, Xvfb", 0.45),
            ("kiosk / floor, offscreen", "kiosk, offscreen", "floor, offscreen", 1.5),
            ("kiosk / floor, Xvfb", "kiosk, Xvfb", "floor, Xvfb", 1.5),
        )
    }
    about = machine()

    print(
        f"machine: {about['cpu']}, {about['cores']} cores, Python {about['python']}, "
        f"PySide6 {about['pyside6']}, Chromium {about['chromium']}"
    )
    print(f"cold start to first painted frame, {args.runs} paired runs, ms:")
    print(f"  {'':<20}{'median':>8}{'p10':>8}{'p90':>8}{'min':>8}{'max':>8}")
    for name, s in stats.items():
        print(f"  {name:<20}" + "".join(f"{s[key]:8.0f}" for key in ("median", "p10", "p90", "min", "max")))
    for name, times in read.items():
        median = statistics.median(times)
        print(f"  {name}: its first frame to its content read (READY=1), median {median:.0f} ms")
    for stage in STAGES:
        mem = tour[stage]
        print(
            f"kiosk memory {stage.replace('_', ' ')} (offscreen): RSS {mem['vmrss'] / 1024:.1f} MB, "
            f"PSS {mem['pss'] / 1024:.1f} MB"
        )
    print(
        f"Chromium memory 1 s after first paint (Xvfb): PSS {browser['pss_mb']:.1f} MB "
        f"over {browser['processes']:.0f} processes"
    )
    print(f"Chromium CPU time over 10 s idle on the page: {browser['idle_cpu_ms_per_10s']:.0f} ms")
    print("cold start ratios (of medians):")
    for name, r in ratios.items():
        verdict = "met" if r["ratio"] <= r["target"] else "NOT met"
        print(f"  {name}: {r['ratio']:.2f} (target <= {r['target']}, {verdict})")

    if args.json:
        figures = {
            "machine": about,
            "runs": args.runs,
            "cold_start_ms": {name: {**stats[name], "runs": runs[name]} for name in runs},
            "kiosk_memory_kb": {stage: tour[stage] for stage in STAGES},
            "chromium": browser,
            "ratios": ratios,
            "kiosk_content_read_after_first_frame_ms": {name: summary(times) for name, times in read.items()},
        }
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
