"""Content updates while the kiosk runs: a valid one is taken, a bad one refused, the last
good version kept, and a folder deleted under the kiosk is no crash."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from kiosk.config import DEFAULT_HOSTS
from kiosk.content.live import LiveContent
from tests.helpers.content import write_card


def test_a_valid_update_replaces_the_content(content_dir: Path) -> None:
    live = LiveContent(content_dir, DEFAULT_HOSTS)
    assert live.reload() and live.current is not None
    assert not live.reload(), "nothing changed: nothing to switch"
    write_card(content_dir, "report-crime", "police", "Can I report a crime to the police?", "city-statement")
    assert live.reload()
    assert live.current.cards["report-crime"].title == "Can I report a crime to the police?"
    assert live.refused is None


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_bad_update_is_refused_and_the_last_good_version_stays(
    content_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    live = LiveContent(content_dir, DEFAULT_HOSTS)
    live.reload()
    good = live.current
    write_card(content_dir, "report-crime", "no-such-topic", "Broken", "city-statement")
    with caplog.at_level(logging.WARNING, logger="kiosk.content.live"):
        assert not live.reload()
    assert live.current is good
    assert (
        live.refused is not None and "report-crime.yaml" in live.refused and "no-such-topic" in live.refused
    )
    assert "keeping the last good version" in caplog.text
    assert "report-crime.yaml" in caplog.text, "staff see which file and line"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_deleted_folder_keeps_the_content_on_screen(content_dir: Path) -> None:
    live = LiveContent(content_dir, DEFAULT_HOSTS)
    live.reload()
    good = live.current
    shutil.rmtree(content_dir)
    assert not live.reload()
    assert live.current is good
    assert live.refused is not None and "content folder not found" in live.refused


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_no_good_content_at_all_is_said(tmp_path: Path) -> None:
    live = LiveContent(tmp_path / "nothing-here", DEFAULT_HOSTS)
    assert not live.reload()
    assert live.current is None and live.refused is not None


@pytest.mark.expect_log("kiosk.content.live", "ERROR")
@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_an_error_while_reading_is_a_refused_update(content_dir: Path) -> None:
    def exploding(folder: Path, hosts: list[str]) -> object:
        raise PermissionError(13, "Permission denied")

    live = LiveContent(content_dir, DEFAULT_HOSTS)
    live.reload()
    good = live.current
    live._load = exploding  # type: ignore[assignment]
    assert not live.reload()
    assert live.current is good and live.refused is not None and "Permission denied" in live.refused
