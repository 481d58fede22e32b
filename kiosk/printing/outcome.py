"""What became of a print job, for the screen and the log (no Qt: the window imports it
without loading Qt's print support, which costs start-up time and is needed only on Print)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    detail: str  # for the log: which printer, or what went wrong
