"""Fail a test on a warning or error the kiosk logged that the test did not expect.

The kiosk logs its faults (a printer that failed, a catalog it could not read) and carries on,
so a regression can show only as a log line. A test that means to cause one says so with
`@pytest.mark.expect_log("kiosk.printing", "WARNING")`: records of that level from that logger
(or one under it) are then allowed, and at least one must come, so a stale allowance shows.
A fixture whose stand-in makes the kiosk log along the way (an engine without the voice)
allows just that line with `log_check.allow(logger, level, containing)`, none required.
After qutebrowser's tests/helpers/logfail.py, but checked when the test ends rather than
raised inside the kiosk's own code, which would change what the code under test does next.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

import pytest

WATCHED = "kiosk"
MARKER = "expect_log"
# Whether the test itself passed: an expected line owed by a test that skipped or failed
# before reaching it is not one more failure.
PASSED = pytest.StashKey[bool]()


@dataclass(frozen=True)
class Expected:
    logger: str
    level: int
    containing: str = ""
    required: bool = True

    def matches(self, record: logging.LogRecord) -> bool:
        under = record.name == self.logger or record.name.startswith(self.logger + ".")
        return under and record.levelno == self.level and self.containing in record.getMessage()

    def __str__(self) -> str:
        return f"{logging.getLevelName(self.level)} from {self.logger!r}"


def level_number(level: str) -> int:
    number = logging.getLevelName(level)
    if not isinstance(number, int):
        raise pytest.UsageError(f"{level!r} is not a logging level")
    return number


def expected_of(item: pytest.Item) -> list[Expected]:
    """The allowances a test's `expect_log` markers give."""
    return [
        Expected(logger, level_number(level)) for logger, level in (m.args for m in item.iter_markers(MARKER))
    ]


def _watched(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING and (
        record.name == WATCHED or record.name.startswith(WATCHED + ".")
    )


class LogFailHandler(logging.Handler):
    """Keeps the kiosk's warnings and worse, from any thread, for `problems` to judge."""

    def __init__(self, expected: list[Expected]) -> None:
        super().__init__(logging.WARNING)
        self.expected = expected
        self.records: list[logging.LogRecord] = []
        self._lock_records = threading.Lock()

    def allow(self, logger: str, level: str, containing: str) -> None:
        self.expected.append(Expected(logger, level_number(level), containing, required=False))

    def emit(self, record: logging.LogRecord) -> None:
        if _watched(record):
            with self._lock_records:
                self.records.append(record)

    def problems(self, passed: bool) -> list[str]:
        with self._lock_records:
            records = list(self.records)
        found = [
            f"unexpected {r.levelname} from {r.name!r}: {r.getMessage()}"
            for r in records
            if not any(e.matches(r) for e in self.expected)
        ]
        found += [
            f"expected a {e} (expect_log), none came"
            for e in self.expected
            if passed and e.required and not any(e.matches(r) for r in records)
        ]
        return found


def install(item: pytest.Item) -> LogFailHandler:
    handler = LogFailHandler(expected_of(item))
    logging.getLogger().addHandler(handler)
    return handler


def uninstall(handler: LogFailHandler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()
