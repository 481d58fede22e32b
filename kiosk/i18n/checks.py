"""What can be wrong in a translated catalog that needs no screen to see.

The checks a screen is needed for (missing glyphs, text that does not fit) live in
`kiosk/ui/tools/i18n_check.py`; both report `file:line: message` like `validate`, which runs
these on every catalog (HTML, hidden controls and web addresses by the same rule as the English
content's, kiosk/content/text_rules.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from kiosk.content.markdown_rules import check_markdown
from kiosk.content.problems import Problem
from kiosk.content.text_rules import translation_findings
from kiosk.i18n.catalog import Catalog, load_catalog, placeholders, po_path
from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE

_LIST_ITEM = re.compile(r"^\s*[-*+] ", re.MULTILINE)


def compare(context: str | None, english: str, translation: str, code: str | None = None) -> list[str]:
    """Why `translation` (into the language `code`) cannot stand in for `english`, or nothing."""
    problems = []
    if placeholders(english) != placeholders(translation):
        problems.append(
            f"placeholders differ from the English: expected {' '.join(placeholders(english)) or 'none'}, "
            f"found {' '.join(placeholders(translation)) or 'none'}"
        )
    problems += [why for _, why in translation_findings(translation, english, code)]
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
        for why in compare(entry.context, entry.english, entry.translation, catalog.code)
    ]


def every_catalog(translations_dir: Path, offered: Iterable[str]) -> list[str]:
    """The languages to check before signing: those offered, and any other whose catalog is in
    the folder (signed with it, and offered by a later change of settings)."""
    present = [code for code in LANGUAGES if po_path(translations_dir, code).exists()]
    codes = [*offered, *present]
    return [code for code in dict.fromkeys(codes) if code != SOURCE_LANGUAGE]


def validate_catalogs(translations_dir: Path, offered: Iterable[str]) -> tuple[list[str], list[Problem]]:
    """What `validate` says of the catalogs: the problems it refuses, and the warnings (a
    header that claims a review it does not record), each with its file and line."""
    problems: list[str] = []
    warnings: list[Problem] = []
    for code in every_catalog(translations_dir, offered):
        path = po_path(translations_dir, code)
        catalog = load_catalog(translations_dir, code)
        problems += catalog_problems(path, catalog)
        if not catalog.error and (why := catalog.review.why_draft()):
            warnings.append(Problem(str(path), catalog.review.line, why))
    return problems, warnings
