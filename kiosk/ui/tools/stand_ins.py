"""What screenshots, checks and benchmarks use instead of the printer and the speaker."""

from __future__ import annotations

from pathlib import Path

from kiosk.content.model import Content
from kiosk.i18n.views import CardView
from kiosk.printing.backend import PrintDone
from kiosk.printing.outcome import PrinterHealth, PrintOutcome
from kiosk.ui.audio.sound_link import NoSound
from kiosk.ui.audio.speaker import Speaker


class NoPrinter:
    """A print back end (kiosk/printing/backend.py) that is always ready and never prints."""

    answers_at_once = True

    def start(self, content: Content, card_id: str, lang: str, done: PrintDone) -> None:
        done(PrintOutcome(False, "screenshots and checks never print"))

    def health(self) -> PrinterHealth:
        return PrinterHealth("OK", "a stand-in printer")


class ShownSpeaker(Speaker):
    """Listen on every card, so that screenshots and checks measure it too; it never sounds."""

    def __init__(self) -> None:
        super().__init__(NoSound())

    def can_speak_card(self, view: CardView, content_dir: Path) -> bool:
        return True

    def speak_card(self, view: CardView, content_dir: Path) -> bool:
        return False

    def say(self, text: str, lang: str) -> bool:
        return False

    def warn(self, text: str, lang: str, recording: Path | None = None) -> None:
        pass  # no chime, no engine to open, nothing to log
