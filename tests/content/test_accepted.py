"""A content folder that is exactly the copy the kiosk accepted, under the same rules, is read
again without validating it (issue 14); a changed folder, or new rules, is validated again."""

from __future__ import annotations

from pathlib import Path

import pytest

import kiosk.content.accepted
import kiosk.content.live
from kiosk.config import DEFAULT_HOSTS, Config
from kiosk.content.accepted import read_accepted
from kiosk.content.live import LiveContent
from tests.helpers.content import count_validations, load_repo_content, write_card


@pytest.fixture
def validated(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    return count_validations(monkeypatch)


def started(content_dir: Path, state: Path, hosts: list[str] = DEFAULT_HOSTS) -> LiveContent:
    """A kiosk starting on the folder, with its copy kept in `state`."""
    live = LiveContent(content_dir, hosts, state_dir=state)
    live.reload()
    return live


def test_the_accepted_copy_reads_as_the_validator_reads_it(repo_config: Config) -> None:
    assert read_accepted(repo_config.resolve(repo_config.content_dir)) == load_repo_content(repo_config)


def test_a_restart_on_the_same_folder_is_not_validated_and_a_changed_folder_is(
    content_dir: Path, tmp_path: Path, validated: list[Path]
) -> None:
    first = started(content_dir, tmp_path / "state")
    assert first.current is not None and len(validated) == 1, "new: validated, then accepted"

    again = started(content_dir, tmp_path / "state")
    assert len(validated) == 1, "the same files as the copy accepted: not validated again"
    assert again.current == first.current and again.refused is None

    write_card(content_dir, "report-crime", "police", "Can I report a crime today?", "city-statement")
    changed = started(content_dir, tmp_path / "state")
    assert len(validated) == 2, "one file changed: validated"
    assert changed.current is not None
    assert changed.current.cards["report-crime"].title == "Can I report a crime today?"
    started(content_dir, tmp_path / "state")
    assert len(validated) == 2, "and once accepted, not again"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_changed_folder_that_is_invalid_is_refused_and_the_copy_shown(
    content_dir: Path, tmp_path: Path, validated: list[Path]
) -> None:
    good = started(content_dir, tmp_path / "state").current
    write_card(content_dir, "report-crime", "no-such-topic", "Broken", "city-statement")
    live = started(content_dir, tmp_path / "state")
    assert live.current == good, "the copy accepted before"
    assert live.refused is not None and "no-such-topic" in live.refused
    assert len(validated) == 2, "the new folder is validated; the copy it falls back on is not"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_fewer_allowed_hosts_validate_the_copy_again(
    content_dir: Path, tmp_path: Path, validated: list[Path]
) -> None:
    started(content_dir, tmp_path / "state")
    hosts = [host for host in DEFAULT_HOSTS if host != "leginfo.legislature.ca.gov"]
    live = started(content_dir, tmp_path / "state", hosts)
    assert live.current is None, "a QR link to a host no longer allowed is never shown"
    assert live.refused is not None and "leginfo.legislature.ca.gov" in live.refused


def test_a_kiosk_with_new_rules_validates_once_then_trusts_its_verdict(
    content_dir: Path, tmp_path: Path, validated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    started(content_dir, tmp_path / "state")
    # An upgraded kiosk: its validator (or its schemas) changed since the copy was accepted.
    monkeypatch.setattr(kiosk.content.live, "rules_fingerprint", lambda hosts: "validator v2")
    assert started(content_dir, tmp_path / "state").current is not None
    assert len(validated) == 2, "checked again against the new rules"
    started(content_dir, tmp_path / "state")
    assert len(validated) == 2, "the copy's note now says it passed them"


def test_a_kiosk_installed_without_its_validator_sources_always_validates(
    content_dir: Path, tmp_path: Path, validated: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kiosk.content.accepted, "RULES", (tmp_path / "no-such-validate.py",))
    kiosk.content.accepted._validator_digest.cache_clear()
    try:
        assert kiosk.content.accepted.rules_fingerprint(DEFAULT_HOSTS) == ""
        started(content_dir, tmp_path / "state")
        started(content_dir, tmp_path / "state")
        assert len(validated) == 2, "what it was found valid against cannot be named: checked each time"
    finally:
        kiosk.content.accepted._validator_digest.cache_clear()
