"""The few libcups calls the kiosk needs, through ctypes (Linux and macOS; no Qt).

Why libcups rather than QPrinterInfo or the lp/lpstat commands: QPrinterInfo reports a paused
queue and one that is out of paper both as "idle" or "error" at best, and cannot give us the job
id that we must watch and, after print_timeout, cancel. The lp tools need the cups-client
package and print localised text that would have to be parsed. libcups (libcups2, which Qt's
print support already loads) answers in IPP terms: printer-state, printer-is-accepting-jobs,
printer-state-reasons, and a job's state by its id.

Every call here blocks for a round trip to the local cupsd (milliseconds), so callers use it
from a worker thread. libcups keeps its connection and last error per thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from functools import lru_cache

from kiosk.printing.faults import IDLE, PrinterStatus

# IPP job-state values.
PENDING, HELD, PROCESSING, STOPPED, CANCELED, ABORTED, COMPLETED = range(3, 10)
FINISHED = (CANCELED, ABORTED, COMPLETED)
_WHICHJOBS_ALL, _WHICHJOBS_ACTIVE = -1, 0


class _Option(ctypes.Structure):
    _fields_ = [("name", ctypes.c_char_p), ("value", ctypes.c_char_p)]


class _Dest(ctypes.Structure):
    _fields_ = [
        ("name", ctypes.c_char_p),
        ("instance", ctypes.c_char_p),
        ("is_default", ctypes.c_int),
        ("num_options", ctypes.c_int),
        ("options", ctypes.POINTER(_Option)),
    ]


class _Job(ctypes.Structure):
    _fields_ = [
        ("id", ctypes.c_int),
        ("dest", ctypes.c_char_p),
        ("title", ctypes.c_char_p),
        ("user", ctypes.c_char_p),
        ("format", ctypes.c_char_p),
        ("state", ctypes.c_int),
        ("size", ctypes.c_int),
        ("priority", ctypes.c_int),
        ("completed_time", ctypes.c_long),
        ("creation_time", ctypes.c_long),
        ("processing_time", ctypes.c_long),
    ]


class CupsError(Exception):
    """libcups said no; the text is its own (cupsLastErrorString)."""


@lru_cache(maxsize=1)
def _lib() -> ctypes.CDLL | None:
    if sys.platform == "win32":
        return None  # the Windows spooler: Qt's own print path (see spooler.py)
    name = ctypes.util.find_library("cups")
    if not name:
        return None
    try:
        lib = ctypes.CDLL(name)
    except OSError:
        return None
    lib.cupsGetNamedDest.restype = ctypes.POINTER(_Dest)
    lib.cupsGetNamedDest.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p]
    lib.cupsFreeDests.argtypes = [ctypes.c_int, ctypes.POINTER(_Dest)]
    lib.cupsAddOption.restype = ctypes.c_int
    lib.cupsAddOption.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(ctypes.POINTER(_Option)),
    ]
    lib.cupsFreeOptions.argtypes = [ctypes.c_int, ctypes.POINTER(_Option)]
    lib.cupsPrintFile.restype = ctypes.c_int
    lib.cupsPrintFile.argtypes = [
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.POINTER(_Option),
    ]
    lib.cupsGetJobs.restype = ctypes.c_int
    lib.cupsGetJobs.argtypes = [
        ctypes.POINTER(ctypes.POINTER(_Job)),
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_int,
    ]
    lib.cupsFreeJobs.argtypes = [ctypes.c_int, ctypes.POINTER(_Job)]
    lib.cupsCancelJob.restype = ctypes.c_int
    lib.cupsCancelJob.argtypes = [ctypes.c_char_p, ctypes.c_int]
    lib.cupsLastErrorString.restype = ctypes.c_char_p
    return lib


def available() -> bool:
    return _lib() is not None


def _last_error(lib: ctypes.CDLL) -> str:
    text = lib.cupsLastErrorString()
    return text.decode("utf-8", "replace") if text else "unknown CUPS error"


def printer_status(name: str) -> PrinterStatus | None:
    """The named printer (empty: the default one) as cupsd sees it now; None if there is none."""
    lib = _lib()
    if lib is None:
        return None
    dest = lib.cupsGetNamedDest(None, name.encode() if name else None, None)
    if not dest:
        return None
    try:
        d = dest.contents
        options = {
            d.options[i].name.decode(): (d.options[i].value or b"").decode("utf-8", "replace")
            for i in range(d.num_options)
        }
        reasons = tuple(
            r for r in options.get("printer-state-reasons", "none").split(",") if r and r != "none"
        )
        return PrinterStatus(
            name=d.name.decode(),
            state=int(options.get("printer-state", IDLE) or IDLE),
            accepting=options.get("printer-is-accepting-jobs", "true") != "false",
            reasons=reasons,
        )
    finally:
        lib.cupsFreeDests(1, dest)


def submit(printer: str, path: str, title: str, options: dict[str, str]) -> int:
    """Queue the file; returns the job id. Raises CupsError."""
    lib = _lib()
    if lib is None:
        raise CupsError("CUPS is not available")
    opts = ctypes.POINTER(_Option)()
    count = 0
    for key, value in options.items():
        count = lib.cupsAddOption(key.encode(), value.encode(), count, ctypes.byref(opts))
    try:
        job = lib.cupsPrintFile(printer.encode(), path.encode(), title.encode(), count, opts)
    finally:
        lib.cupsFreeOptions(count, opts)
    if job <= 0:
        raise CupsError(_last_error(lib))
    return int(job)


def job_state(printer: str, job_id: int) -> int | None:
    """The job's IPP state, or None if cupsd no longer knows it (purged: treat as finished)."""
    lib = _lib()
    if lib is None:
        return None
    # Active jobs first: a short list; the whole history only once the job has left it.
    for which in (_WHICHJOBS_ACTIVE, _WHICHJOBS_ALL):
        jobs = ctypes.POINTER(_Job)()
        count = lib.cupsGetJobs(ctypes.byref(jobs), printer.encode(), 0, which)
        try:
            for i in range(max(count, 0)):
                if jobs[i].id == job_id:
                    return int(jobs[i].state)
        finally:
            if count > 0:
                lib.cupsFreeJobs(count, jobs)
    return None


def cancel(printer: str, job_id: int) -> bool:
    lib = _lib()
    return bool(lib and lib.cupsCancelJob(printer.encode(), job_id))
