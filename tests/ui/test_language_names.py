"""Hear your language before you can read it (issue 22 §4): a tile held down on the picker says
its language's name, from a reader's recording (content/audio/ui/language-name/<lang>.*) or in
the language's own voice; the hold never also chooses the language, and a tap still chooses at
once. By finger and by mouse. What plays is logged nowhere.

The recordings here are tones written by the test (tests/helpers/sounds.py), never a reader's."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.i18n.languages import LANGUAGES
from kiosk.navigation import Place
from kiosk.speech import sound_protocol as p
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.tile_button import TileButton
from tests.helpers.sound_stand_in import StandInSound
from tests.helpers.sounds import listed, write_wav
from tests.helpers.touch import at, touch_tap, touchscreen

pytestmark = pytest.mark.gui

RECORDED = "km"  # no voice in the stand-in (nor in any engine Debian ships): a reader's recording


@pytest.fixture
def kiosk(make_window: Any, repo_copy: Path) -> Iterator[tuple[KioskWindow, Path]]:
    """A window at the picker whose content folder holds a recording of Khmer's name."""
    recording = write_wav(repo_copy / "content" / "audio" / "ui" / "language-name" / f"{RECORDED}.wav", 0.6)
    listed(recording, LANGUAGES[RECORDED].autonym)  # the manifest vouches for it, as the studio's does
    window = make_window(content_dir=repo_copy / "content")
    window.go(Place("picker"))
    QApplication.processEvents()
    assert window.listen.speaker.available  # started, as after the kiosk's first frame
    yield window, recording


def tile(window: KioskWindow, code: str) -> TileButton:
    return next(t for t in window.picker.grid.tiles if t.tile_id == code)


def sounds_sent(window: KioskWindow) -> list[p.Message]:
    link = window.listen.speaker.link
    assert isinstance(link, StandInSound)
    return [m for m in link.heard if m.get("do") in (p.PLAY, p.SPEAK)]


def hold_by_mouse(qtbot: Any, window: KioskWindow, code: str) -> None:
    button = tile(window, code)
    with qtbot.waitSignal(window.picker.held, timeout=10_000):
        qtbot.mousePress(button, Qt.MouseButton.LeftButton)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)


def hold_by_touch(qtbot: Any, window: KioskWindow, code: str) -> None:
    point = at(tile(window, code))
    with qtbot.waitSignal(window.picker.held, timeout=10_000):
        QTest.touchEvent(window, touchscreen()).press(0, point, window).commit()
    QTest.touchEvent(window, touchscreen()).release(0, point, window).commit()
    QApplication.processEvents()


HOLDS = {"mouse": hold_by_mouse, "touch": hold_by_touch}


@pytest.mark.parametrize("how", HOLDS)
def test_holding_a_tile_plays_the_recorded_name_and_does_not_choose(
    qtbot: Any, kiosk: tuple[KioskWindow, Path], how: str, caplog: pytest.LogCaptureFixture
) -> None:
    window, recording = kiosk
    caplog.set_level(logging.DEBUG)
    HOLDS[how](qtbot, window, RECORDED)
    qtbot.waitUntil(lambda: bool(sounds_sent(window)), timeout=3000)
    assert [(m["do"], m.get("path")) for m in sounds_sent(window)] == [(p.PLAY, str(recording))]
    assert window.listen.speaker.playing_source == recording
    assert window.stack.currentWidget() is window.picker, "the hold did not choose"
    assert window.translator.code == "en"
    assert not tile(window, RECORDED).isDown(), "no pressed look left behind"
    said = "\n".join(record.getMessage() for record in caplog.records)
    for name in ("ខ្មែរ", "Khmer", f"{RECORDED}.wav", "language-name"):
        assert name not in said, "no log line names the language"


@pytest.mark.parametrize("how", HOLDS)
def test_without_a_recording_the_languages_own_voice_says_it(
    qtbot: Any, kiosk: tuple[KioskWindow, Path], how: str
) -> None:
    window, _ = kiosk
    HOLDS[how](qtbot, window, "en")  # the stand-in has an English voice only
    qtbot.waitUntil(lambda: bool(sounds_sent(window)), timeout=3000)
    said = [(m["do"], m.get("text"), m.get("lang")) for m in sounds_sent(window)]
    assert said == [(p.SPEAK, "English", "en")]
    assert window.stack.currentWidget() is window.picker


@pytest.mark.parametrize("how", HOLDS)
def test_neither_voice_nor_recording_the_hold_does_nothing_harmful(
    qtbot: Any, kiosk: tuple[KioskWindow, Path], how: str
) -> None:
    window, _ = kiosk
    HOLDS[how](qtbot, window, "hmn")
    QApplication.processEvents()
    assert sounds_sent(window) == [] and not window.message.isVisible()
    assert window.stack.currentWidget() is window.picker and window.translator.code == "en"


def test_a_tap_still_chooses_at_once_and_plays_nothing(qtbot: Any, kiosk: tuple[KioskWindow, Path]) -> None:
    window, _ = kiosk
    touch_tap(tile(window, RECORDED))
    assert window.stack.currentWidget() is window.topics and window.translator.code == RECORDED
    assert sounds_sent(window) == []
    window.go(Place("picker"))
    qtbot.mouseClick(tile(window, "en"), Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.topics and window.translator.code == "en"
    assert sounds_sent(window) == []


def test_a_finger_that_wavers_after_the_hold_still_does_not_choose(
    qtbot: Any, kiosk: tuple[KioskWindow, Path]
) -> None:
    window, _ = kiosk
    button = tile(window, RECORDED)
    centre = button.rect().center()
    with qtbot.waitSignal(window.picker.held, timeout=10_000):
        qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseMove(button, centre + QPoint(QApplication.startDragDistance() // 2, 1))
    assert not button.isDown()
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=centre)
    assert window.stack.currentWidget() is window.picker and window.translator.code == "en"
