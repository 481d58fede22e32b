"""One print job from start to end, blocking: meant for a worker thread (system_printer.py).

With CUPS (Linux, macOS) the slip is rendered to a PDF in a private temporary folder and that
file is queued with libcups, not painted on a native QPrinter: Qt's CUPS engine also goes
through a PDF, but hides the job id, and without it the job can be neither watched nor
cancelled. The job is then watched until CUPS says it is done; a printer fault seen meanwhile
(paused, out of paper...) or the deadline cancels it, so no slip comes out later for the next
visitor. Without CUPS (the Windows spooler) Qt's native printing is used: the queue's state is
checked first, then the slip is painted straight to the printer; Windows gives Qt no job to
watch, so the caller's deadline is all there is.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.printing import cups
from kiosk.printing.faults import fault_of
from kiosk.printing.health import find_printer, qt_fault
from kiosk.printing.outcome import PrintOutcome
from kiosk.printing.pdf import paint_layout, render_pdf, slip_for

POLL_SECONDS = 0.2
JOB_TITLE = "West Sacramento information"  # all the queue shows: nothing of the visitor's


def _missing(cfg: Config) -> PrintOutcome:
    wanted = f"printer {cfg.printer!r}" if cfg.printer else "a default printer"
    return PrintOutcome(False, f"no {wanted} is set up on this computer", "no-printer")


def run_job(
    cfg: Config, content: Content, card_id: str, lang: str, deadline: float, stop: threading.Event
) -> PrintOutcome:
    """Print the slip; return by `deadline` (time.monotonic()) or soon after `stop` is set."""
    try:
        if cups.available():
            return _cups_job(cfg, content, card_id, lang, deadline, stop)
        return _qt_job(cfg, content, card_id, lang)
    except Exception as err:  # a printer must never take the kiosk down
        # Its type only: the message of an error met drawing the slip can name the card or
        # its language, and this detail is logged (kiosk/logs.py does the same to tracebacks).
        return PrintOutcome(
            False, f"printing failed: {type(err).__name__} (drawing or spooling the slip)", "error"
        )


def _cups_job(
    cfg: Config, content: Content, card_id: str, lang: str, deadline: float, stop: threading.Event
) -> PrintOutcome:
    status = cups.printer_status(cfg.printer)
    if status is None:
        return _missing(cfg)
    fault = fault_of(status)
    if fault:
        return PrintOutcome(False, fault.text, fault.reason)
    name = status.name
    folder = Path(tempfile.mkdtemp(prefix="kiosk-slip-"))  # mode 0700: only the kiosk user
    try:
        rendered = render_pdf(cfg, content, card_id, lang, folder / "slip.pdf")
        job_id = cups.submit(name, str(folder / "slip.pdf"), JOB_TITLE, {"media": rendered.media})
    except cups.CupsError as err:
        return PrintOutcome(False, f"printer {name!r} refused the job: {err}", "error")
    finally:
        shutil.rmtree(folder, ignore_errors=True)  # cupsd has its own copy once queued
    return _watch(name, job_id, deadline, stop)


def _watch(name: str, job_id: int, deadline: float, stop: threading.Event) -> PrintOutcome:
    job = f"{name}-{job_id}"
    while True:
        state = cups.job_state(name, job_id)
        if state is None or state == cups.COMPLETED:  # None: already purged from the history
            return PrintOutcome(True, f"printed on {name!r}", "", job)
        if state in (cups.CANCELED, cups.ABORTED):
            return PrintOutcome(
                False, f"printer {name!r} gave up the job (see the CUPS error log)", "error", job
            )
        status = cups.printer_status(name)
        fault = fault_of(status) if status else None
        if state == cups.HELD:
            outcome = PrintOutcome(
                False, f"printer {name!r} holds the job instead of printing it", "held", job
            )
        elif fault:
            outcome = PrintOutcome(False, fault.text, fault.reason, job)
        elif status is None:
            outcome = PrintOutcome(False, f"printer {name!r} went away during the job", "no-printer", job)
        elif time.monotonic() >= deadline or stop.is_set():
            outcome = PrintOutcome(False, f"printer {name!r} did not finish the job in time", "timeout", job)
        else:
            stop.wait(POLL_SECONDS)
            continue
        done = " (job cancelled)" if cups.cancel(name, job_id) else " (could not cancel the job)"
        return PrintOutcome(False, outcome.detail + done, outcome.reason, job)


def _qt_job(cfg: Config, content: Content, card_id: str, lang: str) -> PrintOutcome:
    info = find_printer(cfg.printer)
    if info is None:
        return _missing(cfg)
    name = info.printerName()
    fault = qt_fault(info)
    if fault:
        return PrintOutcome(False, fault.text, fault.reason)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(JOB_TITLE)
    try:
        paint_layout(printer, cfg.print_layout, slip_for(cfg, content, card_id, lang))
    except OSError:
        return PrintOutcome(False, f"printer {name!r} did not accept the job", "error")
    return PrintOutcome(True, f"sent to {name!r}")
