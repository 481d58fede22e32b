"""The PIN pad's lock outlives the process: kept in state_dir, and fail safe whatever the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.admin.lockout import FILE_NAME, LockoutStore
from kiosk.admin.pin import MAX_TRIES, PinGuard, hash_pin
from tests.helpers.clock import FakeClock

PIN = "583920"
STORED = hash_pin(PIN)
LOCKOUT = 300


def guard(folder: Path | None, clock: FakeClock) -> PinGuard:
    """A guard as a freshly started kiosk makes it: from whatever the folder holds."""
    return PinGuard(STORED, LOCKOUT, clock, LockoutStore(folder))


def test_a_restart_keeps_the_count_and_the_lock(tmp_path: Path) -> None:
    clock = FakeClock(1_750_000_000)
    first = guard(tmp_path, clock)
    for _ in range(2):
        assert not first.try_pin("111112")
    again = guard(tmp_path, clock)
    assert again.wrong == 2, "no fresh tries after a restart"
    for _ in range(MAX_TRIES - 2):
        assert not again.try_pin("111112")
    assert again.seconds_locked() == LOCKOUT
    clock.t += 100
    restarted = guard(tmp_path, clock)
    assert restarted.seconds_locked() == LOCKOUT - 100, "still locked after a restart"
    assert not restarted.try_pin(PIN)
    clock.t += LOCKOUT - 100
    assert guard(tmp_path, clock).try_pin(PIN)
    assert json.loads((tmp_path / FILE_NAME).read_text())["wrong"] == 0, "a right PIN clears the count"


def test_a_try_counts_before_its_hash_is_done(tmp_path: Path) -> None:
    """A kiosk killed while it hashes the fifth wrong PIN comes back locked."""
    clock = FakeClock(1_750_000_000)
    first = guard(tmp_path, clock)
    for _ in range(MAX_TRIES - 1):
        first.try_pin("111112")
    assert first.begin()  # the fifth, and the process dies before settle()
    assert guard(tmp_path, clock).seconds_locked() == LOCKOUT


def test_no_file_is_a_pad_with_no_history(tmp_path: Path) -> None:
    fresh = guard(tmp_path / "state", FakeClock())
    assert fresh.wrong == 0 and fresh.seconds_locked() == 0
    assert not (tmp_path / "state" / FILE_NAME).exists(), "nothing written until a try"


@pytest.mark.expect_log("kiosk.admin.lockout", "WARNING")
@pytest.mark.parametrize(
    "damaged",
    ['{"wrong": 1', "", '{"wrong": -3, "locked_until": 0}', '{"wrong": 1, "locked_until": "NaN"}', "[]"],
)
def test_a_damaged_file_locks_the_pad(tmp_path: Path, damaged: str) -> None:
    (tmp_path / FILE_NAME).write_text(damaged)
    clock = FakeClock(1_750_000_000)
    locked = guard(tmp_path, clock)
    assert locked.seconds_locked() == LOCKOUT, "never more tries than before: locked from now"
    assert not locked.try_pin(PIN)
    clock.t += LOCKOUT
    assert locked.try_pin(PIN), "and it ends like any lock"


@pytest.mark.expect_log("kiosk.admin.lockout", "WARNING")
def test_a_state_dir_that_cannot_be_written_keeps_the_count_in_memory(tmp_path: Path) -> None:
    blocked = tmp_path / "state"
    blocked.write_text("a file where the folder should be")
    store = LockoutStore(blocked)
    in_memory = PinGuard(STORED, LOCKOUT, FakeClock(), store)
    for _ in range(MAX_TRIES):
        assert not in_memory.try_pin("111112")
    assert in_memory.seconds_locked() == LOCKOUT, "locked all the same, in memory"
    assert store.problem is not None and str(blocked) in store.problem


def test_a_clock_set_back_never_locks_for_longer_than_one_lockout(tmp_path: Path) -> None:
    clock = FakeClock(1_750_000_000)
    first = guard(tmp_path, clock)
    for _ in range(MAX_TRIES):
        first.try_pin("111112")
    clock.t -= 86400 * 365
    assert guard(tmp_path, clock).seconds_locked() == LOCKOUT
