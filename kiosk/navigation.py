"""Where a visitor is and how they got there: pure logic, tested without a screen.

The window draws `History.place`; every tap that moves the visitor asks the history where to
go next. Home (the topics) and the picker are anchors: going there again drops the way in
between, so Back never walks a visitor round in circles.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

ScreenName = Literal["attract", "picker", "topics", "cards", "card", "admin", "unavailable", "closed"]
"""Every screen of the kiosk. "cards" is a topic's list of cards, "card" one card; the last two
are never a visitor's place, only what kiosk.visit shows instead of one."""


@dataclass(frozen=True)
class Place:
    """A screen and what it shows (a topic or card id)."""

    screen: ScreenName
    item: str = ""


ATTRACT = Place("attract")
PICKER = Place("picker")
TOPICS = Place("topics")


class History:
    """The visitor's way through the screens, newest last; empty between visits (Attract)."""

    def __init__(self, places: Iterable[Place] = ()) -> None:
        self._places = list(places)

    @property
    def places(self) -> tuple[Place, ...]:
        return tuple(self._places)

    @property
    def place(self) -> Place:
        """Where the visitor is now: Attract when nobody is here."""
        return self._places[-1] if self._places else ATTRACT

    @property
    def can_go_back(self) -> bool:
        return len(self._places) > 1

    def __len__(self) -> int:
        return len(self._places)

    def replace(self, places: Iterable[Place]) -> Place:
        """Start the way anew from `places` (a new visit, the admin screen, a check's tour)."""
        self._places = list(places)
        return self.place

    def clear(self) -> None:
        self._places.clear()

    def go(self, place: Place, remember: bool = True) -> Place:
        if remember and place != self.place:
            if place in self._places:
                del self._places[self._places.index(place) + 1 :]
            else:
                self._places.append(place)
        return place

    def back(self) -> Place:
        if self.can_go_back:
            self._places.pop()
        return self.place

    def start(self) -> Place:
        """A visitor touched Attract: the picker comes first."""
        return self.replace([PICKER])

    def open_picker(self) -> Place:
        # On top of the way so far: after choosing, the visitor is back where they were.
        if self.place.screen != "picker":
            self._places.append(PICKER)
        return self.place

    def language_chosen(self) -> Place:
        """Back to where the visitor was, now in their language; at the start, the topics."""
        return self.back() if self.can_go_back else self.go(TOPICS)
