"""Listen on a card, the spoken countdown, and the names of controls in keypad mode.

Speech stops the moment the visitor leaves the card, taps Stop, or the visit ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from kiosk.i18n.views import CardView, card_view
from kiosk.ui.audio.speaker import Speaker, SpeakerState

if TYPE_CHECKING:
    from kiosk.ui.main_window import KioskWindow


class ListenFlow(QObject):
    def __init__(self, window: KioskWindow, speaker: Speaker) -> None:
        super().__init__(window)
        self.window = window
        self.speaker = speaker
        self.content_dir = window.cfg.resolve(window.cfg.content_dir)
        window.card.listen_requested.connect(self.toggle)
        window.keypad.announce.connect(self.announce)
        speaker.stopped.connect(self._stopped)

    def _view(self, card_id: str) -> CardView:
        w = self.window
        assert w.content is not None
        return card_view(w.content, w.content.cards[card_id], w.tr)

    def card_shown(self, card_id: str) -> None:
        """Offer Listen where this card can be heard in the visitor's language."""
        w = self.window
        offered = self.speaker.can_speak_card(self._view(card_id), self.content_dir)
        # Drawn again (a resize, the display toggles) while it reads: it still says Stop.
        speaking = w.card.speaking and self.speaker.state is not SpeakerState.IDLE
        w.card.show_listen(offered, speaking, w.tr, w.theme)

    def toggle(self, card_id: str) -> None:
        w = self.window
        if w.card.speaking:
            self.speaker.stop()
            return
        if self.speaker.speak_card(self._view(card_id), self.content_dir):
            w.card.show_listen(True, True, w.tr, w.theme)

    def _stopped(self) -> None:
        w = self.window
        if w.card.speaking:
            w.card.show_listen(w.card.listen_button.isVisible(), False, w.tr, w.theme)

    def leaving(self) -> None:
        """The card is no longer on screen, or the visit is over: silence at once."""
        self.speaker.stop()
        self._stopped()

    def countdown(self, question: str) -> None:
        self.speaker.warn(question, self.window.tr.code)

    def announce(self, name: str) -> None:
        self.speaker.say(name, self.window.tr.code)
