"""Section 2 of issue 12: each accepted version is copied whole into state_dir, no older signed
version comes back (not even after a restart), and a kiosk that starts on a refused folder shows
the last good copy."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from kiosk.config import DEFAULT_HOSTS
from kiosk.content.live import LiveContent
from kiosk.trust import state
from kiosk.trust.state import Slot
from tests.helpers.content import write_card
from tests.helpers.minisign import KeyPair, sign_with_debian_tools
from tests.helpers.signed import live_for, titles

T0 = 1764600000


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_an_older_signed_version_is_refused_and_remembered_across_a_restart(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair]
) -> None:
    state_dir, old = tmp_path / "state", tmp_path / "old"
    sign_with_debian_tools(content_dir, keys["city"], T0)
    shutil.copytree(content_dir, old)  # what a careless sync could bring back later
    live = live_for(content_dir, state_dir, keys["city"])
    assert live.reload()
    write_card(content_dir, "report-crime", "police", "Newer wording", "city-statement")
    sign_with_debian_tools(content_dir, keys["city"], T0 + 86400)
    assert live.reload() and "Newer wording" in titles(live)

    shutil.rmtree(content_dir)
    shutil.copytree(old, content_dir)
    assert not live.reload()
    assert live.refused is not None and "older than the version already accepted" in live.refused
    assert str(content_dir / "SHA256SUMS.minisig") in live.refused
    assert "Newer wording" in titles(live)

    restarted = live_for(content_dir, state_dir, keys["city"])
    restarted.reload()
    assert restarted.refused is not None and "older than the version already accepted" in restarted.refused
    assert restarted.refused.startswith("showing the copy accepted on ")
    assert "Newer wording" in titles(restarted), "the newest copy, not the rolled-back folder"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_the_newest_timestamp_outlives_the_copy(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair]
) -> None:
    state_dir = tmp_path / "state"
    sign_with_debian_tools(content_dir, keys["city"], T0 + 100)
    assert live_for(content_dir, state_dir, keys["city"]).reload()
    shutil.rmtree(state_dir / "content" / "current")  # the copy lost, the memory kept
    sign_with_debian_tools(content_dir, keys["city"], T0)
    restarted = live_for(content_dir, state_dir, keys["city"])
    assert not restarted.reload() and restarted.current is None
    assert restarted.refused is not None and "older than" in restarted.refused


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_copy_killed_half_way_leaves_the_previous_copy_whole(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair], monkeypatch: pytest.MonkeyPatch
) -> None:
    state_dir = tmp_path / "state"
    sign_with_debian_tools(content_dir, keys["city"], T0)
    assert live_for(content_dir, state_dir, keys["city"]).reload()
    current = state_dir / "content" / "current"
    before = {p.relative_to(current): p.read_bytes() for p in current.rglob("*") if p.is_file()}

    for number in range(3):
        write_card(content_dir, f"new-{number}", "police", f"New card {number}", "city-statement")
    write_card(content_dir, "report-crime", "police", "Reworded", "city-statement")
    sign_with_debian_tools(content_dir, keys["city"], T0 + 60)
    copied = []
    real_copy = state.copy_file

    def power_cut_after_two_files(source: Path, target: Path) -> None:
        if len(copied) == 2:
            raise SystemExit("power cut")  # not an OSError: nothing after this runs
        copied.append(source)
        real_copy(source, target)

    monkeypatch.setattr(state, "copy_file", power_cut_after_two_files)
    with pytest.raises(SystemExit):
        live_for(content_dir, state_dir, keys["city"]).reload()
    monkeypatch.undo()
    assert (state_dir / "content" / ".incoming").is_dir(), "the half-made copy is left as a cut leaves it"
    after = {p.relative_to(current): p.read_bytes() for p in current.rglob("*") if p.is_file()}
    assert after == before, "the previous copy is whole and unchanged"

    # The restart finds the live folder broken as well: it shows the previous copy.
    (content_dir / "cards" / "new-0.yaml").write_text("id: [broken\n")
    restarted = live_for(content_dir, state_dir, keys["city"])
    assert restarted.reload()
    assert "Reworded" not in titles(restarted) and "Can I report a crime?" in titles(restarted)
    assert restarted.refused is not None and "new-0.yaml: changed since it was signed" in restarted.refused
    assert not (state_dir / "content" / ".incoming").exists(), "the half-made copy is cleared at start"


def test_a_cut_between_the_two_renames_keeps_the_previous_copy(tmp_path: Path) -> None:
    slot = Slot(tmp_path / "content")
    (slot.previous / "cards").mkdir(parents=True)
    (slot.previous / "cards" / "a.yaml").write_text("whole")
    slot.recover()
    assert (slot.current / "cards" / "a.yaml").read_text() == "whole"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_start_on_a_missing_or_invalid_folder_shows_the_last_good_copy(
    content_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Unsigned content too: any version once accepted is kept for the next start."""
    state_dir = tmp_path / "state"
    first = LiveContent(content_dir, DEFAULT_HOSTS, state_dir=state_dir)
    assert first.reload()
    accepted = first.loaded_at
    write_card(content_dir, "report-crime", "no-such-topic", "Broken", "city-statement")
    with caplog.at_level(logging.WARNING, logger="kiosk.content.live"):
        restarted = LiveContent(content_dir, DEFAULT_HOSTS, state_dir=state_dir)
        assert restarted.reload()
    assert "Can I report a crime?" in titles(restarted)
    assert restarted.refused is not None
    assert restarted.refused.startswith(
        f"showing the copy accepted on {accepted}; the folder is refused because "
    )
    assert "report-crime.yaml" in restarted.refused and "no-such-topic" in restarted.refused
    assert str(state_dir) not in restarted.refused, "the file staff edit is named, not the kiosk's copy"
    assert "showing the copy accepted on" in caplog.text

    shutil.rmtree(content_dir)
    again = LiveContent(content_dir, DEFAULT_HOSTS, state_dir=state_dir)
    assert again.reload() and again.refused is not None and "content folder not found" in again.refused


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_with_no_good_copy_at_all_nothing_is_shown(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair]
) -> None:
    live = live_for(content_dir, tmp_path / "state", keys["city"])
    assert not live.reload() and live.current is None
    assert live.refused is not None and "not signed" in live.refused


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
@pytest.mark.expect_log("kiosk.trust.gate", "WARNING")
def test_a_copy_once_trusted_is_not_shown_when_its_key_is_removed(
    content_dir: Path, tmp_path: Path, keys: dict[str, KeyPair]
) -> None:
    state_dir = tmp_path / "state"
    sign_with_debian_tools(content_dir, keys["city"], T0)
    assert live_for(content_dir, state_dir, keys["city"]).reload()
    revoked = live_for(content_dir, state_dir, keys["next"])
    assert not revoked.reload() and revoked.current is None
    assert not (state_dir / "content" / "current").exists()


@pytest.mark.expect_log("kiosk.trust.gate", "WARNING")
def test_a_state_dir_that_cannot_be_made_reads_the_folder_as_today(
    content_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with caplog.at_level(logging.WARNING):
        live = LiveContent(content_dir, DEFAULT_HOSTS, state_dir=blocker / "state")
    assert live.reload() and live.content_in_use == content_dir
    assert "cannot keep a last good copy" in caplog.text
