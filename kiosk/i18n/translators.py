"""The translators of one visit: each language's catalog looked up once, kept until the visit
ends, so that a translation updated meanwhile shows from the next visit, never half-way."""

from __future__ import annotations

from pathlib import Path

from kiosk.i18n.review import under_policy
from kiosk.i18n.translator import Translator, translator_for


class Translators:
    def __init__(self, translations_dir: Path, unreviewed: str = "note") -> None:
        self.folder = translations_dir
        self.unreviewed = unreviewed  # the setting unreviewed_translations, see kiosk.i18n.review
        self._held: dict[str, Translator] = {}

    def get(self, code: str) -> Translator:
        if code not in self._held:
            self._held[code] = under_policy(translator_for(self.folder, code), self.unreviewed)
        return self._held[code]

    def clear(self) -> None:
        """Forget them: the next lookup reads each catalog again (if its file changed)."""
        self._held.clear()
