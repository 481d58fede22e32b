"""A reader's recordings of the cards: where they live, what is wrong with them, what they cover.

A recording is `audio/<card-id>/<lang>.<ext>` inside the content folder, so it travels and
reloads with the cards it reads; an interface sentence's is `audio/ui/<sentence-id>/<lang>.<ext>`
(kiosk.speech.script). It reads one text: it is played only while that text is shown, in
that language (see `kiosk.speech.text.reading_language`), and only while the manifest beside it
says it was recorded from that very text (kiosk.speech.manifest).
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.problems import Problem, display_path
from kiosk.i18n.languages import LANGUAGES
from kiosk.speech.manifest import MANIFEST, State, read_manifest, state_of
from kiosk.speech.script import LANGUAGE_NAME, SENTENCE_IDS, SENTENCES, UI, sentence_id, sentence_words

AUDIO_FOLDER = "audio"
# Preference order when a card has two files in one language (validate reports that too).
EXTENSIONS = (".opus", ".ogg", ".mp3", ".wav")


# (card or sentence id, language) -> what its recording must say, or None if nothing is shown then
Texts = Callable[[str, str], str | None]


@dataclass(frozen=True)
class Recording:
    card_id: str
    lang: str
    path: Path


@dataclass(frozen=True)
class Coverage:
    code: str
    recorded: int  # cards with a recording in this language
    total: int  # cards
    tts: bool  # the engine has a voice for this language
    variety: str = ""  # the Chinese that voice speaks ("Mandarin", "Cantonese"), else ""

    @property
    def listenable(self) -> int:
        """Cards on which Listen is offered in this language."""
        return self.total if self.tts else self.recorded

    @property
    def label(self) -> str:
        tts = f"tts {self.variety}" if self.variety else "tts"
        if self.recorded == 0:
            return tts if self.tts else "none"
        recorded = f"rec {self.recorded}/{self.total}"
        return f"{recorded} + {tts}" if self.tts and self.recorded < self.total else recorded


def audio_dir(content_dir: Path) -> Path:
    return content_dir / AUDIO_FOLDER


def recording_for(content_dir: Path, item_id: str, lang: str, text: str | None = None) -> Path | None:
    """The recording of `item_id` (a card id, or `ui/<sentence-id>`) in `lang` that says `text`:
    one the manifest beside it says was recorded from exactly this text. A language's name
    (`ui/language-name`) says its autonym unless told otherwise; any other item with no `text`
    has nothing to check against, and no recording."""
    if text is None and item_id == sentence_id(LANGUAGE_NAME) and lang in LANGUAGES:
        text = LANGUAGES[lang].autonym
    path = recording_file(content_dir, item_id, lang)
    if text is None or path is None:
        return None
    return path if state_of(path.parent, lang, path, text) is State.CURRENT else None


def recording_file(content_dir: Path, item_id: str, lang: str) -> Path | None:
    """The file of `item_id`'s recording in `lang`, if there is a non-empty one, whatever it says."""
    folder = audio_dir(content_dir) / item_id
    for ext in EXTENSIONS:
        path = folder / f"{lang}{ext}"
        try:
            if path.is_file() and path.stat().st_size > 0:
                return path
        except OSError:
            continue
    return None


def sentence_recording(content_dir: Path, name: str, lang: str, text: str) -> Path | None:
    """A reader's recording of the interface sentence `name` (kiosk.speech.script.SENTENCES)
    in `lang`, if it says `text`, the sentence as the screen shows it now."""
    assert name in SENTENCES, name
    return recording_for(content_dir, sentence_id(name), lang, sentence_words(text))


# A reader's recording of each language's name, for the picker: audio/ui/language-name/<lang>.ogg
LANGUAGE_NAMES = "ui/language-name"


def language_name_recording(content_dir: Path, lang: str) -> Path | None:
    """The recording of `lang`'s name said in that language, if there is one."""
    return recording_for(content_dir, LANGUAGE_NAMES, lang)


def _files(content_dir: Path) -> Iterable[Path]:
    root = audio_dir(content_dir)
    if not root.is_dir():
        return []
    # Hidden files are the file manager's (.DS_Store, ._x), not an editor's.
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def recordings(content_dir: Path, card_ids: Collection[str]) -> list[Recording]:
    """Every recording file of a known card or sentence, in a known language, not empty
    (current or not: see kiosk.speech.freshness)."""
    found = []
    for card_id in [*sorted(card_ids), *SENTENCE_IDS]:
        for code in LANGUAGES:
            path = recording_file(content_dir, card_id, code)
            if path is not None:
                found.append(Recording(card_id, code, path))
    return found


# What each format's file starts with: a renamed file of another kind would not play.
_MAGIC = {
    ".ogg": (b"OggS",),
    ".opus": (b"OggS",),
    ".wav": (b"RIFF",),
    ".mp3": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2", b"\xff\xfa", b"\xff\xe3"),
}


def _file_problem(path: Path) -> str | None:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(4)
    except OSError as err:
        return f"cannot read the recording ({err.strerror or err})"
    if size == 0:
        return "the recording is empty (0 bytes)"
    if not head.startswith(_MAGIC[path.suffix.lower()]):
        return f"not an {path.suffix.lower()} file inside (renamed from another format?)"
    return None


def recording_problems(content_dir: Path, card_ids: Collection[str]) -> list[Problem]:
    """Each file under audio/ that will not be played, as `file:1: why`."""
    root = audio_dir(content_dir)
    problems: list[Problem] = []
    seen: dict[tuple[str, str], Path] = {}
    formats = ", ".join(ext[1:] for ext in EXTENSIONS)
    for path in _files(content_dir):
        where = display_path(path)
        relative = path.relative_to(root)
        if relative.parts[0] == UI and len(relative.parts) == 3:
            item_id = "/".join(relative.parts[:2])
            if item_id not in SENTENCE_IDS:
                known = ", ".join(s.removeprefix(f"{UI}/") for s in SENTENCE_IDS)
                why = f"no interface sentence '{relative.parts[1]}' (known: {known})"
                problems.append(Problem(where, 1, why))
                continue
        elif len(relative.parts) != 2:
            why = f"a recording goes in {AUDIO_FOLDER}/<card-id>/<language>.opus"
            problems.append(Problem(where, 1, why))
            continue
        else:
            item_id = relative.parts[0]
        if path.name == MANIFEST:
            unreadable = read_manifest(path.parent)[1]
            if unreadable:
                problems.append(Problem(where, 1, unreadable))
            continue
        card_id, code, ext = item_id, path.stem, path.suffix.lower()
        if card_id not in card_ids and card_id not in SENTENCE_IDS:
            hint = difflib.get_close_matches(card_id, card_ids, n=1)
            extra = f" (did you mean {hint[0]}?)" if hint else ""
            problems.append(Problem(where, 1, f"no card '{card_id}': name the folder after a card id{extra}"))
            continue
        if code not in LANGUAGES:
            hint = difflib.get_close_matches(code, LANGUAGES, n=1)
            extra = f" (did you mean {hint[0]}?)" if hint else f" (known: {', '.join(LANGUAGES)})"
            problems.append(Problem(where, 1, f"unknown language '{code}'{extra}"))
            continue
        if ext not in EXTENSIONS:
            problems.append(
                Problem(where, 1, f"'{path.suffix}' is not a recording format the kiosk plays ({formats})")
            )
            continue
        bad = _file_problem(path)
        if bad:
            problems.append(Problem(where, 1, bad))
            continue
        other = seen.get((card_id, code))
        if other is not None:
            problems.append(
                Problem(where, 1, f"a second recording of this card in '{code}' ({other.name}): keep one")
            )
            continue
        seen[(card_id, code)] = path
    return problems


def coverage(
    content_dir: Path,
    card_ids: Collection[str],
    codes: Iterable[str],
    tts_codes: Collection[str],
    varieties: Mapping[str, str] | None = None,
    *,
    texts: Texts,
) -> list[Coverage]:
    """Per language: how many cards have a current recording (one that says `texts(card, lang)`),
    and whether text-to-speech reads it (and, for Chinese, in which Chinese: `varieties`)."""
    said = varieties or {}
    found = []
    for code in codes:
        recorded = sum(1 for card_id in card_ids if _current(content_dir, card_id, code, texts))
        found.append(Coverage(code, recorded, len(card_ids), code in tts_codes, said.get(code, "")))
    return found


def _current(content_dir: Path, card_id: str, lang: str, texts: Texts) -> bool:
    text = texts(card_id, lang)
    return text is not None and recording_for(content_dir, card_id, lang, text) is not None
