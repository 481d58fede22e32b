"""What prints a slip, behind one protocol (dangerzone's isolation providers: a base, a real one,
a dummy): start a job, say whether a slip can come out now. The print flow and the printer
watch hold a back end and nothing else of the printer: neither sees the config.

Back ends: `SystemPrinter` (CUPS on Linux and macOS, the Windows spooler elsewhere: spooler.py),
`PdfPrinter` (each slip a PDF file in a folder: a kiosk with no printer, a demonstration), and
the stand-ins of tests (tests/helpers/printer.py) and screenshots (kiosk/ui/tools/stand_ins.py).
No Qt here: the window imports this before its first frame; Qt's print support is loaded on
the first job or question.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk.printing.outcome import PrinterHealth, PrintOutcome

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.content.model import Content

PrintDone = Callable[[PrintOutcome], None]


class PrintBackend(Protocol):
    # True when `health` answers at once, without asking anything outside the process (a
    # stand-in): the watch may then ask it on the GUI thread rather than on a worker.
    answers_at_once: bool

    def start(self, content: Content, card_id: str, lang: str, done: PrintDone) -> None:
        """Print `card_id` in `lang`; return at once. `done` runs once, on the GUI thread, when
        the job has an outcome (within the back end's time bound)."""

    def health(self) -> PrinterHealth:
        """Can a slip come out now? May block (libcups): the watch asks it on a worker thread."""


class SystemPrinter:
    """The configured printer (`printer`, or the system's default), in `print_layout`, each
    job bounded by `print_timeout`."""

    answers_at_once = False

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg  # the print settings and the translations the slip is written from

    def start(self, content: Content, card_id: str, lang: str, done: PrintDone) -> None:
        from kiosk.printing.spooler import run_job
        from kiosk.printing.system_printer import start_print

        cfg = self.cfg
        start_print(
            cfg.print_timeout,
            lambda deadline, stop: run_job(cfg, content, card_id, lang, deadline, stop),
            done,
        )

    def health(self) -> PrinterHealth:
        from kiosk.printing.health import printer_health

        return printer_health(self.cfg)


class PdfPrinter:
    """Each slip written as a PDF file (slip-1.pdf, slip-2.pdf...) into `folder`, painted on a
    worker thread like a real job; always ready while the folder can be written."""

    answers_at_once = True  # a stat of a local folder

    def __init__(self, cfg: Config, folder: Path) -> None:
        self.cfg = cfg
        self.folder = folder
        self._numbers = itertools.count(1)
        # One slip painted at a time: two QPainters on PDFs in two threads can crash Qt's fonts.
        self._painting = threading.Lock()

    def start(self, content: Content, card_id: str, lang: str, done: PrintDone) -> None:
        from kiosk.printing.pdf import render_pdf
        from kiosk.printing.system_printer import start_print

        path = self.folder / f"slip-{next(self._numbers)}.pdf"
        cfg = self.cfg

        def job(deadline: float, stop: threading.Event) -> PrintOutcome:
            try:
                with self._painting:
                    self.folder.mkdir(parents=True, exist_ok=True)
                    render_pdf(cfg, content, card_id, lang, path)
            except OSError as err:
                return PrintOutcome(
                    False, f"cannot write a slip in {self.folder}: {err.strerror or err}", "error"
                )
            return PrintOutcome(True, f"written to {path}")

        start_print(cfg.print_timeout, job, done)

    def health(self) -> PrinterHealth:
        if self.folder.is_dir() or not self.folder.exists():
            return PrinterHealth("OK", f"slips are written as PDF files in {self.folder}")
        return PrinterHealth("FIX", f"{self.folder} is not a folder: slips cannot be written")
