"""`doctor --nagios`: the Nagios plugin contract (nagios-plugins.org/doc/guidelines.html), which
Icinga and most other monitors speak too. One status line first, `KIOSK <STATE> - <what>`,
then perfdata after `|`; a line per check after it; the exit status is the state.

Each of doctor's checks is mapped to a state here; nothing is checked twice:
CRITICAL  the kiosk is not running, shows no content (the unavailable screen), or has refused
          the updates it was given for more than a day;
WARNING   anything doctor says to FIX (the printer not ready, a language's fonts or catalog,
          the PIN file, the log folder, content on disk that the kiosk refuses), a language
          still in draft (not reviewed), updates refused for less than a day, unsigned content;
OK        the rest; doctor's WARN lines (a toner warning, no staff PIN) are listed, not raised.
UNKNOWN   the check itself could not run: a bad argument, a config that does not load, a crash.
"""

from __future__ import annotations

from kiosk.doctor import DAY, Check
from kiosk.health.plugin import CRITICAL, NAMES, OK, WARNING, status_line
from kiosk.health.report import Report

CRITICAL_CODES = {"not-running", "unavailable", "refused-a-day"}
# Found by checks that doctor itself marks OK or WARN: in a monitor, someone should look.
WARNING_CODES = {"refused", "starting", "unsigned"}
REVIEWED = {"reviewed", "source"}


def state_of(check: Check) -> int:
    if check.code in CRITICAL_CODES:
        return CRITICAL
    if check.status == "FIX" or check.code in WARNING_CODES:
        return WARNING
    if check.topic == "language" and check.code not in REVIEWED:
        return WARNING  # a draft (or unmarked) translation that no translator has reviewed
    return OK


def plugin_output(report: Report) -> tuple[int, list[str]]:
    """The exit status and the lines to print."""
    states = [(state_of(check), check) for check in report.checks]
    worst = max((state for state, _ in states), default=OK)
    if worst == OK:
        summary = _ok_summary(report)
    else:
        named = [check for state, check in states if state == worst]
        others = [check for state, check in states if OK < state < worst]
        summary = f"{named[0].topic} {named[0].text}"
        more = len(named) - 1 + len(others)
        if more:
            summary += f" (and {more} more below)"
    lines = [f"{status_line(worst, summary)} | {perfdata(report)}"]
    # The worst first; sorted() keeps doctor's order within a state.
    ordered = sorted(states, key=lambda pair: -pair[0])
    lines += [f"{NAMES[state]}: {check.topic} {check.text}" for state, check in ordered]
    return worst, lines


def _ok_summary(report: Report) -> str:
    shown = [c for c in report.checks if c.topic == "kiosk" and c.code == "content"]
    return f"kiosk {shown[0].text}" if shown else "all checks pass"


def perfdata(report: Report) -> str:
    """'label'=value[UOM];warn;crit;min;max, one a metric (no visitor is ever counted)."""
    status = report.status
    up = int(report.running)
    drawing = int(report.running and status is not None and status.screen == "content")
    refused = 0.0
    if report.running and status is not None and status.refused:
        refused = max(0.0, report.now - status.refused_since)
    languages = [c for c in report.checks if c.topic == "language"]
    drafts = sum(1 for c in languages if c.status != "FIX" and c.code not in REVIEWED)
    printer = [c for c in report.checks if c.topic == "printer" and c.code == "ready"]
    values = [
        f"'up'={up};;1:;0;1",
        f"'content_on_screen'={drawing};;1:;0;1",
        f"'refused_for'={refused:.0f}s;;{DAY};0",
        f"'printer_ready'={int(bool(printer))};1:;;0;1",
        f"'draft_languages'={drafts};0;;0;{len(languages)}",
        f"'faults_last_hour'={report.faults_last_hour};;;0",
    ]
    return " ".join(values)
