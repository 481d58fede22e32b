"""The pytest process never loads Qt's media player nor its text-to-speech (issue 20).

QMediaPlayer.stop can deadlock against Python's lock (the GUI thread holds it waiting on a Qt
mutex that Qt's FFmpeg thread holds while it waits for the lock), and nothing in the process
can then end the test. So sound is made only in processes of its own: the real sound process
(kiosk/ui/audio/sound_child.py), or a pytest run of its own for the checks that look inside
the player and the voice (tests/helpers/own_process.py). A run that loaded either module fails.
"""

from __future__ import annotations

import os
import sys

import pytest

MODULES = ("PySide6.QtMultimedia", "PySide6.QtTextToSpeech")
ALLOWED = "KIOSK_TEST_SOUND_IN_PROCESS"  # set only for those runs of their own


def loaded() -> list[str]:
    return [name for name in MODULES if name in sys.modules]


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    found = loaded()
    if found and not os.environ.get(ALLOWED):
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        why = f"the pytest process loaded {', '.join(found)}: sound runs in a process of its own"
        why += " (tests/helpers/no_multimedia.py)"
        if reporter is not None:
            reporter.write_line(f"ERROR: {why}", red=True, bold=True)
        else:
            print(f"ERROR: {why}", file=sys.stderr)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
