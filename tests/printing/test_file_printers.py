"""A printer that writes files (its Save As window is a way out to the desktop) is never
used: the rule by name and port, then the print job as it runs without CUPS (the Windows
spooler's path, Qt's printer list), with Qt's answer stood in. That Print is not offered on
one: tests/ui/test_print_offered.py."""

from __future__ import annotations

import dataclasses
import sys
import threading
import time
from typing import Any

import pytest

from kiosk.config import Config
from kiosk.printing import spooler, windows_ports
from kiosk.printing.file_printers import writes_files
from tests.helpers.content import load_repo_content


@pytest.mark.parametrize(
    ("name", "port"),
    [
        ("Microsoft Print to PDF", "PORTPROMPT:"),
        ("Microsoft Print to PDF", None),
        ("microsoft print to pdf", None),
        ("Microsoft XPS Document Writer", "PORTPROMPT:"),
        ("OneNote (Desktop)", "nul:"),
        ("OneNote for Windows 10", "Microsoft.Office.OneNote_16001.14326.21802.0_x64__8wekyb3d8bbwe"),
        ("Send To OneNote 2016", "nul:"),
        ("Fax", "SHRFAX:"),
        ("Adobe PDF", "Documents\\*.pdf"),
        ("Lobby", "FILE:"),
        ("Lobby", "file:"),
        ("Lobby", "USB001,FILE:"),
        ("Lobby", "C:\\slips\\out.prn"),
        ("Lobby", "PORTPROMPT:"),
    ],
)
def test_printers_that_write_files(name: str, port: str | None) -> None:
    assert writes_files(name, port)


@pytest.mark.parametrize(
    ("name", "port"),
    [
        ("EPSON TM-T88V Receipt", "USB001"),
        ("HP LaserJet Pro M404", "IP_192.168.1.20"),
        ("Brother HL-L2350DW", "WSD-3f2a-11"),
        ("Lobby", None),
        ("\\\\printserver\\Lobby", "\\\\printserver\\Lobby"),  # a shared printer, not a file
        ("KioskPDF", None),  # the tests' CUPS queue: "PDF" only as part of a word
        ("Pdfx Printer Co. M1", "LPT1:"),
    ],
)
def test_printers_that_print_on_paper(name: str, port: str | None) -> None:
    assert not writes_files(name, port)


def test_no_job_is_sent_to_a_printer_that_writes_files(repo_config: Config, default_printer: Any) -> None:
    """Nor by the admin screen's test slip, nor by a Print shown just before the default changed."""
    default_printer("Microsoft XPS Document Writer", "PORTPROMPT:")
    content = load_repo_content(repo_config)
    cfg = dataclasses.replace(repo_config, print_layout="receipt")
    outcome = spooler.run_job(
        cfg, content, sorted(content.cards)[0], "en", time.monotonic() + 5, threading.Event()
    )
    assert not outcome.ok and outcome.reason == "writes-files"
    assert "Microsoft XPS Document Writer" in outcome.detail


@pytest.mark.skipif(sys.platform == "win32", reason="asks the real spooler there")
def test_the_port_is_asked_of_windows_only() -> None:
    assert windows_ports.port_of("Microsoft Print to PDF") is None  # not Windows: nothing to ask
