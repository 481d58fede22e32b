"""`main.py` started where there is no screen (over SSH, a broken session) says so in one line
and exits 69, before Qt is loaded, instead of Qt's abort (exit 134)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli.device import NO_DISPLAY

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is X11/Wayland's")


def _run(*args: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.pop("KIOSK_CONFIG", None)
    env.update(extra)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("args", [(), ("--windowed",), ("run", "--windowed")])
def test_no_display_is_one_line_and_a_documented_code(args: tuple[str, ...]) -> None:
    done = _run(*args)
    assert done.returncode == NO_DISPLAY == 69
    lines = done.stderr.strip().splitlines()
    assert lines == [
        "no display here (DISPLAY and WAYLAND_DISPLAY are unset): --windowed needs a desktop; "
        "the kiosk is started by `systemctl start westsac-kiosk`"
    ]
    assert "Qt" not in done.stderr


def test_the_install_manual_documents_the_code() -> None:
    # IT staff read it in "Run by hand" (the README's front door links there).
    assert "exits with code 69" in (ROOT / "docs" / "it-install.md").read_text(encoding="utf-8")


def test_a_chosen_platform_is_left_to_qt() -> None:
    # QT_QPA_PLATFORM=offscreen needs no display: the check must not stand in its way. `config`
    # loads no Qt, so run the check itself the way `run` does.
    from kiosk.cli.device import _require_display

    _require_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    _require_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    _require_display({}, "win32")
