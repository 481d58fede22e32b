"""Shared by the benchmarks: a kiosk window offscreen on the repository's content, a way to
wait for its next painted frame, and the process's own memory and handles."""

from __future__ import annotations

import dataclasses
import gc
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from kiosk import config  # noqa: E402
from kiosk.content.validate import load_content  # noqa: E402
from kiosk.ui.app import freeze_startup_objects  # noqa: E402
from kiosk.ui.main_window import KioskWindow  # noqa: E402
from kiosk.ui.tools.screenshots import offscreen_window  # noqa: E402


def kiosk(size: tuple[int, int] = (1920, 1080), **settings: Any) -> KioskWindow:
    cfg = dataclasses.replace(config.load(None), **settings)
    content = load_content(cfg.resolve(cfg.content_dir), cfg.allowed_qr_hosts).content
    assert content is not None
    window = offscreen_window(cfg, content, size)
    window.allow_close = True
    settle()
    while window.updates.preparing:  # what the event loop does in the first moments after start
        QApplication.instance().processEvents()
    freeze_startup_objects()  # as `kiosk run` does before its event loop
    # As a kiosk some seconds after start: what it hands back between visits, handed back.
    window.between_visits.release_now()
    return window


class PaintWatch(QObject):
    """Counts paint events anywhere in the window: a new frame has been drawn when it grows."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.paints = 0
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settle() -> None:
    """Let every posted event, deferred delete and pending paint run."""
    app = QApplication.instance()
    for _ in range(3):
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()


def until_painted(watch: PaintWatch, since: int, timeout: float = 2.0) -> float:
    """Process events until a frame after `since` has been painted; returns when, in seconds."""
    app = QApplication.instance()
    deadline = time.perf_counter() + timeout
    while watch.paints == since:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("no frame was painted")
    # The paint events of one frame arrive together: let the rest of this frame finish.
    app.processEvents()
    return time.perf_counter()


def memory_mb() -> dict[str, float]:
    """Resident (all, and private anonymous: the heap, where a leak would show) and
    proportional set size. File-backed pages come and go as Qt's font cache maps and unmaps
    font files, so growth is judged on RssAnon."""
    found = {}
    sources = (
        ("/proc/self/status", "VmRSS:"),
        ("/proc/self/status", "RssAnon:"),
        ("/proc/self/smaps_rollup", "Pss:"),
    )
    for name, key in sources:
        for line in Path(name).read_text().splitlines():
            if line.startswith(key):
                found[key.rstrip(":").lower()] = int(line.split()[1]) / 1024
    return found


def counts(window: QWidget) -> dict[str, int]:
    gc.collect()
    return {
        "qt_objects": len(window.findChildren(QObject)) + len(QApplication.allWidgets()),
        "python_objects": len(gc.get_objects()),
        "open_files": len(os.listdir("/proc/self/fd")),
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]
