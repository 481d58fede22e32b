"""Listen on a card, the spoken countdown, and the names of controls in keypad mode.

Speech stops the moment the visitor leaves the card, taps Stop, or the visit ends.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.i18n.views import CardView, card_view
from kiosk.ui.audio.speaker import Speaker, SpeakerState
from kiosk.ui.flows.on_screen import OnScreen
from kiosk.ui.screens.card import CardScreen


class ListenFlow(QObject):
    def __init__(self, parent: QObject, speaker: Speaker, on_screen: OnScreen, content_dir: Path) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.on_screen = on_screen
        self.content_dir = content_dir
        self._card: CardScreen | None = None  # built on the first card shown: see attach
        self._card_id: str | None = None  # the card on screen
        # The window connects the speaker's stopped and changed, and the card's Listen.

    def attach(self, card: CardScreen) -> None:
        """The card screen, once it is built (on the first card a visitor opens)."""
        self._card = card

    @property
    def card(self) -> CardScreen:
        assert self._card is not None, "no card has been shown yet"
        return self._card

    def _view(self, card_id: str) -> CardView:
        content = self.on_screen.content
        assert content is not None
        return card_view(content, content.cards[card_id], self.on_screen.translator)

    def card_shown(self, card_id: str) -> None:
        """Offer Listen where this card can be heard in the visitor's language."""
        self._card_id = card_id
        offered = self.speaker.can_speak_card(self._view(card_id), self.content_dir)
        # Drawn again (a resize, the display toggles) while it reads: it still says Stop.
        speaking = self.card.speaking and self.speaker.state is not SpeakerState.IDLE
        self.card.show_listen(offered, speaking, self.on_screen.translator, self.on_screen.theme)

    def toggle(self, card_id: str) -> None:
        if self.card.speaking:
            self.speaker.stop()
            return
        if self.speaker.speak_card(self._view(card_id), self.content_dir):
            self.card.show_listen(True, True, self.on_screen.translator, self.on_screen.theme)

    def stopped(self) -> None:
        """The speaker fell silent: Listen offers itself again."""
        if self._card is not None and self.card.speaking:
            visible = self.card.listen_button.isVisible()
            self.card.show_listen(visible, False, self.on_screen.translator, self.on_screen.theme)

    def offer_again(self) -> None:
        """The sound process came up or went down (hung, killed): Listen follows at once."""
        content = self.on_screen.content
        if self._card_id is not None and content is not None and self._card_id in content.cards:
            self.card_shown(self._card_id)

    def leaving(self) -> None:
        """The card is no longer on screen, or the visit is over: silence at once."""
        self._card_id = None
        self.speaker.stop()
        self.stopped()

    def countdown(self, question: str) -> None:
        self.speaker.warn(question, self.on_screen.translator.code)

    def announce(self, name: str) -> None:
        self.speaker.say(name, self.on_screen.translator.code)
