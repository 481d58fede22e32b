"""What the kiosk shows, decided in one place (kiosk.visit), without a screen."""

from __future__ import annotations

from typing import get_args

import pytest

from kiosk.navigation import ATTRACT, PICKER, TOPICS, Place, ScreenName
from kiosk.visit import Mode, VisitState

CARD = Place("card", "report-a-crime")
ADMIN = Place("admin")


def state(**facts: bool) -> VisitState:
    """A kiosk that has read its content, open, unless `facts` say otherwise."""
    made = VisitState("en")
    seen = {"content_read": True, "has_content": True, "closed": False, **facts}
    made.observe(**seen)
    return made


def test_between_visits_the_kiosk_shows_attract() -> None:
    assert (state().mode(), state().screen()) == (Mode.ATTRACT, "attract")


@pytest.mark.parametrize(
    ("facts", "place", "mode", "screen"),
    [
        ({}, ATTRACT, Mode.ATTRACT, "attract"),
        ({}, CARD, Mode.VISIT, "card"),
        ({}, ADMIN, Mode.ADMIN, "admin"),
        # The first frame, before the content is read: Attract, or dark outside opening hours.
        ({"content_read": False, "has_content": False}, ATTRACT, Mode.UPDATING, "attract"),
        ({"content_read": False, "has_content": False, "closed": True}, ATTRACT, Mode.CLOSED, "closed"),
        ({"closed": True}, ATTRACT, Mode.CLOSED, "closed"),
        # A visitor woke the closed screen, or was here when it closed: not cut off.
        ({"closed": True}, TOPICS, Mode.VISIT, "topics"),
        # Nothing valid to show: the unavailable screen, wherever the visitor was, open or not.
        ({"has_content": False}, ATTRACT, Mode.UNAVAILABLE, "unavailable"),
        ({"has_content": False}, CARD, Mode.UNAVAILABLE, "unavailable"),
        ({"has_content": False, "closed": True}, ATTRACT, Mode.UNAVAILABLE, "unavailable"),
        # Staff reach the admin screen whatever the content.
        ({"has_content": False}, ADMIN, Mode.ADMIN, "admin"),
    ],
)
def test_each_mode_shows_its_screen(
    facts: dict[str, bool], place: Place, mode: Mode, screen: ScreenName
) -> None:
    shown = state(**facts)
    assert (shown.mode(place), shown.screen(place)) == (mode, screen)


def test_content_that_cannot_be_drawn_shows_the_unavailable_screen_until_replaced() -> None:
    shown = state(content_read=False)
    shown.set_broken(True)
    assert shown.screen(ATTRACT) == "unavailable", "even before the content was read"
    shown.set_broken(False)
    assert shown.screen(ATTRACT) == "attract"


def test_a_visitors_screen_before_the_content_was_read_asks_for_it_first() -> None:
    shown = state(content_read=False, has_content=False)
    assert shown.needs_content(PICKER)
    assert not shown.needs_content(ATTRACT) and not shown.needs_content(ADMIN)
    assert not state().needs_content(PICKER)


def test_every_mode_names_a_screen() -> None:
    assert all(state().mode(place) in Mode for place in (ATTRACT, CARD, ADMIN))
    screens = set(get_args(ScreenName))
    for facts in ({}, {"closed": True}, {"has_content": False}, {"content_read": False}):
        for place in (ATTRACT, PICKER, TOPICS, Place("cards", "police"), CARD, ADMIN):
            assert state(**facts).screen(place) in screens


def test_a_visit_goes_through_the_state_and_the_reset_forgets_all_of_it() -> None:
    shown = state()
    assert shown.start() == PICKER and shown.visitor_here()
    shown.set_language("es")
    assert shown.language_chosen() == TOPICS
    shown.go(Place("cards", "police"))
    shown.go(CARD)
    shown.set_display(large_text=True, high_contrast=True)
    assert (shown.mode(), shown.screen(), shown.language) == (Mode.VISIT, "card", "es")

    assert shown.reset() == ATTRACT
    assert not shown.visitor_here() and not shown.history.can_go_back
    assert (shown.language, shown.large_text, shown.high_contrast) == ("en", False, False)
    assert shown.screen() == "attract"


def test_the_picker_opened_mid_visit_leads_back_where_the_visitor_was() -> None:
    shown = state()
    shown.start()
    shown.language_chosen()
    shown.go(CARD)
    assert shown.open_picker() == PICKER
    assert shown.language_chosen() == CARD


def test_the_admin_screen_replaces_the_visit() -> None:
    shown = state()
    shown.start()
    assert shown.open_admin() == ADMIN
    assert shown.history.places == (ADMIN,) and shown.mode() is Mode.ADMIN
