"""A printer the test holds: it keeps each job instead of printing, and reports success; ready,
unless the test says how it is (`health`)."""

from __future__ import annotations

from kiosk.content.model import Content
from kiosk.printing.backend import PrintDone
from kiosk.printing.outcome import PrinterHealth, PrintOutcome


class RecordingPrinter:
    answers_at_once = True  # a print back end (kiosk/printing/backend.py) that asks nobody

    def __init__(self, health: PrinterHealth | None = None) -> None:
        self.jobs: list[tuple[str, str]] = []
        self.said = health or PrinterHealth("OK", "a stand-in printer")

    def start(self, content: Content, card_id: str, lang: str, done: PrintDone) -> None:
        self.jobs.append((card_id, lang))
        done(PrintOutcome(True, "recorded"))

    def health(self) -> PrinterHealth:
        return self.said
