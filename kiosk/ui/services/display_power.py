"""The display off outside opening hours, where the session can switch it: DPMS under X
(`xset`), the wlr output-power protocol under Wayland compositors that have it (`wlopm`).
Elsewhere the kiosk only draws black. Started detached: nothing waits on it."""

from __future__ import annotations

import logging
import shutil

from PySide6.QtCore import QProcess
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)


def _command(on: bool) -> list[str] | None:
    platform = QGuiApplication.platformName()
    if platform == "xcb" and shutil.which("xset"):
        return ["xset", "dpms", "force", "on" if on else "off"]
    if platform.startswith("wayland") and shutil.which("wlopm"):
        return ["wlopm", "--on" if on else "--off", "*"]
    return None


class DisplayPower:
    def __init__(self) -> None:
        self._said = False

    def set_on(self, on: bool) -> None:
        command = _command(on)
        if command is None:
            if not on and not self._said:
                self._said = True
                log.info("the display stays powered outside opening hours (no xset or wlopm here)")
            return
        QProcess.startDetached(command[0], command[1:])
