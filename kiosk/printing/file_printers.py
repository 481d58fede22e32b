"""Printers that write files instead of paper: never offered to a visitor.

On Windows such a printer (Microsoft Print to PDF, the XPS Document Writer, OneNote, Fax, or
any queue on the FILE: or PORTPROMPT: port) answers a print job with a Save As dialog or a
wizard: a window over the kiosk with a file browser in it, a way out to the desktop. It is
often the default printer on a PC with no real one. Pure logic (no Qt, no Windows calls), so
it is tested on any system; `windows_ports.port_of` asks Windows for the port.
"""

from __future__ import annotations

import re

# Names Windows and common software give such printers, matched as whole words whatever the
# case: "OneNote (Desktop)", "OneNote for Windows 10", "Send To OneNote 2016", "Fax", "Adobe PDF".
_NAME = re.compile(
    r"\b(print to pdf|xps document writer|onenote|fax|pdf|xps)\b",
    re.IGNORECASE,
)
# Ports that ask for a file name (FILE:, PORTPROMPT:), or a local port that is itself a file.
_FILE_PORTS = {"FILE:", "PORTPROMPT:"}
_FILE_PATH = re.compile(r"^[A-Za-z]:[\\/]|\.(pdf|xps|oxps|prn|ps)$", re.IGNORECASE)


def writes_files(name: str, port: str | None = None) -> bool:
    """True when a job sent to printer `name` (on `port`, if known: Windows may list several,
    comma-separated) would be written to a file, so Print must not be offered."""
    if _NAME.search(name):
        return True
    for one in (port or "").split(","):
        one = one.strip()
        if one.upper() in _FILE_PORTS or _FILE_PATH.search(one):
            return True
    return False


def file_printer_text(name: str) -> str:
    """For staff (doctor, the admin screen): what is wrong and what to do."""
    return (
        f"{name!r} writes files (a Save As window would open over the kiosk): it is never "
        "offered; make a real printer the default, or set `printer:` to one"
    )
