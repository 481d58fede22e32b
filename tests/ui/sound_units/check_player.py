"""The recording player and the chime on their own. Run by tests/ui/test_player.py in a pytest
process of its own: Qt's media player can deadlock against Python's lock (issue 20), and
never loads in the suite's (tests/helpers/no_multimedia.py).

No sound server is started (tests/conftest.py): without one, Qt's player may finish a
recording at once or fail on it, so these check what was started, what was reported and what
stop() leaves behind, not what was heard.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtMultimedia import QMediaPlayer

from kiosk.ui.audio.player import CHIME, Player, length_ms
from tests.helpers.sounds import write_broken_ogg, write_wav

pytestmark = pytest.mark.gui


@pytest.fixture
def player(qtbot: Any) -> Player:
    return Player()


def media(player: Player) -> QMediaPlayer:
    assert player._media is not None
    return player._media


def test_it_plays_the_recording_and_stop_leaves_it_stopped(
    player: Player, tmp_path: Path, qtbot: Any
) -> None:
    recording = write_wav(tmp_path / "en.wav")
    assert player.play(recording)
    assert player.source == recording
    qtbot.waitUntil(
        lambda: media(player).mediaStatus() != QMediaPlayer.MediaStatus.LoadingMedia, timeout=5000
    )
    with qtbot.assertNotEmitted(player.stopped), qtbot.assertNotEmitted(player.failed):
        player.stop()
    assert player.source is None
    assert media(player).playbackState() == QMediaPlayer.PlaybackState.StoppedState


def test_a_recording_that_will_not_play_fails_every_time_and_is_never_logged(
    player: Player, tmp_path: Path, qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    """Which recording a visitor played is a trace of the visit: `failed` says it, no log does
    (validate finds a broken file before it is signed)."""
    bad = write_broken_ogg(tmp_path / "en.ogg")
    with caplog.at_level(logging.DEBUG):
        for _ in range(2):  # the same file again: Qt would keep its old verdict and say nothing
            with qtbot.waitSignal(player.failed, timeout=5000):
                assert player.play(bad)
            assert player.source is None
    assert not any(bad.name in r.getMessage() or "en" in r.getMessage().split() for r in caplog.records)


def test_stop_leaves_alone_a_player_that_is_not_playing(
    player: Player, tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's FFmpeg player can block on stop() while it opens its output: only a playing one is told."""
    player.stop()
    assert player._media is None, "nothing opened for nothing"
    with qtbot.waitSignal(player.failed, timeout=5000):
        player.play(write_broken_ogg(tmp_path / "en.ogg"))
    told: list[str] = []
    monkeypatch.setattr(media(player), "stop", lambda: told.append("stop"))
    player.stop()
    assert told == []


def test_the_chime_lasts_as_long_as_its_file(tmp_path: Path, qtbot: Any) -> None:
    assert 200 <= Player().chime_ms == length_ms(CHIME) <= 600
    assert Player(chime_path=write_wav(tmp_path / "ding.wav", seconds=0.3)).chime_ms == 300
    assert Player(chime_path=tmp_path / "missing.wav").chime_ms == 0, "no wait for a chime that is not there"
