"""Waiting for a window's folder check, which runs on a worker thread (kiosk/ui/flows/updates.py):
on its result, not on the clock."""

from __future__ import annotations

from typing import Any

from kiosk.ui.main_window import KioskWindow


def wait_for_check(qtbot: Any, window: KioskWindow) -> None:
    """Until the check under way (and any queued after it) has its result taken or held."""
    qtbot.waitUntil(lambda: not window.updates.checking, timeout=20000)
