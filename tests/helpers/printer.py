"""A printer the test holds: it keeps each job instead of printing, and reports success."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.printing.outcome import PrintOutcome


class RecordingPrinter:
    def __init__(self) -> None:
        self.jobs: list[tuple[str, str]] = []

    def __call__(
        self, cfg: Config, content: Content, card_id: str, lang: str, done: Callable[[PrintOutcome], None]
    ) -> None:
        self.jobs.append((card_id, lang))
        done(PrintOutcome(True, "recorded"))
