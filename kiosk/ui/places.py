"""Where a visitor can be: a screen and what it shows."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.model import Content


@dataclass(frozen=True)
class Place:
    """A screen and what it shows (a topic or card id)."""

    screen: str
    item: str = ""


def every_place(content: Content) -> list[Place]:
    """Every screen a visitor can reach, each topic's list and each card once."""
    places = [Place("attract"), Place("picker"), Place("topics")]
    for topic in content.topics:
        places.append(Place("cards", topic.id))
        places.extend(Place("card", card.id) for card in content.cards_of(topic.id))
    return places
