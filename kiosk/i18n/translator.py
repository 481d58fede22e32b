"""Context-aware lookups in one language, falling back to the English source."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from kiosk.i18n.bidi import right_to_left
from kiosk.i18n.catalog import Catalog, load_catalog, po_path
from kiosk.i18n.languages import SOURCE_LANGUAGE, Language, get


def N_p(context: str, message: str) -> tuple[str, str]:  # noqa: N802 - gettext convention
    """Mark a string for extraction where it is declared; translate it later with `pgettext`."""
    return context, message


class Translator:
    def __init__(self, language: Language, catalog: Catalog | None) -> None:
        self.language = language
        self.catalog = catalog

    @property
    def code(self) -> str:
        return self.language.code

    @property
    def broken(self) -> bool:
        """True when this language's catalog could not be read: everything shows in English."""
        return self.catalog is not None and self.catalog.error is not None

    def lookup(self, context: str | None, message: str) -> str | None:
        """The current translation, None if it is missing or fuzzy (English is always current)."""
        if self.catalog is None:
            return message
        found = self.catalog.lookup(context, message)
        return right_to_left(found) if found and self.language.rtl else found

    def pgettext(self, context: str, message: str) -> str:
        return self.lookup(context, message) or message


@cache
def _cached_catalog(translations_dir: Path, code: str, stamp: float) -> Catalog:
    return load_catalog(translations_dir, code)


def translator_for(translations_dir: Path, code: str) -> Translator:
    """A Translator for `code`; catalogs are parsed once and re-read only when the file changes."""
    language = get(code)
    if code == SOURCE_LANGUAGE:
        return Translator(language, None)
    path = po_path(translations_dir, code)
    stamp = path.stat().st_mtime if path.exists() else 0.0
    return Translator(language, _cached_catalog(translations_dir, code, stamp))
