"""What a reader records in one language: every card, as Listen reads it, then the interface
sentences the kiosk speaks and the language's own name.

Each item's `text` is the one definition of what its recording must say: the studio hashes it
into the manifest when a take is kept (kiosk.speech.manifest), and the kiosk, `validate` and
`i18n status` hash it again to tell a current recording from an out-of-date one.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.content.model import Card, Content
from kiosk.i18n.bidi import plain
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.translator import N_p, Translator
from kiosk.i18n.views import DRAFT_NOTE, LEGAL_NOTICE, CardView, card_view
from kiosk.speech.text import reading_language, recorded_text

UI = "ui"  # recordings of interface sentences: audio/ui/<sentence-id>/<lang>.opus
LANGUAGE_NAME = "language-name"  # audio/ui/language-name/<lang>.opus: the autonym, for the picker

IDLE_WARNING = "idle-warning"  # the countdown's question, after its chime
DRAFT = "draft-note"  # after a card's recording, where the card shows the draft note

# The interface sentences the kiosk speaks, by the id of their folder under audio/ui/.
SENTENCES: dict[str, tuple[str, str]] = {
    IDLE_WARNING: N_p("idle", "Are you still there?"),
    "not-legal-advice": LEGAL_NOTICE,
    DRAFT: DRAFT_NOTE,
}


def sentence_id(name: str) -> str:
    """The item id (its folder under audio/) of an interface sentence."""
    return f"{UI}/{name}"


SENTENCE_IDS = tuple(sentence_id(name) for name in (*SENTENCES, LANGUAGE_NAME))


def sentence_words(text: str) -> str:
    """A sentence as its recording says it: no direction marks, one space between words. The
    studio hashes this, and the kiosk hashes the sentence on screen the same way."""
    return " ".join(plain(text).split())


@dataclass(frozen=True)
class Item:
    id: str  # its folder under audio/: a card id, or ui/<sentence-id>
    heading: str  # what the studio shows above it: the card's title, or the sentence
    text: str  # what the recording must say (hashed into the manifest)
    in_language: bool  # False: it shows in English in this language (untranslated), nothing to record yet
    view: CardView | None = None  # a card as the kiosk draws it

    @property
    def is_card(self) -> bool:
        return self.view is not None


def card_item(content: Content, card: Card, tr: Translator) -> Item:
    view = card_view(content, card, tr)
    return Item(card.id, plain(view.title), recorded_text(view), reading_language(view) == tr.code, view)


def sentence_text(name: str, tr: Translator) -> tuple[str, bool]:
    """A sentence's text in `tr`'s language, and whether it is translated (else it is English)."""
    if name == LANGUAGE_NAME:
        return LANGUAGES[tr.code].autonym, True
    context, english = SENTENCES[name]
    found = tr.lookup(context, english)
    return sentence_words(found or english), found is not None


def sentence_items(tr: Translator) -> list[Item]:
    items = []
    for name in (*SENTENCES, LANGUAGE_NAME):
        text, translated = sentence_text(name, tr)
        items.append(Item(sentence_id(name), text, text, translated))
    return items


def script(content: Content, tr: Translator) -> list[Item]:
    """Everything a reader records in `tr`'s language, in the order the studio offers it:
    the cards by topic, then the sentences."""
    cards = [card for topic in content.topics for card in content.cards_of(topic.id)]
    cards += sorted((c for c in content.cards.values() if c not in cards), key=lambda c: c.id)
    return [card_item(content, card, tr) for card in cards] + sentence_items(tr)


def expected_text(item_id: str, content: Content, tr: Translator) -> str | None:
    """What the recording `item_id` in `tr`'s language must say, or None when nothing in that
    language is shown for it (an unknown item, or one that shows in English)."""
    if item_id.startswith(f"{UI}/"):
        name = item_id.removeprefix(f"{UI}/")
        if name != LANGUAGE_NAME and name not in SENTENCES:
            return None
        text, translated = sentence_text(name, tr)
        return text if translated else None
    card = content.cards.get(item_id)
    if card is None:
        return None
    item = card_item(content, card, tr)
    return item.text if item.in_language else None
