"""A watchdog that needs no GIL: a test that hangs holding Python's lock still ends the run.

pytest-timeout's "thread" method needs Python's lock to fire. A thread that hangs in C++ while
holding it (QMediaPlayer.stop waiting on a Qt mutex that Qt's FFmpeg thread holds while it waits
for the lock: issue 20) silences it, and CI would hang until its own limit. faulthandler's C
watchdog thread needs no lock: armed `margin` seconds past the test's own timeout, it prints
every thread's stack and ends the process, so pytest-timeout still fires first whenever it can.

pytest's faulthandler plugin stays (its tracebacks on a crash) but must not be given
`faulthandler_timeout`: there is one dump_traceback_later slot, and this plugin owns it.
Loaded by tests/conftest.py; KIOSK_TEST_WATCHDOG_MARGIN_S sets the margin (its own test).
"""

from __future__ import annotations

import faulthandler
import os
import sys
from collections.abc import Generator

import pytest

MARGIN_S = 60.0
_STDERR = pytest.StashKey[int]()


def pytest_configure(config: pytest.Config) -> None:
    """Its own copy of the real stderr: while a test runs, fd 2 is pytest's capture file, which
    a process that ends this way never prints."""
    config.stash[_STDERR] = os.dup(sys.__stderr__.fileno() if sys.__stderr__ else 2)


def pytest_unconfigure(config: pytest.Config) -> None:
    faulthandler.cancel_dump_traceback_later()
    if _STDERR in config.stash:
        os.close(config.stash[_STDERR])
        del config.stash[_STDERR]


def margin_s() -> float:
    return float(os.environ.get("KIOSK_TEST_WATCHDOG_MARGIN_S", MARGIN_S))


def timeout_of(item: pytest.Item) -> float | None:
    """The test's pytest-timeout: its `timeout` marker, else the configured one (None: none)."""
    marker = item.get_closest_marker("timeout")
    if marker is not None:
        given = marker.args[0] if marker.args else marker.kwargs.get("timeout")
        if given is not None:
            return float(given) or None
    import pytest_timeout

    configured = pytest_timeout.get_env_settings(item.config).timeout
    return float(configured) if configured else None


def arm(item: pytest.Item) -> None:
    timeout = timeout_of(item)
    if timeout:
        stderr = item.config.stash[_STDERR]
        faulthandler.dump_traceback_later(timeout + margin_s(), exit=True, file=stderr)


# Armed again at each phase, not once in a fixture: pytest's faulthandler plugin cancels the
# slot whenever a phase raises (its pytest_exception_interact), which would leave a failed
# test's teardown (a window closing, a sound process reaped) unguarded.
@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> Generator[None, None, None]:
    arm(item)
    return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    arm(item)
    return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, None, None]:
    arm(item)
    try:
        return (yield)
    finally:
        faulthandler.cancel_dump_traceback_later()
