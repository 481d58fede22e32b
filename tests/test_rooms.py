"""The running kiosk keeps to its own rooms: it never loads the offscreen tools (screenshots,
checks, stand-ins) nor the staff's command-line tools."""

from __future__ import annotations

import subprocess
import sys

from kiosk import PROJECT_ROOT


def modules_loaded_by(module: str) -> set[str]:
    code = f"import sys, {module}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    return set(out.stdout.split())


def test_the_running_kiosk_never_imports_the_offscreen_tools() -> None:
    loaded = modules_loaded_by("kiosk.ui.app")
    assert "kiosk.ui.main_window" in loaded  # it did load the kiosk itself
    tools = sorted(m for m in loaded if m.startswith("kiosk.ui.tools") or m == "kiosk.doctor")
    assert tools == []


def test_the_kiosk_starts_without_the_validator_and_the_staff_tools_libraries() -> None:
    # Each costs tens of milliseconds before the first frame: jsonschema and markdown-it only
    # check a new folder (after the first frame), Babel reads catalogs and writes PO files,
    # PyCA cryptography verifies signatures (a kiosk without trusted keys never needs it).
    heavy = ("jsonschema", "markdown_it", "babel", "cryptography", "pyphen")
    for start in ("kiosk.cli", "kiosk.ui.app"):
        loaded = modules_loaded_by(start)
        assert sorted(m for m in loaded if m.split(".")[0] in heavy) == [], start
