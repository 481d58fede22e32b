"""Every screen of the kiosk in one stack, one on show at a time, each built when first needed.

Only Attract and the closed screen are built before the first frame; the others, from the
factories below, when first shown (or first asked for). Whoever wires a screen's signals says
so with `when_built`: the wiring runs as the screen is built, or at once if it already is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget

from kiosk.content.model import Content
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import Translator
from kiosk.i18n.views import card_items, card_view, english_original, topic_view, topic_views
from kiosk.navigation import Place, ScreenName
from kiosk.ui.screens.admin import AdminScreen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.card import CardScreen
from kiosk.ui.screens.card_list import CardListScreen
from kiosk.ui.screens.closed import ClosedScreen
from kiosk.ui.screens.menu import MenuScreen
from kiosk.ui.screens.picker import PickerScreen
from kiosk.ui.screens.topics import TopicsScreen
from kiosk.ui.screens.unavailable import UnavailableScreen
from kiosk.ui.theme import Theme

FACTORIES: dict[ScreenName, Callable[[], QWidget]] = {
    "attract": AttractScreen,
    "picker": PickerScreen,
    "topics": TopicsScreen,
    "cards": CardListScreen,
    "card": CardScreen,
    "unavailable": UnavailableScreen,
    "admin": AdminScreen,  # staff only, behind the PIN (see flows/admin.py)
    "closed": ClosedScreen,  # outside opening hours
}
FIRST_FRAME: tuple[ScreenName, ...] = ("attract", "closed")  # built before the first frame

S = TypeVar("S", bound=QWidget)


class Screens(QStackedWidget):
    def __init__(self) -> None:
        super().__init__()
        self._built: dict[ScreenName, QWidget] = {}
        self._wiring: dict[ScreenName, list[Callable[[], None]]] = {}
        for name in FIRST_FRAME:
            self.page(name)

    def page(self, name: ScreenName) -> QWidget:
        """The screen `name`, built now if it was not yet (not put on show)."""
        built = self._built.get(name)
        if built is None:
            built = self._built[name] = FACTORIES[name]()
            # A screen not on show must not make the window larger than the monitor (the
            # stack takes its pages' largest minimum): each gets the room there is, and the
            # layout checks report any text that does not fit in it.
            built.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.addWidget(built)
            for wire in self._wiring.get(name, ()):
                wire()
        return built

    def built(self, name: ScreenName, kind: type[S]) -> S | None:
        """The screen `name` if it has been built, else None (nothing of it to clear)."""
        widget = self._built.get(name)
        assert widget is None or isinstance(widget, kind)
        return widget

    def when_built(self, name: ScreenName, wire: Callable[[], None]) -> None:
        """Run `wire` once the screen `name` is built: now, if it already is."""
        self._wiring.setdefault(name, []).append(wire)
        if name in self._built:
            wire()

    def put_on(self, name: ScreenName) -> QWidget:
        """Put the screen `name` on (building it first if need be)."""
        widget = self.page(name)
        self.setCurrentWidget(widget)
        return widget

    def _typed(self, name: ScreenName, kind: type[S]) -> S:
        widget = self.page(name)
        assert isinstance(widget, kind)
        return widget

    # Each screen by its kind, built on first use (tests and tools reach them so).
    @property
    def attract(self) -> AttractScreen:
        return self._typed("attract", AttractScreen)

    @property
    def picker(self) -> PickerScreen:
        return self._typed("picker", PickerScreen)

    @property
    def topics(self) -> TopicsScreen:
        return self._typed("topics", TopicsScreen)

    @property
    def card_list(self) -> CardListScreen:
        return self._typed("cards", CardListScreen)

    @property
    def card(self) -> CardScreen:
        return self._typed("card", CardScreen)

    @property
    def unavailable(self) -> UnavailableScreen:
        return self._typed("unavailable", UnavailableScreen)

    @property
    def admin(self) -> AdminScreen:
        return self._typed("admin", AdminScreen)

    @property
    def closed(self) -> ClosedScreen:
        return self._typed("closed", ClosedScreen)

    def draw_visitor_screen(
        self,
        place: Place,
        content: Content,
        tr: Translator,
        theme: Theme,
        languages: list[str],
        size: tuple[int, int],
    ) -> str:
        """Draw the picker, the topics, a topic's cards or a card, put it on, and return the
        title the top bar shows above it."""
        widget: QWidget
        if place.screen == "picker":
            title = tr.pgettext("screen title", "Choose your language")
            # NOTE: A calm promise above the list of languages (and on the start screen). It is
            # true: the kiosk keeps nothing about a visitor. Plain words, no legal terms.
            privacy = tr.pgettext(
                "privacy promise", "This screen does not record who you are or what you read."
            )
            # NOTE: Said by a screen reader after the name of the language in use, on the list of
            # languages (where that language's tile also has a tick).
            current = tr.pgettext("picker", "Current language")
            shown = [LANGUAGES[code] for code in languages]
            self.picker.show_languages(shown, size, theme, privacy, tr.code, current)
            widget = self.picker
        elif place.screen == "topics":
            title = tr.pgettext("screen title", "What would you like to know?")
            intro = tr.pgettext("topics intro", "Touch a topic to see more.")
            self.topics.show_topics(topic_views(content, tr), theme, intro)
            widget = self.topics
        elif place.screen == "cards":
            topic = topic_view(content.topic(place.item), tr)
            title = topic.title
            self.card_list.show_cards(card_items(content, place.item, tr), theme, topic.summary, topic.icon)
            widget = self.card_list
        else:
            card = content.cards[place.item]
            topic = topic_view(content.topic(card.topic), tr)
            title = topic.title
            view = card_view(content, card, tr)
            self.card.show_card(view, tr, theme, english_original(content, card, view))
            self.card.show_pictogram(topic.icon, theme)
            widget = self.card
        if isinstance(widget, MenuScreen):
            widget.set_heading(title)  # shown standing at a tall screen (kiosk/ui/standing.py)
            # The card's words for the same buttons, beside a list that does not fit.
            widget.set_cue_names(
                tr.pgettext("card button", "Scroll up"), tr.pgettext("card button", "Scroll down")
            )
        self.setCurrentWidget(widget)
        return title
