"""The staff PIN: salted hash only, no default, lockout after repeated wrong PINs."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from kiosk.admin.pin import (
    MAX_TRIES,
    PinError,
    PinGuard,
    check_new_pin,
    hash_pin,
    read_pin_file,
    verify_pin,
    write_pin_file,
)
from tests.helpers.clock import FakeClock


def test_the_hash_is_salted_and_checks_only_the_right_pin() -> None:
    first, second = hash_pin("270418"), hash_pin("270418")
    assert first != second, "a fresh salt each time"
    assert "270418" not in first
    assert verify_pin("270418", first) and verify_pin("270418", second)
    assert not verify_pin("270419", first)
    assert not verify_pin("", first)


@pytest.mark.parametrize("stored", ["", "plain-text", "scrypt$1$2$3$!!$!!", "md5$1$1$1$AA==$AA=="])
def test_a_damaged_hash_never_lets_anyone_in(stored: str) -> None:
    assert not verify_pin("270418", stored)


@pytest.mark.parametrize(
    ("pin", "why"),
    [
        ("12a456", "digits only"),
        ("12345", "6 to 12"),
        ("1" * 13, "6 to 12"),
        ("000000", "too easy"),
        ("123456", "too easy"),
        ("987654", "too easy"),
        ("١٢٣٤٥٦", "digits only"),
    ],
)
def test_weak_or_odd_pins_are_refused(pin: str, why: str) -> None:
    with pytest.raises(PinError, match=why):
        check_new_pin(pin)


def test_the_pin_file_holds_the_hash_for_its_owner_and_group_alone(tmp_path: Path) -> None:
    path = tmp_path / "state" / "admin-pin"
    assert read_pin_file(path) is None, "no file: no PIN, and no default"
    write_pin_file(path, "583920")
    stored = read_pin_file(path)
    assert stored is not None and verify_pin("583920", stored)
    assert "583920" not in path.read_text()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_file_not_written_by_set_pin_is_named(tmp_path: Path) -> None:
    path = tmp_path / "admin-pin"
    path.write_text("583920\n")
    with pytest.raises(PinError, match="not a PIN file"):
        read_pin_file(path)


def test_wrong_pins_lock_the_pad_for_the_lockout_and_then_it_opens() -> None:
    clock = FakeClock()
    guard = PinGuard(hash_pin("583920"), lockout=300, now=clock)
    for _ in range(MAX_TRIES - 1):
        assert not guard.try_pin("111112")
    assert guard.seconds_locked() == 0, "not locked before the last try"
    assert not guard.try_pin("111112")
    assert guard.seconds_locked() == 300
    assert not guard.try_pin("583920"), "even the right PIN is refused while locked"
    clock.t += 299.5
    assert guard.seconds_locked() == 1
    clock.t += 1
    assert guard.try_pin("583920")


def test_a_right_pin_clears_the_count_of_wrong_ones() -> None:
    guard = PinGuard(hash_pin("583920"), lockout=300, now=FakeClock())
    for _ in range(MAX_TRIES - 1):
        guard.try_pin("000001")
    assert guard.try_pin("583920")
    assert not guard.try_pin("000001")
    assert guard.seconds_locked() == 0


# -- the hash's parameters are input: bounded at load (issue 20) ----------------------------------

SALT, DIGEST = "AAAAAAAAAAAAAAAAAAAAAA==", "A" * 43 + "="  # 16 and 32 bytes


@pytest.mark.parametrize(
    ("params", "why"),
    [
        ("16384$8$2000", "p=2000 is outside"),  # 87 s a try on today's main
        (f"{2**20}$8$1", "n=1048576 is outside"),
        ("16384$1000$1", "r=1000 is outside"),
        ("16000$8$1", "not a power of two"),
        (f"{2**17}$32$4", "n\\*r\\*p"),  # each within its bounds, together far too slow
    ],
)
def test_a_pin_file_asking_for_a_huge_hash_is_refused_at_load(tmp_path: Path, params: str, why: str) -> None:
    path = tmp_path / "admin-pin"
    path.write_text(f"scrypt${params}${SALT}${DIGEST}\n")
    path.chmod(0o600)
    with pytest.raises(PinError, match=f"hash parameters refused .*{why}.*set-pin"):
        read_pin_file(path)
    assert not verify_pin("583920", path.read_text()), "and never hashed, whoever asks"


def test_a_short_salt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "admin-pin"
    path.write_text(f"scrypt$16384$8$1$AAAA${DIGEST}\n")
    path.chmod(0o600)
    with pytest.raises(PinError, match="salt=3 is outside"):
        read_pin_file(path)


# -- a PIN file others can reach is not used (issue 20) --------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="no POSIX modes on Windows (see read_pin_file)")
@pytest.mark.parametrize(
    ("mode", "refused"),
    [
        (0o666, "other users can read and write it"),
        (0o644, "other users can read it"),
        (0o602, "other users can write it"),
        (0o660, "its group can write it"),
        (0o640, None),  # install.sh's: root writes, the kiosk's group reads
        (0o600, None),
        (0o400, None),
    ],
)
def test_a_pin_file_others_can_read_or_write_is_refused(
    tmp_path: Path, mode: int, refused: str | None
) -> None:
    path = tmp_path / "admin-pin"
    write_pin_file(path, "583920")
    path.chmod(mode)
    if refused is None:
        assert read_pin_file(path) is not None
        return
    with pytest.raises(PinError, match=f"{refused}; the kiosk will not use it. Fix: chmod 640 {path}"):
        read_pin_file(path)
