"""The Nagios plugin contract's frame, light enough for the command line to load before it
knows the command: the status line, and UNKNOWN when the check cannot even start."""

from __future__ import annotations

import contextlib
import io
import sys
from collections.abc import Iterator

OK, WARNING, CRITICAL, UNKNOWN = 0, 1, 2, 3
NAMES = ("OK", "WARNING", "CRITICAL", "UNKNOWN")


def status_line(state: int, text: str) -> str:
    # The first line is shown in one row of a dashboard: no line breaks, and a "|" would
    # start the perfdata.
    return f"KIOSK {NAMES[state]} - {' '.join(text.split()).replace('|', '/')}"


def unknown(text: str) -> int:
    """Say UNKNOWN with `text`, the plugin way; returns the exit status."""
    print(status_line(UNKNOWN, text))
    return UNKNOWN


def wanted(argv: list[str]) -> bool:
    """Does this command line ask for the plugin's output (argparse takes --nag for --nagios)?"""
    return "doctor" in argv and any(len(a) > 3 and "--nagios".startswith(a.split("=")[0]) for a in argv)


@contextlib.contextmanager
def usage_errors_unknown() -> Iterator[None]:
    """argparse's usage errors (its message on stderr, exit 2) as the plugin's UNKNOWN (exit 3,
    the message on stdout, where the monitor reads it)."""
    caught = io.StringIO()
    try:
        with contextlib.redirect_stderr(caught):
            yield
    except SystemExit as stop:
        if stop.code in (0, None):
            raise
        said = caught.getvalue().strip().splitlines()
        sys.stderr.write(caught.getvalue())
        raise SystemExit(unknown(f"bad argument: {said[-1] if said else stop.code}")) from None
