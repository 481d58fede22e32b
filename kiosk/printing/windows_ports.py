"""The port of a Windows printer (FILE:, USB001, an IP port...), which Qt does not tell.

BLOCKING: the spooler may take a while over a network printer; called where printer_health
is, on a worker thread.
"""

from __future__ import annotations

import sys


def port_of(name: str) -> str | None:
    """The printer's port(s) as the Windows spooler lists them; None elsewhere or on failure."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    class _PrinterInfo5(ctypes.Structure):  # PRINTER_INFO_5W: cheap, no network round trip
        _fields_ = [
            ("pPrinterName", wintypes.LPWSTR),
            ("pPortName", wintypes.LPWSTR),
            ("Attributes", wintypes.DWORD),
            ("DeviceNotSelectedTimeout", wintypes.DWORD),
            ("TransmissionRetryTimeout", wintypes.DWORD),
        ]

    try:
        winspool = ctypes.WinDLL("winspool.drv")
        handle = wintypes.HANDLE()
        if not winspool.OpenPrinterW(name, ctypes.byref(handle), None):
            return None
        try:
            needed = wintypes.DWORD()
            winspool.GetPrinterW(handle, 5, None, 0, ctypes.byref(needed))
            if not needed.value:
                return None
            buffer = ctypes.create_string_buffer(needed.value)
            if not winspool.GetPrinterW(handle, 5, buffer, needed, ctypes.byref(needed)):
                return None
            info = ctypes.cast(buffer, ctypes.POINTER(_PrinterInfo5)).contents
            return str(info.pPortName or "")
        finally:
            winspool.ClosePrinter(handle)
    except OSError:
        return None
