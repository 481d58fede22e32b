"""The run ends, with a traceback, even when a test hangs holding Python's lock (issue 20: a
QMediaPlayer.stop deadlocked against Qt's FFmpeg thread; pytest-timeout's thread never woke)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from kiosk import PROJECT_ROOT

HANG = textwrap.dedent(
    """
    import ctypes

    def test_holds_the_lock_forever():
        ctypes.PyDLL(None).sleep(600)  # a C call made with the GIL held, as Qt's stop() was
    """
)


def test_a_test_that_hangs_holding_the_gil_ends_the_run_with_its_traceback(tmp_path: Path) -> None:
    (tmp_path / "test_hang.py").write_text(HANG)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "KIOSK_TEST_WATCHDOG_MARGIN_S": "1"}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "tests.helpers.watchdog"]
    options = ["-o", "timeout=2", "-o", "timeout_method=thread", "--rootdir", str(tmp_path)]
    before = time.monotonic()
    done = subprocess.run(
        [*command, *options, str(tmp_path / "test_hang.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    took = time.monotonic() - before
    assert done.returncode != 0
    assert took < 30, f"ended after {took:.0f} s"
    assert "Timeout" in done.stderr and "test_holds_the_lock_forever" in done.stderr, done.stderr[-3000:]
