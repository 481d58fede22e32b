"""Which recordings still say what the kiosk shows: for `validate` (a warning with file:line per
recording that will not be played), `i18n status` (current and out of date, per language) and
`doctor` (Listen's reach).

A recording is current when its manifest entry holds the SHA-256 of the text shown now in its
language (kiosk.speech.script); out of date when the English or the translation changed since
it was recorded, or the card now shows in English there; unlisted when no entry says what it
reads. Only current recordings are played.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import Content
from kiosk.content.problems import Problem, display_path
from kiosk.i18n.translator import Translator, translator_for
from kiosk.speech.manifest import State, manifest_path, read_manifest, text_sha256
from kiosk.speech.recordings import recordings
from kiosk.speech.script import SENTENCE_IDS, expected_text


class RecordingTexts:
    """What each recording must say, from the content and the catalogs: a `Texts` for
    kiosk.speech.recordings.coverage. Each language's catalog is read once."""

    def __init__(self, content: Content, translations_dir: Path) -> None:
        self.content = content
        self.folder = translations_dir
        self._translators: dict[str, Translator] = {}

    def translator(self, code: str) -> Translator:
        if code not in self._translators:
            self._translators[code] = translator_for(self.folder, code)
        return self._translators[code]

    def __call__(self, item_id: str, lang: str) -> str | None:
        return expected_text(item_id, self.content, self.translator(lang))


@dataclass(frozen=True)
class Finding:
    item_id: str
    lang: str
    state: State
    file: Path  # where to look: the manifest's entry, or the recording that has none
    line: int
    shown_in_english: bool = False  # out of date because the item now shows in English there


def findings(content_dir: Path, content: Content, texts: RecordingTexts) -> list[Finding]:
    """Every recording file of a card or sentence, and whether it is current."""
    found = []
    for rec in recordings(content_dir, content.cards):
        entry = read_manifest(rec.path.parent)[0].get(rec.lang)
        if entry is None or entry.file != rec.path.name:
            found.append(Finding(rec.card_id, rec.lang, State.UNLISTED, rec.path, 1))
            continue
        text = texts(rec.card_id, rec.lang)
        where = manifest_path(rec.path.parent)
        if text is None:
            found.append(Finding(rec.card_id, rec.lang, State.OUT_OF_DATE, where, entry.line, True))
        else:
            state = State.CURRENT if entry.sha256 == text_sha256(text) else State.OUT_OF_DATE
            found.append(Finding(rec.card_id, rec.lang, state, where, entry.line))
    return found


def warnings(found: list[Finding]) -> list[Problem]:
    """One `file:line: why` for each recording the kiosk will not play."""
    lines = []
    for f in found:
        again = f"record it again (main.py record {f.lang})"
        if f.state is State.UNLISTED:
            why = (
                f"no entry for '{f.lang}' in {manifest_path(f.file.parent).name} beside this recording: "
                f"nobody can say what it reads, so the kiosk will not play it; {again}"
            )
        elif f.shown_in_english:
            why = (
                f"the '{f.lang}' recording of {f.item_id} is out of date: the text now shows in English "
                f"in '{f.lang}' (the English changed, or its translation is missing or fuzzy), so the kiosk "
                f"will not play it; once it is translated again, {again}"
            )
        elif f.state is State.OUT_OF_DATE:
            why = (
                f"the '{f.lang}' recording of {f.item_id} is out of date: the English or its translation "
                f"changed since it was recorded, so the kiosk will not play it; {again}"
            )
        else:
            continue
        lines.append(Problem(display_path(f.file), f.line, why))
    return lines


@dataclass(frozen=True)
class Counts:
    """One language's recordings: current and out of date, of the cards and of the sentences."""

    lang: str
    cards: int
    cards_out_of_date: int
    cards_total: int
    sentences: int
    sentences_out_of_date: int
    sentences_total: int


def counts(found: list[Finding], content: Content, codes: list[str]) -> list[Counts]:
    result = []
    for code in codes:
        mine = [f for f in found if f.lang == code]
        cards = [f for f in mine if f.item_id in content.cards]
        said = [f for f in mine if f.item_id in SENTENCE_IDS]
        result.append(
            Counts(
                code,
                sum(f.state is State.CURRENT for f in cards),
                sum(f.state is not State.CURRENT for f in cards),
                len(content.cards),
                sum(f.state is State.CURRENT for f in said),
                sum(f.state is not State.CURRENT for f in said),
                len(SENTENCE_IDS),
            )
        )
    return result
