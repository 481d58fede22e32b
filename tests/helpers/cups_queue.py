"""The test printers made by deploy/cups-test-queue.sh, and the files cups-pdf writes.

Without them the CUPS tests skip on a developer's machine, saying why, and fail under CI
(CI=true): a CI run that printed nothing must not pass.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

PDF_QUEUE = "KioskPDF"
HANG_QUEUE = "KioskHang"
NO_PAPER_QUEUE = "KioskNoPaper"
PAUSED_QUEUE = "KioskPaused"
REJECTING_QUEUE = "KioskRejecting"
QUEUES = (PDF_QUEUE, HANG_QUEUE, NO_PAPER_QUEUE, PAUSED_QUEUE, REJECTING_QUEUE)
CUPS_PDF_CONF = Path("/etc/cups/cups-pdf.conf")


def require_queues() -> None:
    problem = _problem()
    if problem is None:
        return
    reason = f"{problem}: run `sudo bash deploy/cups-test-queue.sh`"
    if os.environ.get("CI"):
        pytest.fail(f"CI needs the CUPS test printers: {reason}")
    pytest.skip(reason)


def _problem() -> str | None:
    if not shutil.which("lpstat"):
        return "CUPS is not installed (no lpstat)"
    try:
        listed = subprocess.run(["lpstat", "-p"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.TimeoutExpired) as err:
        return f"lpstat failed: {err}"
    missing = [q for q in QUEUES if f"printer {q} " not in listed]
    if missing:
        return f"no CUPS queue {', '.join(missing)} (is cupsd running?)"
    return None


def output_folder() -> Path:
    """Where cups-pdf puts this user's files: its `Out` setting, ${USER} and ${HOME} expanded."""
    out = "/var/spool/cups-pdf/${USER}"
    if CUPS_PDF_CONF.exists():
        for line in CUPS_PDF_CONF.read_text(encoding="utf-8", errors="replace").splitlines():
            if re.match(r"Out\s", line):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${USER}", getpass.getuser()).replace("${HOME}", str(Path.home())))


def job_pdf(job: str) -> Path:
    """The file cups-pdf wrote for `job` ("KioskPDF-12"); its Label option adds "-job_12"."""
    number = job.rsplit("-", 1)[1]
    found = sorted(output_folder().glob(f"*job_{number}.pdf"))
    assert found, f"cups-pdf wrote no file for {job} in {output_folder()}"
    return found[-1]


def job_state(job: str) -> str:
    """What `lpstat` says of the job: 'active', 'completed' or 'gone'."""
    for which, label in (("not-completed", "active"), ("completed", "completed")):
        listed = subprocess.run(
            ["lpstat", "-W", which, "-o", job.rsplit("-", 1)[0]], capture_output=True, text=True
        ).stdout
        if re.search(rf"^{re.escape(job)}\s", listed, re.MULTILINE):
            return label
    return "gone"
