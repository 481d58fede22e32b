"""What became of a print job, for the screen and the log (no Qt: the window imports it
without loading Qt's print support, which costs start-up time and is needed only on Print)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    detail: str  # for the log: which printer, or what went wrong (never which card)
    # Why it failed, for the window and tests: "no-printer", "paused", "rejecting",
    # "out-of-paper" (and the other faults.py codes), "held", "timeout", "error"; "" when ok.
    reason: str = ""
    job: str = ""  # the spooler's job, e.g. "KioskPDF-12", when there was one


# OK: prints; WARN: prints, but staff should look; FIX: no slip comes out until someone acts.
HealthStatus = Literal["OK", "WARN", "FIX"]


@dataclass(frozen=True)
class PrinterHealth:
    """Can a slip come out now (see kiosk/printing/health.py, which asks the spooler)."""

    status: HealthStatus
    text: str  # for staff, in English: which printer, and what to do when it cannot print

    @property
    def ready(self) -> bool:
        """A slip sent now can come out (a warning such as toner low does not stop it)."""
        return self.status != "FIX"
