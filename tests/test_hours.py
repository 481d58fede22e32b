"""Opening hours, without a screen."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.hours import HoursError, parse_hours

MONDAY = dt.datetime(2026, 11, 30)  # a Monday


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return MONDAY + dt.timedelta(days=day, hours=hour, minutes=minute)


def test_empty_is_always_open() -> None:
    hours = parse_hours("")
    assert hours.always_open and hours.is_open(at(6, 3)) and hours.next_change(at(6, 3)) is None


def test_weekdays_and_a_saturday_morning() -> None:
    hours = parse_hours("Mon-Fri 08:00-17:30; Sat 09:00-13:00")
    assert not hours.is_open(at(0, 7, 59))
    assert hours.is_open(at(0, 8, 0))
    assert hours.is_open(at(4, 17, 29))
    assert not hours.is_open(at(4, 17, 30))
    assert hours.is_open(at(5, 10))
    assert not hours.is_open(at(6, 10))  # Sunday


def test_the_next_change_is_the_next_opening_or_closing() -> None:
    hours = parse_hours("Mon-Fri 08:00-17:30")
    assert hours.next_change(at(0, 7)) == at(0, 8)
    assert hours.next_change(at(0, 8)) == at(0, 17, 30)
    assert hours.next_change(at(4, 18)) == at(7, 8)  # Friday evening: Monday morning


def test_day_lists_and_ranges_that_wrap() -> None:
    hours = parse_hours("Sat-Mon 10:00-12:00, Wed 10:00-12:00")
    open_days = {d for d in range(7) if hours.is_open(at(d, 11))}
    assert open_days == {0, 2, 5, 6}


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("weekdays 8-5", "is not opening hours"),
        ("Mon-Fri 08:00", "is not opening hours"),
        ("Mon-Fry 08:00-17:00", "'fry' is not a day"),
        ("Mon 25:00-26:00", "is not a time of day"),
        ("Mon 17:00-08:00", "closes before it opens"),
    ],
)
def test_bad_hours_say_how_to_write_them(text: str, says: str) -> None:
    with pytest.raises(HoursError, match=says):
        parse_hours(text)
