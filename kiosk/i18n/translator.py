"""Context-aware lookups in one language, falling back to the English source."""

from __future__ import annotations

from pathlib import Path

from kiosk.i18n.bidi import right_to_left
from kiosk.i18n.catalog import Catalog, load_catalog, po_path
from kiosk.i18n.languages import SOURCE_LANGUAGE, Language, get
from kiosk.i18n.line_breaks import mark_line_breaks


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
        if found and self.language.rtl:
            return right_to_left(found)
        if found and self.language.dictionary_breaks:
            return mark_line_breaks(found, self.language.code)
        return found

    def pgettext(self, context: str, message: str) -> str:
        return self.lookup(context, message) or message


# (folder, code) -> (the file's modification time when read, the catalog in use)
_catalogs: dict[tuple[Path, str], tuple[float, Catalog]] = {}
# (folder, code) -> why the catalog's newest file was refused (the last good one stays in use).
# Nothing is logged here: this runs when a visitor picks a language, or prints, and a fault
# logged then would say which language they chose. Translators.report_faults logs it, at start
# and between visits.
_refused: dict[tuple[Path, str], str] = {}


def _stamp(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def translator_for(translations_dir: Path, code: str) -> Translator:
    """A Translator for `code`. Catalogs are parsed once and read again only when the file
    changes; a changed file that cannot be read leaves the last good catalog in use."""
    language = get(code)
    if code == SOURCE_LANGUAGE:
        return Translator(language, None)
    key = (translations_dir, code)
    stamp = _stamp(po_path(translations_dir, code))
    held = _catalogs.get(key)
    if held is None or held[0] != stamp:
        catalog = load_catalog(translations_dir, code)
        if catalog.error and held is not None and held[1].error is None:
            _refused[key] = catalog.error
            catalog = held[1]
        else:
            _refused.pop(key, None)
        _catalogs[key] = (stamp, catalog)
        held = (stamp, catalog)
    return Translator(language, held[1])


def refused_update(translations_dir: Path, code: str) -> str | None:
    """Why the newest file of `code`'s catalog was refused (the last good one is in use), or None."""
    return _refused.get((translations_dir, code))
