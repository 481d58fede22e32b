"""Every screen of the kiosk in one stack, one on show at a time."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QWidget

from kiosk.content.model import Content
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import Translator
from kiosk.i18n.views import card_items, card_view, topic_view, topic_views
from kiosk.navigation import Place
from kiosk.ui.screens.admin import AdminScreen
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.screens.card import CardScreen
from kiosk.ui.screens.card_list import CardListScreen
from kiosk.ui.screens.closed import ClosedScreen
from kiosk.ui.screens.picker import PickerScreen
from kiosk.ui.screens.topics import TopicsScreen
from kiosk.ui.screens.unavailable import UnavailableScreen
from kiosk.ui.theme import Theme


class Screens(QStackedWidget):
    def __init__(self) -> None:
        super().__init__()
        self.attract = AttractScreen()
        self.picker = PickerScreen()
        self.topics = TopicsScreen()
        self.card_list = CardListScreen()
        self.card = CardScreen()
        self.unavailable = UnavailableScreen()
        self.admin = AdminScreen()  # staff only, behind the PIN (see flows/admin.py)
        self.closed = ClosedScreen()  # outside opening hours
        visitor = (self.attract, self.picker, self.topics, self.card_list, self.card)
        for screen in (*visitor, self.unavailable, self.admin, self.closed):
            # A screen not on show must not make the window larger than the monitor (the
            # stack takes its pages' largest minimum): each gets the room there is, and the
            # layout checks report any text that does not fit in it.
            screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.addWidget(screen)

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
            self.picker.show_languages([LANGUAGES[code] for code in languages], size, theme, "")
            widget = self.picker
        elif place.screen == "topics":
            title = tr.pgettext("screen title", "What would you like to know?")
            intro = tr.pgettext("topics intro", "Touch a topic to see more.")
            self.topics.show_topics(topic_views(content, tr), theme, intro)
            widget = self.topics
        elif place.screen == "cards":
            topic = topic_view(content.topic(place.item), tr)
            title = topic.title
            self.card_list.show_cards(card_items(content, place.item, tr), theme, topic.summary)
            widget = self.card_list
        else:
            card = content.cards[place.item]
            title = topic_view(content.topic(card.topic), tr).title
            self.card.show_card(card_view(content, card, tr), tr, theme)
            widget = self.card
        self.setCurrentWidget(widget)
        return title
