"""What Listen reads aloud for a card: its title, its body as plain sentences, its notice, and
the draft note of an unchecked translation.

A voice reads what the screen shows, so a card shown in English (its translation missing or
out of date, or the visitor asked for the English) is read in English, and by an English
recording, never by a stale translation's. The view says which: Listen is given the card as it
is shown, the English one included (kiosk/ui/flows/listen.py).
"""

from __future__ import annotations

from kiosk.i18n.bidi import plain
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.views import LEGAL_NOTICE, CardView

# A voice pauses at a sentence's end, not at a line break, so a list item or a title without
# one would run into the next. Each script ends a sentence its own way: these end one in any of
# them, and a sentence without one is given its language's full stop (Language.full_stop).
_ENDS = ".!?:;…。！？：；।॥؟۔"


def reading_language(view: CardView) -> str:
    """The language the card is read in: the one its title and body are shown in."""
    return view.text_language


def _sentence(text: str, lang: str) -> str:
    text = " ".join(text.split())
    if not text or text[-1] in _ENDS:
        return text
    language = LANGUAGES.get(lang)
    return text + (language.full_stop if language is not None else ".")


def markdown_sentences(markdown: str, lang: str) -> list[str]:
    """The card text's paragraphs and list items as plain sentences, emphasis dropped."""
    from kiosk.content.markdown_rules import plain_blocks  # markdown-it: on the first card read aloud

    return [_sentence(block, lang) for block in plain_blocks(plain(markdown))]


def recorded_lines(view: CardView) -> list[str]:
    """The card as a reader records it: title, body and notice, one sentence or paragraph a
    line. The draft note is not in it: it goes when a translator signs the language off, and
    a recording of the card must not go out of date then (the note is a sentence of its own,
    kiosk.speech.script)."""
    lang = reading_language(view)
    lines = [_sentence(plain(view.title), lang), *markdown_sentences(view.body, lang)]
    if view.legal_notice:
        # A card shown in English still has its notice in the visitor's language; the
        # English voice reads the English notice instead of mangling another script.
        notice = LEGAL_NOTICE[1] if view.fallback_note is not None else view.legal_notice
        lines.append(_sentence(plain(notice), lang))
    return [line for line in lines if line]


def spoken_lines(view: CardView) -> list[str]:
    """The card as the voice reads it, one sentence or paragraph per line."""
    lines = recorded_lines(view)
    if view.draft_note:
        # Last, as the card shows it (the note ends the card's text: the reading branch's
        # redesign), in the visitor's language, which a card with a draft note is in: a visitor
        # who cannot read that the English is the official text hears it.
        lines.append(draft_sentence(view))
    return [line for line in lines if line]


def draft_sentence(view: CardView) -> str:
    """The card's draft note as the voice reads it ("" where the card shows none)."""
    return _sentence(plain(view.draft_note or ""), reading_language(view))


def spoken_text(view: CardView) -> str:
    return "\n".join(spoken_lines(view))


def recorded_text(view: CardView) -> str:
    """What a card's recording must say (its manifest holds this text's SHA-256)."""
    return "\n".join(recorded_lines(view))
