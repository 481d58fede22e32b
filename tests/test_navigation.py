"""The visitor's way through the screens, without a screen."""

from __future__ import annotations

from kiosk.navigation import ATTRACT, PICKER, TOPICS, History, Place

TOPIC = Place("cards", "police")
CARD = Place("card", "report-a-crime")


def test_between_visits_the_place_is_attract() -> None:
    history = History()
    assert history.place == ATTRACT and not history and not history.can_go_back


def test_a_visit_starts_at_the_picker_and_a_language_leads_to_the_topics() -> None:
    history = History()
    assert history.start() == PICKER
    assert history.language_chosen() == TOPICS
    assert history.places == (PICKER, TOPICS)


def test_back_walks_the_way_back_but_never_past_the_first_screen() -> None:
    history = History([PICKER, TOPICS])
    history.go(TOPIC)
    history.go(CARD)
    assert history.back() == TOPIC
    assert history.back() == TOPICS
    assert history.back() == PICKER
    assert history.back() == PICKER


def test_going_home_again_drops_the_way_in_between() -> None:
    history = History([PICKER, TOPICS, TOPIC, CARD])
    assert history.go(TOPICS) == TOPICS
    assert history.places == (PICKER, TOPICS)


def test_the_same_screen_twice_is_remembered_once() -> None:
    history = History([PICKER, TOPICS])
    history.go(TOPIC)
    history.go(TOPIC)
    assert history.places == (PICKER, TOPICS, TOPIC)


def test_a_place_not_remembered_is_shown_but_not_added() -> None:
    history = History([PICKER])
    assert history.go(TOPICS, remember=False) == TOPICS
    assert history.places == (PICKER,)


def test_the_picker_mid_visit_returns_to_where_the_visitor_was() -> None:
    history = History([PICKER, TOPICS, TOPIC, CARD])
    assert history.open_picker() == PICKER
    assert history.open_picker() == PICKER  # a second tap adds nothing
    assert history.language_chosen() == CARD
    assert history.places == (PICKER, TOPICS, TOPIC, CARD)


def test_replace_and_clear() -> None:
    history = History([PICKER, TOPICS])
    assert history.replace([Place("admin")]) == Place("admin")
    assert history.places == (Place("admin"),)
    history.clear()
    assert history.place == ATTRACT
