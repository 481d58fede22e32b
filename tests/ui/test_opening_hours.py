"""Outside opening hours the kiosk draws nothing and waits; a touch still wakes it for a visit.
Driven by a wall clock the test moves."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtGui import QColor

from kiosk.config import ConfigError, from_mapping
from kiosk.ui.main_window import KioskWindow
from tests.helpers.touch import touch_tap

pytestmark = pytest.mark.gui

HOURS = "Mon-Fri 08:00-17:30"
MONDAY_NIGHT = dt.datetime(2026, 11, 30, 22, 0)


class WallClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def all_black(window: KioskWindow) -> bool:
    image = window.grab().toImage()
    black = QColor("black").rgb()
    points = [(x, y) for x in range(0, image.width(), 97) for y in range(0, image.height(), 89)]
    return all(image.pixel(x, y) == black for x, y in points)


def test_closed_draws_nothing_and_runs_no_timer(make_window: Any) -> None:
    window = make_window(open_hours=HOURS, wall_clock=WallClock(MONDAY_NIGHT))
    assert window.stack.currentWidget() is window.stack.closed
    assert not window.top_bar.isVisible()
    assert all_black(window)
    assert not window.attract.timer.isActive()  # no language cycle while nobody can see it
    assert not window.idle.timer.isActive()


def test_a_touch_wakes_it_for_a_visit_and_it_goes_dark_again_after(make_window: Any) -> None:
    window = make_window(open_hours=HOURS, wall_clock=WallClock(MONDAY_NIGHT))
    touch_tap(window.stack.closed)
    assert window.stack.currentWidget() is window.picker
    window.reset_visit()  # the visit ends (the idle timeout, in real life)
    assert window.stack.currentWidget() is window.stack.closed


def test_it_opens_and_closes_with_the_clock(make_window: Any) -> None:
    clock = WallClock(MONDAY_NIGHT)
    window = make_window(open_hours=HOURS, wall_clock=clock)
    clock.now = dt.datetime(2026, 12, 1, 8, 0, 1)  # Tuesday morning
    window.hours.check()
    assert window.stack.currentWidget() is window.attract
    assert window.attract.timer.isActive()
    touch_tap(window.attract)
    clock.now = dt.datetime(2026, 12, 1, 17, 31)  # closing time, mid-visit
    window.hours.check()
    assert window.stack.currentWidget() is window.picker  # the visitor is not cut off
    window.reset_visit()
    assert window.stack.currentWidget() is window.stack.closed


def test_the_timer_is_set_to_the_next_opening(make_window: Any) -> None:
    window = make_window(open_hours=HOURS, wall_clock=WallClock(MONDAY_NIGHT))
    remaining = window.hours._timer.remainingTime()
    assert abs(remaining - 10 * 3600 * 1000) < 0.01 * 10 * 3600 * 1000  # 22:00 -> 08:00 (coarse timer)


def test_always_open_without_the_setting(window: KioskWindow) -> None:
    assert window.stack.currentWidget() is window.attract
    assert not window.hours._timer.isActive()


def test_bad_hours_are_refused_with_the_setting_named() -> None:
    with pytest.raises(ConfigError) as caught:
        from_mapping({"open_hours": "weekdays 8 to 5"})
    assert any("open_hours: 'weekdays 8 to 5' is not opening hours" in p for p in caught.value.problems)


@pytest.mark.parametrize(
    ("platform", "tools", "off"),
    [
        ("xcb", {"xset"}, ["xset", "dpms", "force", "off"]),
        ("wayland", {"wlopm"}, ["wlopm", "--off", "*"]),
        ("xcb", set(), None),  # no tool: only black
        ("offscreen", {"xset", "wlopm"}, None),
    ],
)
def test_the_display_is_switched_off_where_the_session_can(
    monkeypatch: pytest.MonkeyPatch, platform: str, tools: set[str], off: list[str] | None
) -> None:
    from kiosk.ui.services import display_power

    monkeypatch.setattr(display_power.QGuiApplication, "platformName", lambda: platform)
    monkeypatch.setattr(
        display_power.shutil, "which", lambda name: f"/usr/bin/{name}" if name in tools else None
    )
    assert display_power._command(False) == off
