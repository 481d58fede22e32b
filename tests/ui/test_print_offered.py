"""Print is offered only when a slip can come out: the real CUPS test queues, asked the way the
kiosk asks them (on a worker thread, when a card opens); the QR code is always there."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.navigation import Place
from kiosk.printing.health import printer_health
from kiosk.printing.outcome import PrinterHealth
from kiosk.ui.main_window import KioskWindow
from tests.helpers import cups_queue

pytestmark = pytest.mark.gui


def open_a_card(window: KioskWindow, qtbot: Any) -> None:
    assert window.content is not None
    window.attract.started.emit()
    window.go(Place("card", sorted(window.content.cards)[0]))
    qtbot.waitUntil(lambda: window.printer_watch.last is not None, timeout=10_000)


@pytest.mark.parametrize(
    ("queue", "offered"),
    [
        (cups_queue.PDF_QUEUE, True),
        (cups_queue.PAUSED_QUEUE, False),
        (cups_queue.REJECTING_QUEUE, False),
        (cups_queue.NO_PAPER_QUEUE, False),
        ("NoSuchPrinter", False),
    ],
)
def test_print_only_where_the_queue_can_print(
    make_window: Any, repo_config: Config, qtbot: Any, queue: str, offered: bool
) -> None:
    cups_queue.require_queues()
    cfg = dataclasses.replace(repo_config, printer=queue)
    window = make_window(printer_health=lambda: printer_health(cfg))
    open_a_card(window, qtbot)
    assert window.card.print_button.isVisible() is offered
    assert window.card.qr.isVisible()


def test_a_printer_ready_at_start_opens_no_window_of_its_own(make_window: Any, qtbot: Any) -> None:
    """The printer answers at start, before any card is shown: Print was then a button with no
    parent made visible, a window of its own, which cage shows full screen over the kiosk (seen
    in a booted Debian 13 container: a blank screen wherever a printer was ready)."""
    window = make_window(printer_health=lambda: PrinterHealth("OK", "'Lobby' ready"))
    # Print is offered (shown, though its card screen is not on view yet) ...
    qtbot.waitUntil(lambda: not window.card.print_button.isHidden(), timeout=5000)
    # ... and nothing but the kiosk is on the screen.
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]
    open_a_card(window, qtbot)
    assert window.card.print_button.isVisible()
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [window]


def test_a_printer_that_comes_back_is_offered_again_on_the_next_card(make_window: Any, qtbot: Any) -> None:
    state = {"now": PrinterHealth("FIX", "'Lobby' is paused")}
    window = make_window(printer_health=lambda: state["now"])
    assert window.content is not None
    first, second = sorted(window.content.cards)[:2]
    window.attract.started.emit()
    with qtbot.wait_signal(window.printer_watch.answered, timeout=5000):
        window.go(Place("card", first))
    assert not window.card.print_button.isVisible()
    state["now"] = PrinterHealth("OK", "'Lobby' ready")
    with qtbot.wait_signal(window.printer_watch.answered, timeout=5000):
        window.go(Place("card", second))  # asked again as the card opens
    assert window.card.print_button.isVisible()


def test_the_admin_screen_says_what_the_printer_answered(make_window: Any, qtbot: Any) -> None:
    window = make_window(printer_health=lambda: PrinterHealth("FIX", "'Lobby' is paused: resume it"))
    window.admin_flow.open()  # behind the PIN in real life (tests/ui/test_admin.py)
    qtbot.waitUntil(
        lambda: "Printer: 'Lobby' is paused: resume it" in window.admin.text_shown(), timeout=5000
    )


@pytest.mark.gui
@pytest.mark.parametrize(
    ("name", "port", "offered"),
    [
        ("Microsoft Print to PDF", "PORTPROMPT:", False),
        ("OneNote (Desktop)", "nul:", False),
        ("Lobby", "FILE:", False),
        ("EPSON TM-T88V Receipt", "USB001", True),
    ],
)
def test_print_is_not_offered_on_a_printer_that_writes_files(
    make_window: Any,
    repo_config: Config,
    qtbot: Any,
    default_printer: Any,
    name: str,
    port: str,
    offered: bool,
) -> None:
    default_printer(name, port)
    window: KioskWindow = make_window(printer_health=lambda: printer_health(repo_config))
    assert window.content is not None
    window.attract.started.emit()
    window.go(Place("card", sorted(window.content.cards)[0]))
    qtbot.waitUntil(lambda: window.printer_watch.last is not None, timeout=10_000)
    assert window.card.print_button.isVisible() is offered
    assert window.card.qr.isVisible()
    if not offered:
        assert window.printer_watch.last is not None
        assert "writes files" in window.printer_watch.last.text, "doctor and the admin screen say why"
