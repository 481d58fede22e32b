"""The reader's studio without its window: keeping a take, and counting what is recorded.

A kept take becomes `audio/<item-id>/<lang>.opus` (trimmed, normalised: kiosk.speech.processing)
and its manifest entry, the SHA-256 of the text it read (kiosk.speech.manifest). The window
(kiosk/ui/studio/) and `main.py record LANG --from DIR --batch` both keep takes through here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from kiosk.i18n.languages import LANGUAGES
from kiosk.speech.manifest import State, state_of, write_entry
from kiosk.speech.processing import Loudness, process
from kiosk.speech.recordings import EXTENSIONS, audio_dir, recording_file
from kiosk.speech.script import Item

TAKE_SUFFIX = ".wav"


@dataclass(frozen=True)
class Kept:
    item_id: str
    path: Path
    before: Loudness
    after: Loudness


def take_in(folder: Path, item: Item) -> Path:
    """Where `--from DIR` holds an item's take: DIR/<item-id>.wav (DIR/ui/language-name.wav)."""
    return folder / f"{item.id}{TAKE_SUFFIX}"


def keep(content_dir: Path, item: Item, lang: str, take: Path, today: dt.date | None = None) -> Kept:
    """Make `take` the recording of `item` in `lang`, and say in the manifest what it reads.
    Blocking (FFmpeg): never on a GUI thread."""
    folder = audio_dir(content_dir) / item.id
    out = folder / f"{lang}.opus"
    before, after = process(take, out)
    for ext in EXTENSIONS:  # an older take in another format would be a second recording
        if ext != ".opus":
            (folder / f"{lang}{ext}").unlink(missing_ok=True)
    write_entry(folder, lang, out.name, item.text, (today or dt.date.today()).isoformat())
    return Kept(item.id, out, before, after)


def state(content_dir: Path, item: Item, lang: str) -> State:
    path = recording_file(content_dir, item.id, lang)
    return state_of(audio_dir(content_dir) / item.id, lang, path, item.text)


@dataclass(frozen=True)
class Progress:
    lang: str
    cards: int  # current
    out_of_date: int  # cards with a recording that no longer says what is shown
    total: int  # cards
    sentences: int
    sentences_total: int

    def sentence(self) -> str:
        """ "12 of 17 cards recorded in Hmong (Hmoob); 2 out of date; 1 of 4 sentences" """
        language = LANGUAGES[self.lang]
        said = f"{self.cards} of {self.total} cards recorded in {language.english_name} ({language.autonym})"
        if self.out_of_date:
            said += f"; {self.out_of_date} out of date"
        return f"{said}; {self.sentences} of {self.sentences_total} sentences"


def progress(content_dir: Path, items: list[Item], lang: str) -> Progress:
    states = [(item, state(content_dir, item, lang)) for item in items]
    cards = [s for item, s in states if item.is_card]
    said = [s for item, s in states if not item.is_card]
    return Progress(
        lang,
        sum(s is State.CURRENT for s in cards),
        sum(s in (State.OUT_OF_DATE, State.UNLISTED) for s in cards),
        len(cards),
        sum(s is State.CURRENT for s in said),
        len(said),
    )
