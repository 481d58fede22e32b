"""The Qt binding itself must not leak or drop references: the kiosk makes millions of calls.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every void call and to True on
every signal emission; the count reaching zero aborts the process ("deallocating None",
bool_dealloc). Each test counts the references to None, True and False around many calls and
asserts they do not fall. On Python 3.12+ those objects are immortal (PEP 683): their counts
never move, so a binding that drops them cannot be seen there, and these tests skip. A pass on
3.12+ says nothing about 3.11: the pin in pyproject.toml stays by Python version.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QObject, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPainter

from kiosk.qt_app import ensure_app

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None, True and False are immortal on Python 3.12+ (PEP 683): their reference counts "
    "never move, so a dropped reference cannot be detected",
)

CALLS = 100  # fewer than the references a test process holds to True (~570): a drop shows, no abort


def _give_back(obj: object, references: int) -> None:
    # Dropped references would bring the count to zero later in the run (or as Python exits) and
    # abort it with no report: the binding's debt is paid, so that the failure is reported.
    for _ in range(references):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


@contextmanager
def references_kept(*objects: object) -> Iterator[None]:
    before = [sys.getrefcount(o) for o in objects]
    yield
    after = [sys.getrefcount(o) for o in objects]
    dropped = {repr(o): b - a for o, b, a in zip(objects, before, after, strict=True) if b - a > 0}
    for o, b, a in zip(objects, before, after, strict=True):
        _give_back(o, b - a)
    # A few references may come and go with the interpreter's own work; a binding that drops one
    # per call drops CALLS of them.
    assert all(n < CALLS // 4 for n in dropped.values()), f"references dropped over {CALLS} calls: {dropped}"


class Sender(QObject):
    flag = Signal(bool)
    anything = Signal(object)
    ping = Signal()


class Receiver(QObject):
    def __init__(self) -> None:
        super().__init__()
        # Counted, not kept: a list of the values would hold a reference per call and hide one
        # dropped per call.
        self.calls = 0
        self.received: set[object] = set()

    @Slot(bool)
    def on_flag(self, value: bool) -> None:
        self.calls += 1
        self.received.add(value)

    @Slot(object)
    def on_anything(self, value: object) -> None:
        self.calls += 1
        self.received.add(value)

    @Slot(result=bool)
    def answers_true(self) -> bool:
        self.calls += 1
        return True

    @Slot()
    def answers_none(self) -> None:
        self.calls += 1


def test_void_calls_keep_none_alive() -> None:
    # PySide6 6.12.0 decremented None's count on every void call; on Python 3.11 the process
    # aborted ("deallocating None") after a few thousand paints.
    ensure_app()
    image = QImage(16, 16, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        with references_kept(None):
            for _ in range(CALLS):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRect(QRectF(1, 1, 2, 2))
    finally:
        painter.end()


@pytest.mark.parametrize("value", [True, False])
def test_a_bool_signal_keeps_true_and_false_alive(value: bool) -> None:
    # 6.12.0: 100 emissions of a Signal(bool) took True from 573 references to 473.
    ensure_app()
    sender, receiver = Sender(), Receiver()
    sender.flag.connect(receiver.on_flag)
    with references_kept(True, False, None):
        for _ in range(CALLS):
            sender.flag.emit(value)
    assert (receiver.calls, receiver.received) == (CALLS, {value})


@pytest.mark.parametrize("value", [None, True, False])
def test_a_signal_carrying_an_object_keeps_it_alive(value: object) -> None:
    ensure_app()
    sender, receiver = Sender(), Receiver()
    sender.anything.connect(receiver.on_anything)
    with references_kept(True, False, None):
        for _ in range(CALLS):
            sender.anything.emit(value)
    assert (receiver.calls, receiver.received) == (CALLS, {value})


@pytest.mark.parametrize("slot", [Receiver.answers_true, Receiver.answers_none], ids=["True", "None"])
def test_what_a_slot_returns_is_kept_alive(slot: Callable[[Receiver], object]) -> None:
    ensure_app()
    sender, receiver = Sender(), Receiver()
    sender.ping.connect(getattr(receiver, slot.__name__))
    with references_kept(True, False, None):
        for _ in range(CALLS):
            sender.ping.emit()
    assert receiver.calls == CALLS
