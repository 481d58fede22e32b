"""The floor for bench/startup.py: the least any PySide6 Widgets window costs to start.

A bare window with a label and three buttons, shown like the kiosk (1920x1080), reporting as
bench/first_frame.py does: one JSON line {"first_paint": time.time() of its first Paint event}.
Whatever the kiosk takes beyond this is the kiosk's own doing.
"""

from __future__ import annotations

import json
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget


def main() -> None:
    app = QApplication([])
    window = QWidget()
    column = QVBoxLayout(window)
    column.addWidget(QLabel("Information about immigration"))
    for text in ("Start", "Language", "Help"):
        column.addWidget(QPushButton(text))
    report: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "first_paint" not in report:
                report["first_paint"] = time.time()
                QTimer.singleShot(0, lambda: app.exit(0))
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.resize(1920, 1080)
    window.show()
    app.exec()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
