"""Cold start to the first painted frame, and memory after every screen: figures, printed.

.venv/bin/python bench/startup.py [--runs 10]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child(*flags: str) -> tuple[float, dict[str, dict[str, int]]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    out = subprocess.run(
        [sys.executable, str(HERE / "first_frame.py"), *flags],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    report = json.loads(out.strip().splitlines()[-1])
    return report["first_paint"] - start, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    child()  # warm the disk cache once: "cold" here means a new process, not a cold disk
    times = [child()[0] * 1000 for _ in range(args.runs)]
    _, tour = child("--tour")
    from PySide6 import __version__ as pyside

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"PySide6 {pyside}, QT_QPA_PLATFORM=offscreen"
    )
    print(
        f"cold start to first painted Attract frame, {args.runs} runs: "
        f"median {statistics.median(times):.0f} ms, min {min(times):.0f} ms, max {max(times):.0f} ms"
    )
    for stage in ("after_start", "after_tour"):
        mem = tour[stage]
        print(
            f"memory {stage.replace('_', ' ')}: RSS {mem['vmrss'] / 1024:.1f} MB, "
            f"PSS {mem['pss'] / 1024:.1f} MB"
        )


if __name__ == "__main__":
    main()
