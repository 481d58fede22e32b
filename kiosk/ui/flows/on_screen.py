"""What a flow may read of the visit on screen. The window provides it; a flow gets this and
the few widgets it drives, never the whole window."""

from __future__ import annotations

from typing import Protocol

from kiosk.content.model import Content
from kiosk.i18n.translator import Translator
from kiosk.ui.theme import Theme


class OnScreen(Protocol):
    @property
    def translator(self) -> Translator:
        """The visitor's language."""
        ...

    @property
    def theme(self) -> Theme:
        """Sizes, fonts and colours as the visitor sees them now."""
        ...

    @property
    def content(self) -> Content | None:
        """The content on screen (None: the unavailable screen stands in)."""
        ...

    @property
    def visit(self) -> int:
        """Which visit this is: news of an earlier visit's doings is dropped."""
        ...
