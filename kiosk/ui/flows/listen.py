"""Listen on a card, the visitor's volume, the spoken countdown, the names of controls in
keypad mode, and each language's name heard from the picker.

Speech stops the moment the visitor leaves the card, taps Stop, or the visit ends; the volume
goes back to its default when the visit ends (by Finished, the idle timeout, or staff).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject

from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import Translator
from kiosk.i18n.views import CardView, card_view
from kiosk.speech.recordings import language_name_recording, sentence_recording
from kiosk.speech.script import IDLE_WARNING
from kiosk.speech.volume import DEFAULT_STEP, clamp_step, step_gain
from kiosk.ui.audio.speaker import Speaker, SpeakerState
from kiosk.ui.flows.on_screen import OnScreen
from kiosk.ui.screens.card import CardScreen


class ListenFlow(QObject):
    def __init__(
        self,
        parent: QObject,
        speaker: Speaker,
        on_screen: OnScreen,
        content_dir: Path,
        english: Callable[[], Translator] | None = None,
    ) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.on_screen = on_screen
        self.content_dir = content_dir
        self._english_translator = english
        self._card: CardScreen | None = None  # built on the first card shown: see attach
        self._card_id: str | None = None  # the card on screen
        self.step = DEFAULT_STEP  # the visitor's volume (kiosk/speech/volume.py)
        self._english_card: str | None = None  # the card shown in English on request
        # The window connects the speaker's stopped and changed, and the card's Listen.

    def attach(self, card: CardScreen) -> None:
        """The card screen, once it is built (on the first card a visitor opens)."""
        self._card = card

    @property
    def card(self) -> CardScreen:
        assert self._card is not None, "no card has been shown yet"
        return self._card

    def _view(self, card_id: str) -> CardView:
        """The card as it is shown: in the visitor's language, or in English when they asked
        for it (then the English voice or recording reads it)."""
        content = self.on_screen.content
        assert content is not None
        tr = self.on_screen.translator
        if card_id == self._english_card and self._english_translator is not None:
            tr = self._english_translator()
        return card_view(content, content.cards[card_id], tr)

    @property
    def english(self) -> bool:
        """The card on screen is shown in English on the visitor's request."""
        return self._card_id is not None and self._card_id == self._english_card

    def card_shown(self, card_id: str) -> None:
        """Offer Listen where this card can be heard in the visitor's language."""
        self._card_id = card_id
        if card_id != self._english_card:
            self._english_card = None  # another card comes in the visitor's language, as shown
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

    def show_english(self, on: bool) -> None:
        """The card on screen is shown in English ("Read in English", CardScreen.english_shown)
        or back in the visitor's language: Listen reads what is shown. It holds while this card
        is drawn again or opened again straight after, as the card screen keeps it."""
        if on != self.english and self._card_id is not None:
            if self._card is not None and self.card.speaking:
                self.speaker.stop()
            self._english_card = self._card_id if on else None
            self.offer_again()

    def set_step(self, step: int) -> None:
        """The visitor's volume: to the sound process at once (what sounds now changes too)."""
        self.step = clamp_step(step)
        self.speaker.set_volume(step_gain(self.step))
        if self._card is not None:
            self.card.volume.show_step(self.step)

    def visit_ended(self) -> None:
        """The next visitor starts at the default volume, in their own language."""
        self._english_card = None
        self.set_step(DEFAULT_STEP)

    def say_language_name(self, code: str) -> None:
        """A long press on the picker: the language's name in its own voice, read by a reader
        where one recorded it, else by the system's voice; silence where neither exists."""
        language = LANGUAGES.get(code)
        if language is None:
            return
        recording = language_name_recording(self.content_dir, code)
        if recording is not None:
            self.speaker.play_recording(recording)
        else:
            self.speaker.say(language.autonym, code)

    def names_heard(self, codes: list[str]) -> bool:
        """Whether a long press on the picker says every one of `codes`' names aloud (a
        recording, or a voice for the language): the picker then says so (kiosk/ui/widgets/hear_hint.py)."""
        speaker = self.speaker
        if not speaker.available:
            return False
        return all(
            language_name_recording(self.content_dir, code) or speaker.can_speak(code) for code in codes
        )

    def countdown(self, question: str) -> None:
        """The chime, then the question: a reader's recording of it in the visitor's language
        (the only way it is heard in a language no voice speaks), else the voice."""
        lang = self.on_screen.translator.code
        self.speaker.warn(question, lang, sentence_recording(self.content_dir, IDLE_WARNING, lang, question))

    def announce(self, name: str) -> None:
        self.speaker.say(name, self.on_screen.translator.code)
