"""Child process of bench/startup.py: start the kiosk as `main.py run` does (kiosk.ui.app.open_kiosk:
the config, the Attract screen, then the content read and checked just after the first frame),
offscreen unless QT_QPA_PLATFORM says otherwise, and report as JSON on stdout the time.time() of
the first painted Attract frame (wall clock, the one clock all of startup.py's children report
in, Chromium included), of the moment the content was read (`settled`: READY=1 under systemd)
and, with --tour, the memory after showing every screen and card in every offered language."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def memory_kb() -> dict[str, int]:
    found = {}
    for name, key in (("/proc/self/status", "VmRSS:"), ("/proc/self/smaps_rollup", "Pss:")):
        for line in Path(name).read_text().splitlines():
            if line.startswith(key):
                found[key.rstrip(":").lower()] = int(line.split()[1])
    return found


def every_screen(window: KioskWindow) -> None:
    """One visit per offered language, through every screen and card (bench/memory.py too)."""

    from kiosk.navigation import Place

    content = window.content
    assert content is not None
    for code in window.cfg.languages:
        window.set_language(code)
        window.history.replace([Place("picker")])
        window.go(Place("picker"), remember=False)
        window.go(Place("topics"))
        for topic in content.topics:
            window.go(Place("cards", topic.id))
            for card in content.cards_of(topic.id):
                window.go(Place("card", card.id))
                window.repaint()
        window.countdown.show(window.cfg.idle_warning)
        window.repaint()
        window.reset_visit()


def hand_back(window: KioskWindow) -> None:
    """As a kiosk left alone after its last visit: what it hands back between visits, handed back."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    while window.between_visits.pending:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    QApplication.processEvents()


def main() -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    from kiosk import config
    from kiosk.qt_app import ensure_app
    from kiosk.status_file import FILE_NAME as STATUS_FILE
    from kiosk.status_file import StatusFile
    from kiosk.ui.app import open_kiosk

    cfg = config.load(None)
    app = ensure_app()
    report: dict[str, object] = {}
    status = StatusFile(cfg.resolve(cfg.state_dir) / STATUS_FILE)

    def settled() -> None:
        report["settled"] = time.time()
        QTimer.singleShot(0, after_start)

    window = open_kiosk(cfg, status, settled)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "first_paint" not in report:
                report["first_paint"] = time.time()
                report["content_read_at_first_paint"] = not window.updates.pending
            return False

    def after_start() -> None:
        content = window.content
        assert content is not None, "the kiosk found no valid content"
        report["after_start"] = memory_kb()
        if "--tour" in sys.argv:
            every_screen(window)
            report["after_tour"] = memory_kb()  # back on Attract, before the quiet spell's release
            hand_back(window)
            report["after_release"] = memory_kb()
        app.exit(0)  # quit() would ask the window, which refuses to close (lockdown)

    watcher = FirstPaint()
    window.attract.installEventFilter(watcher)
    window.resize(1920, 1080)
    window.show()
    app.exec()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
