"""The print back ends behind one protocol: the PDF back end writes each slip as a file on a
worker thread and answers on the GUI thread; the printer watch asks a stand-in on the GUI
thread and the system printer on a worker."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from kiosk.config import from_mapping
from kiosk.printing.backend import PdfPrinter, PrintBackend, SystemPrinter
from kiosk.printing.outcome import PrinterHealth, PrintOutcome
from kiosk.ui.services.printer_watch import printer_watch_for
from kiosk.ui.tools.stand_ins import NoPrinter
from tests.helpers.content import load_repo_content
from tests.helpers.pdf import contains, pdf_text
from tests.helpers.printer import RecordingPrinter


def test_the_pdf_back_end_writes_each_slip_as_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    cfg = from_mapping({})
    content = load_repo_content(cfg)
    card = next(iter(content.cards.values()))
    printer: PrintBackend = PdfPrinter(cfg, tmp_path / "slips")
    assert printer.health() == PrinterHealth("OK", f"slips are written as PDF files in {tmp_path / 'slips'}")
    outcomes: list[tuple[PrintOutcome, bool]] = []
    for _ in range(2):
        printer.start(
            content,
            card.id,
            "en",
            lambda o: outcomes.append((o, threading.current_thread() is threading.main_thread())),
        )
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=20_000)
    first, second = tmp_path / "slips" / "slip-1.pdf", tmp_path / "slips" / "slip-2.pdf"
    assert sorted(outcomes, key=lambda pair: pair[0].detail) == [
        (PrintOutcome(True, f"written to {first}"), True),
        (PrintOutcome(True, f"written to {second}"), True),
    ], "both written, each answered on the GUI thread"
    assert contains(pdf_text(first), card.title)


def test_the_pdf_back_end_says_when_its_folder_cannot_be(tmp_path: Path) -> None:
    (tmp_path / "slips").write_text("")
    health = PdfPrinter(from_mapping({}), tmp_path / "slips").health()
    assert health.status == "FIX" and "not a folder" in health.text


def test_stand_ins_are_asked_at_once_and_the_system_printer_on_a_worker(qtbot: QtBot) -> None:
    parent = QObject()
    for stand_in in (RecordingPrinter(PrinterHealth("WARN", "toner low")), NoPrinter()):
        watch = printer_watch_for(parent, stand_in)
        watch.ask()
        assert watch.last == stand_in.health(), "answered before ask() returned: no thread"
    asked_on: list[bool] = []

    class Spooler(SystemPrinter):
        def health(self) -> PrinterHealth:
            asked_on.append(threading.current_thread() is threading.main_thread())
            return PrinterHealth("OK", "'Lobby' ready")

    watch = printer_watch_for(parent, Spooler(from_mapping({})))
    with qtbot.wait_signal(watch.answered, timeout=5000):
        watch.ask()
    assert asked_on == [False], "libcups may block: never asked on the GUI thread"
