"""The visitor's volume beside Listen (issue 22 §3; EN 301 549 5.1.3.4, Section 508 402.3):
shown where Listen is offered, each tap of Quieter or Louder sends a new gain to the sound
process (the stand-in's record of what it was told), over at least 20 dB, and the next visit
starts at the default, whether the last one ended by the idle timeout or was ended at once."""

from __future__ import annotations

import math
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Content
from kiosk.navigation import Place
from kiosk.speech import sound_protocol as p
from kiosk.speech.volume import DEFAULT_STEP, STEPS_DB, step_gain
from kiosk.ui.main_window import KioskWindow
from tests.helpers.clock import FakeClock
from tests.helpers.sound_stand_in import StandInSound
from tests.helpers.touch import touch_tap
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui


def open_card(window: KioskWindow, content: Content, language: str = "en") -> None:
    card_id = content.cards_of(content.topics[0].id)[0].id
    window.set_language(language)
    window.history.replace([Place("picker"), Place("topics")])
    window.go(Place("card", card_id))
    QApplication.processEvents()  # laid out, as it is by the time a finger comes


def sound_of(window: KioskWindow) -> StandInSound:
    link = window.listen.speaker.link
    assert isinstance(link, StandInSound)
    return link


def levels_sent(window: KioskWindow) -> list[float]:
    return [float(m["level"]) for m in sound_of(window).heard if m.get("do") == p.VOLUME]


def wait_level(qtbot: Any, window: KioskWindow, level: float) -> None:
    """The sound process was told `level` last."""
    qtbot.waitUntil(lambda: levels_sent(window)[-1:] == [pytest.approx(level)], timeout=3000)


def bars_filled(window: KioskWindow) -> int:
    return window.card.volume.bars.level


def test_shown_beside_listen_only_where_listen_is_offered(window: KioskWindow, content: Content) -> None:
    open_card(window, content, "en")
    volume = window.card.volume
    assert window.card.listen_button.isVisible() and volume.isVisible()
    assert volume.quieter.isVisible() and volume.louder.isVisible() and volume.bars.isVisible()
    side = window.theme.layout.action_button
    assert volume.louder.height() == side and volume.louder.width() == side, "as big a target as Listen"
    assert volume.louder.accessibleName() == "Louder" and volume.quieter.accessibleName() == "Quieter"
    assert volume.bars.accessibleName() == f"Volume: {DEFAULT_STEP + 1} of {len(STEPS_DB)}"
    open_card(window, content, "es")  # the stand-in speaks English only, and no recording
    assert not window.card.listen_button.isVisible() and not volume.isVisible()


def test_the_default_reaches_the_sound_process(qtbot: Any, window: KioskWindow) -> None:
    window.listen.speaker.prepare()  # as the kiosk does after its first frame
    wait_level(qtbot, window, step_gain(DEFAULT_STEP))
    assert window.listen.speaker.volume == pytest.approx(step_gain(DEFAULT_STEP))


def test_louder_by_mouse_and_quieter_by_touch_change_what_is_sent(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    open_card(window, content, "en")
    volume = window.card.volume
    tap(qtbot, volume.louder)
    wait_level(qtbot, window, step_gain(DEFAULT_STEP + 1))
    assert bars_filled(window) == DEFAULT_STEP + 2
    touch_tap(volume.quieter)
    touch_tap(volume.quieter)  # two quick taps: two steps (the tap guard lets them through)
    wait_level(qtbot, window, step_gain(DEFAULT_STEP - 1))
    assert bars_filled(window) == DEFAULT_STEP


def test_a_change_while_listen_reads_reaches_it_and_the_range_is_20_db_or_more(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    open_card(window, content, "en")
    volume, speaker = window.card.volume, window.listen.speaker
    with qtbot.waitSignal(speaker.started, timeout=3000):
        tap(qtbot, window.card.listen_button)
    for _ in STEPS_DB:
        tap(qtbot, volume.louder)
    wait_level(qtbot, window, 1.0)
    assert not volume.louder.isEnabled() and volume.quieter.isEnabled(), "the top: Louder greyed"
    assert window.card.listen_button.text() == "Stop", "the reading goes on"
    loudest = levels_sent(window)[-1]
    for _ in STEPS_DB:
        touch_tap(volume.quieter)
    wait_level(qtbot, window, step_gain(0))
    assert not volume.quieter.isEnabled() and bars_filled(window) == 1
    assert 20 * math.log10(loudest / levels_sent(window)[-1]) >= 20


def test_the_idle_timeout_puts_the_volume_back(
    qtbot: Any, window: KioskWindow, content: Content, clock: FakeClock
) -> None:
    open_card(window, content, "en")
    tap(qtbot, window.card.volume.louder)
    tap(qtbot, window.card.volume.louder)
    wait_level(qtbot, window, step_gain(DEFAULT_STEP + 2))
    window.idle.start()
    clock.t += window.idle.clock.timeout + 1  # the screen's own time (its text adds some)
    window.idle.check()
    clock.t += window.cfg.idle_warning + 1
    window.idle.check()
    assert window.stack.currentWidget() is window.attract
    wait_level(qtbot, window, step_gain(DEFAULT_STEP))
    open_card(window, content, "en")
    assert window.card.volume.step == DEFAULT_STEP and bars_filled(window) == DEFAULT_STEP + 1


def test_the_end_of_a_visit_puts_the_volume_back(qtbot: Any, window: KioskWindow, content: Content) -> None:
    """Finished, staff leaving the admin screen, an update between visits: each ends the visit
    by reset_visit."""
    open_card(window, content, "en")
    touch_tap(window.card.volume.quieter)
    wait_level(qtbot, window, step_gain(DEFAULT_STEP - 1))
    window.reset_visit()
    wait_level(qtbot, window, step_gain(DEFAULT_STEP))
    assert window.card.volume.step == DEFAULT_STEP


@pytest.mark.expect_log("kiosk.ui.audio.speaker", "WARNING")
def test_a_sound_process_started_again_gets_the_visitors_volume(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    open_card(window, content, "en")
    tap(qtbot, window.card.volume.louder)
    wait_level(qtbot, window, step_gain(DEFAULT_STEP + 1))
    sound, speaker = sound_of(window), window.listen.speaker
    before = len(sound.heard)
    sound.kill()  # as a crash would: the speaker starts it again, and it starts at full scale
    qtbot.waitUntil(lambda: speaker.restarts == 1 and speaker.available, timeout=5000)
    told = lambda: [m.get("level") for m in sound.heard[before:] if m.get("do") == p.VOLUME]  # noqa: E731
    qtbot.waitUntil(lambda: told() == [pytest.approx(step_gain(DEFAULT_STEP + 1))], timeout=3000)


def test_by_keys_alone_louder_is_reached_named_and_chosen(
    qtbot: Any, window: KioskWindow, content: Content
) -> None:
    said: list[str] = []
    speaker = window.listen.speaker
    speaker.say = lambda text, lang: said.append(text) or True  # type: ignore[method-assign]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Return)  # any key wakes the kiosk: keypad mode
    open_card(window, content, "en")
    for _ in range(40):
        if QApplication.focusWidget() is window.card.volume.louder:
            break
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.card.volume.louder
    assert said[-1] == "Louder", "its name is said as the ring reaches it"
    qtbot.keyClick(window.card.volume.louder, Qt.Key.Key_Return)
    wait_level(qtbot, window, step_gain(DEFAULT_STEP + 1))
