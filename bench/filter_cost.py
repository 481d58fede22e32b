"""Python cost of the kiosk's application event filters per non-input event: 100,000
UpdateRequest events sent with QApplication.sendEvent to a hidden widget, before the kiosk
window exists (no filters of ours) and after (its filters), best of 5 runs each.
Run from a tree: cd <tree> && PYTHONPATH=$PWD .venv/bin/python bench/filter_cost.py
(issue 24: one input router instead of five Python filters; run it on two trees, paired)."""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.getcwd())
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import from_mapping
from kiosk.qt_app import ensure_app
from kiosk.ui.audio.sound_link import NoSound
from kiosk.ui.audio.speaker import Speaker
from kiosk.ui.main_window import KioskWindow
from tests.helpers.content import load_repo_content

N = 100_000
app = ensure_app()
bare = QWidget()


def best(kind):
    send, ev = QApplication.sendEvent, QEvent(kind)
    out = 1e9
    for _ in range(5):
        t = time.perf_counter()
        for _ in range(N):
            send(bare, ev)
        out = min(out, time.perf_counter() - t)
    return out


kinds = (QEvent.Type.UpdateRequest, QEvent.Type.Timer)
before = {k: best(k) for k in kinds}
cfg = from_mapping({})
window = KioskWindow(cfg, load_repo_content(cfg), speaker=Speaker(NoSound()))
after = {k: best(k) for k in kinds}
calls = 0


def prof(frame, what, arg):
    global calls
    if what == "call" and frame.f_code.co_name in ("eventFilter", "handle"):
        calls += 1


sys.setprofile(prof)
QApplication.sendEvent(bare, QEvent(QEvent.Type.UpdateRequest))
sys.setprofile(None)
for k in kinds:
    print(
        f"{k.name}: no filters {before[k] / N * 1e6:.2f} us/event, "
        f"with the window {after[k] / N * 1e6:.2f} us/event, "
        f"filters cost {(after[k] - before[k]) / N * 1e6:.2f} us/event"
    )
print(f"Python eventFilter/handle calls per non-input event: {calls}")
window.allow_close = True
