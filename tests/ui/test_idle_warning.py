"""Issue 21 §3, time enough: "Are you still there?" lasts at least 20 s with a ring that runs
down, Keep reading carries on where the visitor was, Start over ends the visit now (by touch
and by mouse), nothing times out while Listen reads, and a long card gives more time than a
short one. Time is moved on the test's clock, never slept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config, settings
from kiosk.content.model import Content
from kiosk.display.contrast import contrast_ratio
from kiosk.display.palettes import HIGH_CONTRAST, NORMAL
from kiosk.idle import LEAST_WARNING, TICK
from kiosk.navigation import Place
from kiosk.speech import sound_protocol as p
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.countdown_ring import ring_colours
from tests.helpers.clock import FakeClock
from tests.helpers.sound_stand_in import StandInSound
from tests.helpers.touch import touch_tap, touch_tap_at
from tests.helpers.visitor import open_first_card, tap

pytestmark = pytest.mark.gui


def mouse_tap(qtbot: Any) -> Callable[[QWidget], None]:
    return lambda widget: tap(qtbot, widget)


TAPS = {"touch": lambda qtbot: touch_tap, "mouse": mouse_tap}


def warn(window: KioskWindow, clock: FakeClock) -> None:
    """Nobody touches the screen until the warning comes."""
    clock.t += window.idle.clock.timeout
    window.idle.check()
    assert window.idle_overlay.isVisible()


def test_the_warning_lasts_at_least_20_s_and_its_ring_runs_down(
    qtbot: Any, window: KioskWindow, clock: FakeClock
) -> None:
    declared = {info.name: info for info in settings()}["idle_warning"]
    assert declared.minimum == LEAST_WARNING == 20 and declared.default >= 20
    open_first_card(qtbot, window)
    warn(window, clock)
    ring = window.idle_overlay.ring
    assert ring.isVisible() and ring.value == 1
    assert ring.number.text() == str(window.cfg.idle_warning)
    assert window.idle_overlay.button.isVisible() and window.idle_overlay.start_over_button.isVisible()
    shown = [ring.value]
    QApplication.processEvents()
    painted = ring.repaints
    for _ in range(8):  # two seconds, a step at a time
        assert 0 < window.idle.timer.interval() <= TICK * 1000, "a few repaints a second, no more"
        clock.t += TICK
        window.idle.check()
        shown.append(ring.value)
        QApplication.processEvents()
    assert 1 <= ring.repaints - painted <= 8, "one repaint a step at most"
    painted = ring.repaints
    window.idle.check()  # asked again with no time gone: nothing to draw
    QApplication.processEvents()
    assert ring.repaints == painted
    assert all(later < earlier for earlier, later in zip(shown, shown[1:], strict=False)), shown
    assert ring.number.text() == str(window.cfg.idle_warning - 2)
    clock.t += LEAST_WARNING - 2 - 0.5  # 19.5 s into the warning: still there
    window.idle.check()
    assert window.idle_overlay.isVisible() and window.stack.currentWidget() is window.card
    assert 0 < ring.value < shown[-1]


@pytest.mark.parametrize("how", TAPS)
def test_keep_reading_carries_on_where_the_visitor_was(
    qtbot: Any, window: KioskWindow, clock: FakeClock, how: str
) -> None:
    open_first_card(qtbot, window)
    tap(qtbot, window.top_bar.text_button)
    text = window.card.text
    assert text is not None
    text.page(1)
    scrolled = text.browser.verticalScrollBar().value()
    card_id, title = window.card.card_id, window.card.title.text()
    warn(window, clock)
    clock.t += 25  # late in the warning, its ring nearly out
    window.idle.check()
    TAPS[how](qtbot)(window.idle_overlay.button)
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.card
    assert (window.card.card_id, window.card.title.text()) == (card_id, title)
    assert window.translator.code == "es" and window.state.large_text
    assert text.browser.verticalScrollBar().value() == scrolled, "the same place in the text"
    clock.t += window.idle.clock.timeout - 1  # and the whole reading time again
    window.idle.check()
    assert not window.idle_overlay.isVisible()


@pytest.mark.parametrize("how", TAPS)
def test_start_over_ends_the_visit_now(qtbot: Any, window: KioskWindow, clock: FakeClock, how: str) -> None:
    open_first_card(qtbot, window)
    warn(window, clock)
    start_over = window.idle_overlay.start_over_button
    assert start_over.text() and start_over.isVisible()
    TAPS[how](qtbot)(start_over)
    assert window.stack.currentWidget() is window.attract
    assert not window.idle_overlay.isVisible()
    assert window.history.places == () and window.translator.code == "en"
    assert window.card.title.text() == "" and window.card.body_text() == "", "nothing of the card is left"
    assert not window.idle.timer.isActive()


def test_a_touch_on_the_shade_is_an_answer_too(qtbot: Any, window: KioskWindow, clock: FakeClock) -> None:
    open_first_card(qtbot, window)
    warn(window, clock)
    corner = window.idle_overlay.mapTo(window, QPoint(5, 5))
    touch_tap_at(window, corner)
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.card


@pytest.fixture
def english_card(window: KioskWindow, content: Content) -> str:
    card_id = content.cards_of(content.topics[0].id)[0].id
    window.set_language("en")
    window.history.replace([Place("picker"), Place("topics")])
    window.go(Place("card", card_id))
    window.idle.start()
    return card_id


@pytest.mark.usefixtures("english_card")
def test_no_timeout_while_listen_reads_then_the_full_time_from_its_end(
    qtbot: Any, window: KioskWindow, clock: FakeClock
) -> None:
    speaker = window.listen.speaker
    with qtbot.waitSignal(speaker.started, timeout=3000):
        touch_tap(window.card.listen_button)
    assert speaker.reading
    clock.t += 10 * window.idle.clock.timeout  # a long reading; nobody touches anything
    window.idle.check()
    assert not window.idle_overlay.isVisible() and window.stack.currentWidget() is window.card
    assert not window.idle.timer.isActive(), "nothing to wait for while it reads"
    link = speaker.link
    assert isinstance(link, StandInSound)
    with qtbot.waitSignal(speaker.stopped, timeout=3000):
        link.finish()  # the reading comes to its end
    assert not speaker.reading and window.card.listen_button.text() == "Listen"
    clock.t += window.idle.clock.timeout - 1
    window.idle.check()
    assert not window.idle_overlay.isVisible(), "counted from the end of the reading"
    clock.t += 1
    window.idle.check()
    assert window.idle_overlay.isVisible()
    # The warning's own chime and words are no reading: they do not hold the time.
    qtbot.waitUntil(lambda: p.WARN in [m.get("do") for m in link.heard], timeout=3000)
    clock.t += window.cfg.idle_warning
    window.idle.check()
    assert window.stack.currentWidget() is window.attract


@pytest.mark.usefixtures("english_card")
def test_a_name_said_aloud_does_not_hold_the_time(qtbot: Any, window: KioskWindow, clock: FakeClock) -> None:
    speaker = window.listen.speaker
    with qtbot.waitSignal(speaker.started, timeout=3000):
        window.listen.announce("Print this page")
    assert not speaker.reading
    warn(window, clock)


def test_a_long_card_gives_more_time_than_a_short_one(
    qtbot: Any, window: KioskWindow, content: Content, clock: FakeClock
) -> None:
    window.set_language("km")
    window.history.replace([Place("picker"), Place("topics")])
    window.idle.start()
    times = {}
    for card in content.cards.values():
        window.go(Place("card", card.id))
        window.idle.clock.touch()  # as the tap that opened it
        times[card.id] = window.idle.clock.timeout
    shortest, longest = min(times, key=times.__getitem__), max(times, key=times.__getitem__)
    assert times[longest] >= times[shortest] + 30, times
    assert times[longest] <= window.cfg.idle_timeout + 120, "at most two minutes more"
    window.go(Place("card", longest))
    window.idle.clock.touch()
    clock.t += times[shortest] + 1  # the short card's time: the long one's reader reads on
    window.idle.check()
    assert not window.idle_overlay.isVisible()
    clock.t += times[longest] - times[shortest] - 1
    window.idle.check()
    assert window.idle_overlay.isVisible()


def test_the_setting_sets_the_base(make_window: Any, content: Content) -> None:
    card = content.cards_of(content.topics[0].id)[0]
    times = []
    for base in (60, 200):
        window = make_window(idle_timeout=base)
        window.set_language("ur")
        window.history.replace([Place("picker"), Place("topics")])
        window.go(Place("card", card.id))
        times.append(window.idle.clock.timeout)
    assert times[0] > 60 + 10, "an Urdu card has more than 100 letters to read"
    assert times[1] - times[0] == 140


@pytest.mark.parametrize("language", ["en", "ar"])
@pytest.mark.parametrize("contrast", [False, True])
def test_the_ring_is_drawn_in_the_theme_and_mirrored_right_to_left(
    qtbot: Any, window: KioskWindow, clock: FakeClock, language: str, contrast: bool
) -> None:
    window.set_language(language)
    window.set_display(False, contrast)
    window.countdown.show(window.cfg.idle_warning / 4)  # a quarter left
    ring = window.idle_overlay.ring
    image = ring.grab().toImage()
    side, stroke = image.width(), window.theme.layout.ring_stroke
    palette = HIGH_CONTRAST if contrast else NORMAL
    left, track = ring_colours(palette)
    assert contrast_ratio(left, palette.card) >= 3, "a graphic: 3:1 (WCAG 1.4.11)"
    # A point on the circle an eighth of a turn from the top, on either side.
    on_right = image.pixelColor(
        round(side / 2 + 0.35 * (side - stroke)), round(side / 2 - 0.35 * (side - stroke))
    )
    on_left = image.pixelColor(
        round(side / 2 - 0.35 * (side - stroke)), round(side / 2 - 0.35 * (side - stroke))
    )
    ahead, behind = (on_right, on_left) if language == "en" else (on_left, on_right)
    assert ahead.name().upper() == left.upper(), "what is left runs from the top the way the script reads"
    assert behind.name().upper() == track.upper()


def test_no_sound_no_trouble(make_window: Any, clock: FakeClock, qtbot: Any) -> None:
    """Where no sound works the warning comes all the same, silently, and nothing is logged."""
    from kiosk.ui.audio.speaker import Speaker

    class Mute(StandInSound):
        def start(self) -> None:  # never says hello: no sound output
            pass

    window = make_window(speaker=Speaker(Mute()))
    open_first_card(qtbot, window)
    warn(window, clock)
    assert not window.listen.speaker.available


def test_every_config_default_holds(repo_config: Config) -> None:
    assert repo_config.idle_warning >= LEAST_WARNING
