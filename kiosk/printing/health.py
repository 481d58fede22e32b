"""Can a slip come out of the printer now? One answer for `doctor`, the admin screen and, before
a visitor taps Print, the print button.

BLOCKING: `printer_health` asks cupsd through libcups (or, where there is no CUPS, Qt's printer
list), a round trip that takes milliseconds when cupsd is well and much longer when it hangs or
the queue points at a network printer that does not answer. Never call it on the GUI thread:
call it from a worker thread and hand the answer back with a queued signal.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.config import Config
from kiosk.printing import cups
from kiosk.printing.faults import Fault, fault_of, warnings_of
from kiosk.printing.file_printers import file_printer_text, writes_files
from kiosk.printing.outcome import PrinterHealth
from kiosk.printing.windows_ports import port_of

_STILL_QR = "Visitors can still scan the QR code."


def printer_health(cfg: Config) -> PrinterHealth:
    """The configured printer (or the default one) as its queue reports it now. Blocks: see above."""
    if cups.available():
        # CUPS tells paused, rejecting and out of paper apart; Qt's view does not.
        status = cups.printer_status(cfg.printer)
        if status is None:
            return _missing(cfg)
        fault = fault_of(status)
        if fault:
            return PrinterHealth("FIX", f"{fault.text}. {_STILL_QR}")
        warned = warnings_of(status)
        if warned:
            return PrinterHealth("WARN", f"{status.name!r} ready, but reports {', '.join(warned)}")
        return PrinterHealth("OK", f"{status.name!r} ready ({cfg.print_layout} layout)")
    info = find_printer(cfg.printer)
    if info is None:
        return _missing(cfg)
    fault = qt_fault(info)
    if fault:
        return PrinterHealth("FIX", f"{fault.text}. {_STILL_QR}")
    return PrinterHealth("OK", f"{info.printerName()!r} ready ({cfg.print_layout} layout)")


def _missing(cfg: Config) -> PrinterHealth:
    wanted = f"no printer {cfg.printer!r}" if cfg.printer else "no default printer"
    fix = "add it in CUPS (lpadmin, or the printer settings) or set `printer:` in the config"
    return PrinterHealth("FIX", f"{wanted} found; {fix}. {_STILL_QR}")


def find_printer(name: str) -> QPrinterInfo | None:
    """Qt's view of the named printer (empty: the default one), for systems without CUPS."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    return None if info.isNull() else info


def qt_fault(info: QPrinterInfo) -> Fault | None:
    """What little Qt can tell of why a job would not print (see faults.py for CUPS); and a
    printer that writes files (the Windows spooler's PDF, XPS, OneNote, Fax, FILE: port),
    whose Save As window would open over the kiosk, is a fault: Print is never offered there."""
    name = info.printerName()
    if writes_files(name, port_of(name)):
        return Fault("writes-files", file_printer_text(name))
    if info.state() == QPrinter.PrinterState.Error:
        return Fault("error", f"printer {name!r} reports an error: check paper, cover, queue")
    if info.state() == QPrinter.PrinterState.Aborted:
        return Fault("paused", f"printer {name!r} is paused or stopped: resume it")
    return None
