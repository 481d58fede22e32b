"""The translators of one visit: each language's catalog looked up once, kept until the visit
ends, so that a translation updated meanwhile shows from the next visit, never half-way.

Their faults are told at start and between visits (report_faults), never when a visitor picks a
language: a line logged then would say which language that visitor chose."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from kiosk.i18n.languages import get
from kiosk.i18n.line_breaks import icu_version, missing_reason
from kiosk.i18n.review import under_policy
from kiosk.i18n.translator import Translator, refused_update, translator_for

log = logging.getLogger(__name__)


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

    def report_faults(self, codes: Iterable[str]) -> None:
        """Read every catalog of `codes` (files changed since are read again) and log what is
        wrong with them, each fault once until it changes. Call it at start and between visits
        only."""
        codes = list(codes)
        for code in codes:
            translator_for(self.folder, code)
            refused = refused_update(self.folder, code)
            _say(
                f"catalog {code}",
                refused and f"translation update refused, keeping the last good one: {refused}",
            )
        breaks = any(get(code).dictionary_breaks for code in codes)
        _say("PyICU", missing_reason() if breaks and icu_version() is None else None)


_reported: dict[str, str] = {}  # what -> the fault last logged about it


def _say(what: str, fault: str | None) -> None:
    if not fault:
        _reported.pop(what, None)
    elif _reported.get(what) != fault:
        _reported[what] = fault
        log.warning("%s", fault)
