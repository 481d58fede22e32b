"""`i18n check`: what is wrong with a language, including what only a screen can show.

On top of the catalog checks (syntax, placeholders, card Markdown) it lays out every
translated string in the language's fonts to find letters that would draw as boxes, and
shows every screen at the given size to find text that does not fit its widget.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.i18n.bidi import plain
from kiosk.i18n.catalog import Entry, po_path
from kiosk.i18n.checks import catalog_problems
from kiosk.i18n.languages import SOURCE_LANGUAGE
from kiosk.i18n.translator import translator_for
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tools.fit import clipped
from kiosk.ui.tools.glyphs import glyph_problems
from kiosk.ui.tools.screenshots import offscreen_window
from kiosk.ui.tools.tour import tour


def _line_of(text: str, entries: list[Entry]) -> int:
    """The catalog line of the entry a widget shows (widgets may add to it, such as a date)."""
    text = plain(text)
    for entry in entries:
        shown = entry.translation.strip()
        prefix = shown.split("{")[0].strip()
        if shown and (shown == text or (prefix and prefix in text)):
            return entry.line
    return 1


def fit_problems(window: KioskWindow, path: Path, code: str, entries: list[Entry]) -> list[str]:
    width, height = window.width(), window.height()
    problems = []
    for screen in tour(window, code):
        for text, why in clipped(window):
            problems.append(
                f"{path}:{_line_of(text, entries)}: [{screen}] {text[:50]!r} does not fit "
                f"at {width}x{height}: {why}"
            )
    return problems


def check_languages(cfg: Config, content: Content, codes: list[str], size: tuple[int, int]) -> list[str]:
    translations = cfg.resolve(cfg.translations_dir)
    window = offscreen_window(cfg, content, size)
    problems = []
    for code in codes:
        # English text comes from the code and content, all of which the template lists.
        path = translations / "messages.pot" if code == SOURCE_LANGUAGE else po_path(translations, code)
        entries: list[Entry] = []
        if code != SOURCE_LANGUAGE:
            # The catalog the kiosk itself reads (parsed once); a broken one has no entries
            # and shows English, whose screens are still worth measuring.
            catalog = translator_for(translations, code).catalog
            assert catalog is not None
            problems += catalog_problems(path, catalog)
            entries = catalog.entries
        problems += glyph_problems(path, code, entries)
        problems += fit_problems(window, path, code, entries)
    window.allow_close = True
    window.close()
    return problems
