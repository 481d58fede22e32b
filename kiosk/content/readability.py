"""How hard a card's English is to read: its Flesch-Kincaid grade level.

grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59, the US school grade
a reader needs. Syllables come from pyphen's English hyphenation dictionary (a hyphenation
point splits two syllables, so a word has one more syllable than it has points): it ships with
the package, where a pronouncing dictionary would need a download. Hyphenation never splits off
one letter at a word's edge, so words like "about" or "city" count one syllable short: the grade
reads about half a grade to one grade lower than a count by pronunciation would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pyphen

from kiosk.content.markdown_rules import plain_blocks

# A sentence ends at . ! or ? before a space; "1.5" or "17-29" do not end one.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[A-Za-z0-9]")
# Letters and digits, each run counted on its own: "well-being" is well + being, "287(g)" two.
_RUN = re.compile(r"[A-Za-z]+|[0-9]+")
_APOSTROPHES = re.compile(r"['’]")


@cache
def _hyphenator() -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US")


@dataclass(frozen=True)
class Reading:
    words: int
    sentences: int
    syllables: int

    @property
    def grade(self) -> float:
        """The Flesch-Kincaid grade level; 0 for a text without words."""
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59


def syllables(word: str) -> int:
    """Syllables in one word: hyphenation points + 1 per run of letters, 1 per number."""
    # "Department's" is one word: without this its "s" would count as a syllable.
    word = _APOSTROPHES.sub("", word)
    count = 0
    for run in _RUN.findall(word):
        count += len(_hyphenator().positions(run.lower())) + 1 if run.isalpha() else 1
    return count


def sentences(block: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(block) if _WORD.search(s)]


def words(sentence: str) -> list[str]:
    return [token for token in sentence.split() if _WORD.search(token)]


def measure(blocks: list[str]) -> Reading:
    """Plain-text blocks (a title, paragraphs, list items), each ending a sentence."""
    found = [words(sentence) for block in blocks for sentence in sentences(block)]
    found = [sentence for sentence in found if sentence]
    return Reading(
        words=sum(len(sentence) for sentence in found),
        sentences=len(found),
        syllables=sum(syllables(word) for sentence in found for word in sentence),
    )


def card_reading(title: str, body: str) -> Reading:
    """A card's title (a sentence of its own, though it has no full stop) and Markdown body."""
    return measure([title, *plain_blocks(body)])
