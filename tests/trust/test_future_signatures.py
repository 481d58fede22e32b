"""Issue 20, section 2: a signature from the future (a signing PC whose clock says 2100, or a
leaked key) must not block every later update. The newest time is kept per key and forgotten
when the key leaves trusted_keys; a signature dated more than a day ahead of the kiosk's clock
is refused with a reason for staff. Signatures are made by Debian's minisign."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kiosk.trust import gate
from kiosk.trust.gate import refusals
from tests.helpers.content import write_card
from tests.helpers.minisign import KeyPair, sign_with_debian_tools
from tests.helpers.signed import live_for, titles

YEAR_2100 = 4102444800
DAY = 86400


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_signature_dated_ahead_of_the_clock_is_refused_and_blocks_nothing(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair]
) -> None:
    now = int(time.time())
    state_dir = tmp_path / "state"
    sign_with_debian_tools(content_dir, keys["city"], now - 60)
    live = live_for(content_dir, state_dir, keys["city"])
    assert live.reload() and live.refused is None

    write_card(content_dir, "report-crime", "police", "From the future", "city-statement")
    sign_with_debian_tools(content_dir, keys["city"], YEAR_2100)  # the signing PC's clock says 2100
    assert not live.reload()
    assert "From the future" not in titles(live)
    assert live.refused is not None and "more than a day ahead of this kiosk's clock" in live.refused
    assert str(content_dir / "SHA256SUMS.minisig") in live.refused, "names the file, for doctor and status"
    assert refusals(content_dir, live.gate.keys, state_dir / "content", "content") == [live.refused]

    # The clock set right, the City signs again: taken, as if 2100 had never been seen.
    write_card(content_dir, "report-crime", "police", "Signed today", "city-statement")
    sign_with_debian_tools(content_dir, keys["city"], now)
    assert live.reload() and "Signed today" in titles(live) and live.refused is None
    restarted = live_for(content_dir, state_dir, keys["city"])
    assert restarted.reload() and restarted.refused is None, "and after a restart"

    # Less than a day ahead (clocks differ by minutes, time zones by hours) is fine.
    sign_with_debian_tools(content_dir, keys["city"], now + DAY // 2)
    assert live.reload() is False and live.refused is None  # the same files, a newer signature


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_removing_a_key_that_signed_in_the_future_lets_its_successor_sign(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair], monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a city does after a key signed ahead (a kiosk whose clock said 2100 too, or a kiosk
    from before this check): remove the key, sign again with a new one (docs/security-and-privacy.md)."""
    now = int(time.time())
    state_dir = tmp_path / "state"
    write_card(content_dir, "report-crime", "police", "Signed in 2100", "city-statement")
    sign_with_debian_tools(content_dir, keys["city"], YEAR_2100)
    monkeypatch.setattr(gate, "wall_clock", lambda: float(YEAR_2100), raising=False)  # the kiosk's clock too
    assert live_for(content_dir, state_dir, keys["city"]).reload()
    monkeypatch.undo()  # the kiosk's clock set right

    write_card(content_dir, "report-crime", "police", "Signed today", "city-statement")
    sign_with_debian_tools(content_dir, keys["city"], now)
    same_key = live_for(content_dir, state_dir, keys["city"])
    same_key.reload()
    assert same_key.refused is not None and "older than the version already accepted" in same_key.refused

    sign_with_debian_tools(content_dir, keys["next"], now)
    both = live_for(content_dir, state_dir, keys["city"], keys["next"])
    assert both.reload() and "Signed today" in titles(both), "the new key was never ahead of itself"

    new_key = live_for(content_dir, state_dir, keys["next"])  # the old key removed from trusted_keys
    assert new_key.reload() and new_key.refused is None and "Signed today" in titles(new_key)
    kept = json.loads((state_dir / "content" / "newest-signatures.json").read_text())
    assert kept == {new_key.gate.keys[0].id_text: now}, "the removed key's time is forgotten"

    # The new key's own time still bars an older version of its own, after a restart.
    write_card(content_dir, "report-crime", "police", "Older", "city-statement")
    sign_with_debian_tools(content_dir, keys["next"], now - 3600)
    again = live_for(content_dir, state_dir, keys["next"])
    again.reload()
    assert again.refused is not None and "older than the version already accepted" in again.refused
    assert "Older" not in titles(again)


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_state_dir_from_before_the_per_key_times_still_bars_a_rollback(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair]
) -> None:
    """The one time an older kiosk kept (newest-signature) belongs to the key of its kept copy."""
    state_dir = tmp_path / "state"
    now = int(time.time())
    sign_with_debian_tools(content_dir, keys["city"], now)
    assert live_for(content_dir, state_dir, keys["city"]).reload()
    slot = state_dir / "content"
    (slot / "newest-signatures.json").unlink()
    (slot / "newest-signature").write_text(f"{now}\n")
    note = slot / "current" / ".kiosk-accepted.json"
    old_note = json.loads(note.read_text())
    del old_note["key_id"]
    note.write_text(json.dumps(old_note))

    write_card(content_dir, "report-crime", "police", "Older", "city-statement")
    sign_with_debian_tools(content_dir, keys["city"], now - 60)
    old = live_for(content_dir, state_dir, keys["city"])
    old.reload()
    assert old.refused is not None and "older than the version already accepted" in old.refused
    sign_with_debian_tools(content_dir, keys["next"], now - 60)
    assert live_for(content_dir, state_dir, keys["next"]).reload(), "a new key is not bound by it"
