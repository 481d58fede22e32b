"""A test run that loads Qt's media player in the pytest process fails (tests/helpers/
no_multimedia.py): the deadlock of issue 20 cannot then happen where nothing can end it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import PROJECT_ROOT
from tests.helpers.no_multimedia import ALLOWED


def run(tmp_path: Path, body: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_one.py").write_text(f"def test_one():\n    {body}\n")
    env = {k: v for k, v in os.environ.items() if k != ALLOWED} | {"PYTHONPATH": str(PROJECT_ROOT)}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "tests.helpers.no_multimedia"]
    return subprocess.run(
        [*command, "--rootdir", str(tmp_path), str(tmp_path / "test_one.py")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("module", ["QtMultimedia", "QtTextToSpeech"])
def test_a_run_that_loads_qt_sound_fails(tmp_path: Path, module: str) -> None:
    done = run(tmp_path, f"import PySide6.{module}")
    assert done.returncode == pytest.ExitCode.TESTS_FAILED, done.stdout[-2000:]
    assert "1 passed" in done.stdout and f"loaded PySide6.{module}" in done.stdout


def test_a_run_without_it_passes(tmp_path: Path) -> None:
    done = run(tmp_path, "import PySide6.QtCore")
    assert done.returncode == 0, done.stdout[-2000:]
