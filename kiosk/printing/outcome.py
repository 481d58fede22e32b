"""What became of a print job, for the screen and the log (no Qt: the window imports it
without loading Qt's print support, which costs start-up time and is needed only on Print)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    detail: str  # for the log: which printer, or what went wrong (never which card)
    # Why it failed, for the window and tests: "no-printer", "paused", "rejecting",
    # "out-of-paper" (and the other faults.py codes), "held", "timeout", "error"; "" when ok.
    reason: str = ""
    job: str = ""  # the spooler's job, e.g. "KioskPDF-12", when there was one
