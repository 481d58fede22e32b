"""What a printer's state means for a visitor waiting at the kiosk (no Qt, no CUPS calls).

CUPS describes a printer with `printer-state` (idle, processing, stopped), whether it accepts
jobs, and `printer-state-reasons` (RFC 8011 keywords, each maybe ending in -error, -warning or
-report). Only some reasons mean the slip will not come out soon; this module decides which,
so the job watcher and `doctor` agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# IPP printer-state values.
IDLE, PROCESSING, STOPPED = 3, 4, 5

# Reason keyword (without its -error/-warning suffix) -> (reason code, what staff should do).
# A -warning or -report suffix is only a heads-up (toner low, paper nearly out): the job goes on.
_BLOCKING = {
    "media-empty": ("out-of-paper", "load paper"),
    "media-needed": ("out-of-paper", "load paper"),
    "media-jam": ("jammed", "clear the paper jam"),
    "door-open": ("door-open", "close the cover"),
    "cover-open": ("door-open", "close the cover"),
    "offline": ("offline", "switch the printer on and check its cable"),
    "shutdown": ("offline", "switch the printer on"),
    "toner-empty": ("no-ink", "replace the toner"),
    "marker-supply-empty": ("no-ink", "replace the ink or toner"),
    "input-tray-missing": ("out-of-paper", "put the paper tray back"),
    "output-area-full": ("output-full", "empty the output tray"),
    "paused": ("paused", "resume it (cupsenable)"),
}


@dataclass(frozen=True)
class PrinterStatus:
    name: str
    state: int = IDLE
    accepting: bool = True
    reasons: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Fault:
    reason: str  # short code for the window and tests: "paused", "out-of-paper", ...
    text: str  # for staff: what is wrong and what to do


def _blocking(reason: str) -> tuple[str, str] | None:
    if reason.endswith(("-warning", "-report")):
        return None
    key = reason.removesuffix("-error")
    return _BLOCKING.get(key)


def fault_of(status: PrinterStatus) -> Fault | None:
    """The reason a job sent now would not print, or None if the printer should print it."""
    name = repr(status.name)
    if status.state == STOPPED:
        for reason in status.reasons:
            found = _blocking(reason)
            if found and found[0] != "paused":
                return Fault(found[0], f"printer {name} is stopped: {found[1]}, then resume it (cupsenable)")
        return Fault("paused", f"printer {name} is paused or stopped: resume it (cupsenable)")
    if not status.accepting:
        return Fault("rejecting", f"printer {name} is rejecting jobs: accept them again (cupsaccept)")
    for reason in status.reasons:
        found = _blocking(reason)
        if found:
            return Fault(found[0], f"printer {name} reports {reason}: {found[1]}")
    return None


def warnings_of(status: PrinterStatus) -> list[str]:
    """Reasons worth a look that do not stop printing (for `doctor`)."""
    return [r for r in status.reasons if r != "none" and r.endswith("-warning")]
