"""What the kiosk does with a translation that no qualified translator has signed off.

The setting `unreviewed_translations` chooses: `note` shows it with a note that the English is
official; `english` shows its cards, topics and sources in English (the interface stays in the
visitor's language, so they can still find their way and read why the card is in English);
`hide` leaves the language off the picker, the attract cycle and the unavailable screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Literal

from kiosk.i18n.catalog import Catalog, Key
from kiosk.i18n.translator import Translator

Policy = Literal["note", "english", "hide"]

# The kinds of content string (context "<kind>:<id>:<field>", see views.context_of).
CONTENT_KINDS = ("card", "topic", "source")


def is_reviewed(tr: Translator) -> bool:
    """English is the source and always official; a catalog counts once it is signed off."""
    return tr.catalog is None or tr.catalog.review.reviewed


def is_content(context: str | None) -> bool:
    kind, _, rest = (context or "").partition(":")
    return kind in CONTENT_KINDS and ":" in rest


def under_policy(tr: Translator, policy: str) -> Translator:
    """`tr` as the policy lets it be shown. Outside `note`, an unreviewed catalog's content reads
    as untranslated, so every card falls back to English with the usual note. A language that
    `hide` could not hide (the default one) is treated the same way."""
    if policy == "note" or is_reviewed(tr) or tr.catalog is None:
        return tr
    return Translator(tr.language, _interface_only(tr.catalog))


def _interface_only(catalog: Catalog) -> Catalog:
    def keep(key: Key) -> bool:
        return not is_content(key[0])

    return Catalog(
        code=catalog.code,
        current={k: v for k, v in catalog.current.items() if keep(k)},
        entries=[e for e in catalog.entries if keep((e.context, e.english))],
        fuzzy={k for k in catalog.fuzzy if keep(k)},
        review=catalog.review,
        error=catalog.error,
    )


def shown_languages(
    codes: Iterable[str], get: Callable[[str], Translator], policy: str, default: str
) -> list[str]:
    """The languages a visitor may pick. `hide` drops unreviewed ones, except the default
    language, which every visit starts in (its cards then show in English)."""
    codes = list(codes)
    if policy != "hide":
        return codes
    return [code for code in codes if code == default or is_reviewed(get(code))]
