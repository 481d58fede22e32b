"""Checks that must load Qt's media player or text-to-speech, run by a pytest of their own:
a deadlock there (issue 20) ends that process at its time limit, never the suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk import PROJECT_ROOT
from tests.helpers.no_multimedia import ALLOWED

LIMIT_S = 240


def run_checks(path: Path) -> None:
    """Run the `check_*` tests of `path` in a pytest process of their own; fail with its output."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        "-o",
        "python_files=check_*.py",
    ]
    env = {**os.environ, ALLOWED: "1", "PYTHONPATH": str(PROJECT_ROOT)}
    try:
        done = subprocess.run(
            [*command, str(path)],
            cwd=PROJECT_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=LIMIT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as timed_out:  # killed: a hang in Qt's media threads
        raise AssertionError(f"{path.name} hung for {LIMIT_S} s:\n{timed_out.stdout!s}") from None
    assert done.returncode == 0, f"{path.name} failed:\n{done.stdout[-6000:]}\n{done.stderr[-2000:]}"
