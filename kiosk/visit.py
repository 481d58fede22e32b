"""The visit and the kiosk's mode: what decides the screen on show, pure, tested without one.

One object holds it all: the visitor's way through the screens (`History`), their language and
display choices, and what the kiosk's services report (its content read yet or not, none
valid, outside opening hours). From that, `mode` and `screen` say what is shown, in one place;
the window draws it. It changes only through the methods below (Anki's `moveToState`), each
of which the window follows with a redraw.
"""

from __future__ import annotations

import enum

from kiosk.navigation import ATTRACT, History, Place, ScreenName


class Mode(enum.Enum):
    ATTRACT = "attract"  # open, nobody here: the start screen cycles through the languages
    VISIT = "visit"  # a visitor's way through the picker, topics, lists and cards
    CLOSED = "closed"  # outside opening hours, nobody here: a dark screen that a touch wakes
    UNAVAILABLE = "unavailable"  # no valid content to show: a static message
    UPDATING = "updating"  # started, content not read yet: only the first frame, Attract
    ADMIN = "admin"  # staff, behind the PIN


_SCREEN: dict[Mode, ScreenName] = {
    Mode.ATTRACT: "attract",
    Mode.CLOSED: "closed",
    Mode.UNAVAILABLE: "unavailable",
    Mode.UPDATING: "attract",
    Mode.ADMIN: "admin",
}


class VisitState:
    """The state of the kiosk as a visitor sees it; empty history between visits."""

    def __init__(self, default_language: str) -> None:
        self.default_language = default_language
        self.history = History()
        self.language = default_language
        # The visitor's display choices, kept until the visit ends.
        self.large_text = False
        self.high_contrast = False
        # What the kiosk's services report (see `observe`); a kiosk without a content folder to
        # read (a tool, a test) starts with its content read.
        self.content_read = True
        self.has_content = True
        self.closed = False
        self.broken = False  # the content could not be drawn: the unavailable screen stands in

    # -- what is shown ----------------------------------------------------------------------

    @property
    def place(self) -> Place:
        return self.history.place

    def mode(self, place: Place | None = None) -> Mode:
        """The kiosk's mode with the visitor at `place` (by default, where they are)."""
        place = place or self.place
        if place.screen == "admin":
            return Mode.ADMIN
        if not self.content_read and not self.broken:
            # The first frame, nothing read but the catalogs; a touch before the read keeps
            # Attract until the content is in (read off the GUI thread), then shows its place.
            return Mode.CLOSED if self.closed and place.screen == "attract" else Mode.UPDATING
        if self.broken or not self.has_content:
            return Mode.UNAVAILABLE
        if place.screen == "attract":
            return Mode.CLOSED if self.closed else Mode.ATTRACT
        return Mode.VISIT

    def screen(self, place: Place | None = None) -> ScreenName:
        """The screen on show with the visitor at `place` (by default, where they are)."""
        place = place or self.place
        mode = self.mode(place)
        return place.screen if mode is Mode.VISIT else _SCREEN[mode]

    def needs_content(self, place: Place | None = None) -> bool:
        """A visitor's screen asked for before the content was read (a touch before the start
        had read it): read it first."""
        return not self.content_read and (place or self.place).screen not in ("attract", "admin")

    def visitor_here(self) -> bool:
        return bool(self.history)

    # -- what changes it ----------------------------------------------------------------------

    def observe(self, *, content_read: bool, has_content: bool, closed: bool) -> None:
        """What the services report now: the content read yet, any valid, opening hours."""
        self.content_read, self.has_content, self.closed = content_read, has_content, closed

    def set_broken(self, broken: bool) -> None:
        self.broken = broken

    def start(self) -> Place:
        """A visitor touched Attract (or the closed screen): the picker comes first."""
        return self.history.start()

    def go(self, place: Place, remember: bool = True) -> Place:
        return self.history.go(place, remember)

    def back(self) -> Place:
        return self.history.back()

    def open_picker(self) -> Place:
        return self.history.open_picker()

    def set_language(self, code: str) -> None:
        self.language = code

    def language_chosen(self) -> Place:
        """The visitor chose a language: back where they were (at the start, the topics)."""
        return self.history.language_chosen()

    def set_display(self, large_text: bool, high_contrast: bool) -> None:
        self.large_text, self.high_contrast = large_text, high_contrast

    def open_admin(self) -> Place:
        """The staff's screen, over whatever was there (the window sets the default language)."""
        return self.history.replace([Place("admin")])

    def reset(self) -> Place:
        """Forget the visit: Attract, the default language, the normal display."""
        self.history.clear()
        self.large_text = self.high_contrast = False
        self.language = self.default_language
        return ATTRACT
