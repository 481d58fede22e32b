"""Content, translated into what one screen shows: the UI draws these and looks nothing up."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from kiosk.content.model import Card, Content, Topic
from kiosk.i18n.languages import SOURCE_LANGUAGE, get
from kiosk.i18n.review import is_reviewed
from kiosk.i18n.translator import N_p, Translator

LEGAL_NOTICE = N_p("card footer", "This is general information, not legal advice.")
# NOTE: Shown above a card whose translation is missing or out of date.
FALLBACK_NOTE = N_p(
    "card note",
    "This card is not yet translated into your language, so it is shown in English.",
)
# NOTE: Above a translated card and on its slip while no professional translator has checked it.
DRAFT_NOTE = N_p(
    "card note",
    "A professional translator has not yet checked this translation. The English text is the official one.",
)


# Markdown turns a line break inside a paragraph into a space, which Chinese does not put
# between its characters; a break between two of them joins the lines instead.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_BREAK = re.compile(rf"(?<=[{_CJK}])\n(?=[{_CJK}])")


def join_cjk_lines(markdown: str) -> str:
    return _CJK_BREAK.sub("", markdown)


def context_of(kind: str, item_id: str, field: str) -> str:
    """The msgctxt of one content string, e.g. card:traffic-stop:body."""
    return f"{kind}:{item_id}:{field}"


@dataclass(frozen=True)
class TopicView:
    id: str
    title: str
    summary: str
    icon: str = ""  # its pictogram's name (content/topics.yaml), drawn on its tile and cards


@dataclass(frozen=True)
class CardItemView:
    id: str
    title: str
    summary: str


@dataclass(frozen=True)
class CardView:
    id: str
    title: str
    body: str  # Markdown
    legal_notice: str | None
    source_title: str
    url: str
    last_checked: str  # formatted for the language
    text_language: str  # the language the title and body are actually in
    fallback_note: str | None  # in the visitor's language, when the card shows in English
    draft_note: str | None = None  # in the visitor's language, when its translation is unchecked

    @property
    def note(self) -> str | None:
        """The one note shown above the card: a card is either in English or translated."""
        return self.fallback_note or self.draft_note

    def text(self) -> str:
        """The card's Markdown as shown and printed: the body, then the legal notice.

        The notice is a plain paragraph, not italics: Arabic, Indic and Chinese scripts have no
        italics, and a slanted imitation of them reads as broken type."""
        return f"{self.body}\n\n{self.legal_notice}\n" if self.legal_notice else self.body


def _t(tr: Translator, kind: str, item_id: str, field: str, english: str) -> str:
    return tr.lookup(context_of(kind, item_id, field), english) or english


def topic_views(content: Content, tr: Translator) -> list[TopicView]:
    return [
        TopicView(
            t.id,
            _t(tr, "topic", t.id, "title", t.title),
            _t(tr, "topic", t.id, "summary", t.summary),
            t.icon,
        )
        for t in content.topics
    ]


def topic_view(topic: Topic, tr: Translator) -> TopicView:
    return TopicView(
        topic.id,
        _t(tr, "topic", topic.id, "title", topic.title),
        _t(tr, "topic", topic.id, "summary", topic.summary),
        topic.icon,
    )


def card_items(content: Content, topic_id: str, tr: Translator) -> list[CardItemView]:
    return [
        CardItemView(c.id, _t(tr, "card", c.id, "title", c.title), _t(tr, "card", c.id, "summary", c.summary))
        for c in content.cards_of(topic_id)
    ]


def format_day(iso: str, tr: Translator) -> str:
    if tr.language.babel_locale is None:
        return iso  # no CLDR month names for this language: numbers read everywhere
    return _long_date(iso, tr.language.babel_locale)


@lru_cache(maxsize=512)
def _long_date(iso: str, locale: str) -> str:
    # Babel's dates are imported on first need, after the first frame (they cost ~20 ms).
    from babel import localedata
    from babel.dates import format_date

    text = format_date(dt.date.fromisoformat(iso), format="long", locale=locale)
    # Babel keeps a locale's whole CLDR data once used (about 1 MB each, 15 MB for the lobby's
    # languages); the kiosk needs a few dates from it, so it keeps the strings instead. Babel
    # 2.19 keeps it twice (a second cache of wrappers, 18 MB after a tour of every language,
    # measured by bench/memory.py): clear_caches() forgets both where it exists.
    clear = getattr(localedata, "clear_caches", localedata._cache.clear)
    clear()
    return text


def card_view(content: Content, card: Card, tr: Translator) -> CardView:
    """The card in the visitor's language, or wholly in English (with a note) when its
    translation is missing or fuzzy: half a translation, or a stale one, is never shown."""
    title = tr.lookup(context_of("card", card.id, "title"), card.title)
    body = tr.lookup(context_of("card", card.id, "body"), card.body)
    translated = title is not None and body is not None
    source = content.sources[card.source]
    return CardView(
        id=card.id,
        title=title if translated and title else card.title,
        body=join_cjk_lines(body) if translated and body else card.body,
        legal_notice=tr.pgettext(*LEGAL_NOTICE) if card.legal_notice else None,
        source_title=_t(tr, "source", source.id, "title", source.title),
        url=source.url,
        last_checked=format_day(card.last_checked, tr),
        text_language=tr.code if translated else "en",
        fallback_note=None if translated else tr.pgettext(*FALLBACK_NOTE),
        draft_note=tr.pgettext(*DRAFT_NOTE) if translated and not is_reviewed(tr) else None,
    )


def english_original(content: Content, card: Card, view: CardView) -> CardView | None:
    """The card in English, the official text, beside a draft translation `view` (one no
    professional translator has checked): what "Read in English" shows. None otherwise."""
    if view.draft_note is None:
        return None
    return card_view(content, card, Translator(get(SOURCE_LANGUAGE), None))
