"""What can be wrong in a translated catalog that needs no screen to see.

The checks a screen is needed for (missing glyphs, text that does not fit) live in
`kiosk/ui/tools/i18n_check.py`; both report `file:line: message` like `validate`.
"""

from __future__ import annotations

import re
from pathlib import Path

from kiosk.content.markdown_rules import check_markdown
from kiosk.i18n.catalog import Catalog, load_catalog, placeholders, po_path

_WEB_ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_LIST_ITEM = re.compile(r"^\s*[-*+] ", re.MULTILINE)


def compare(context: str | None, english: str, translation: str) -> list[str]:
    """Why `translation` cannot stand in for `english`, or nothing."""
    problems = []
    if placeholders(english) != placeholders(translation):
        problems.append(
            f"placeholders differ from the English: expected {' '.join(placeholders(english)) or 'none'}, "
            f"found {' '.join(placeholders(translation)) or 'none'}"
        )
    if _WEB_ADDRESS.search(translation) and not _WEB_ADDRESS.search(english):
        problems.append("a web address in a translation: the QR code is the only way to a web page")
    if context and context.startswith("card:") and context.endswith(":body"):
        problems += [f"card text: {why}" for _, why in check_markdown(translation)]
        if translation.count("**") % 2:
            problems.append("card text: a '**' has no partner, so the bold would show as stars")
        english_items, items = len(_LIST_ITEM.findall(english)), len(_LIST_ITEM.findall(translation))
        if english_items != items:
            problems.append(f"card text: the English has {english_items} list items, this has {items}")
    return problems


def check_catalog(translations_dir: Path, code: str) -> list[str]:
    """Syntax, placeholders and card Markdown of one language's catalog, as `file:line: message`."""
    return catalog_problems(po_path(translations_dir, code), load_catalog(translations_dir, code))


def catalog_problems(path: Path, catalog: Catalog) -> list[str]:
    if catalog.error:
        return [catalog.error]
    return [
        f"{path}:{entry.line}: [{entry.context}] {why}"
        for entry in catalog.entries
        for why in compare(entry.context, entry.english, entry.translation)
    ]
