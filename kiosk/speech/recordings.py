"""A reader's recordings of the cards: where they live, what is wrong with them, what they cover.

A recording is `audio/<card-id>/<lang>.<ext>` inside the content folder, so it travels and
reloads with the cards it reads. It reads one translation: it is played only while the card
is shown in that language (see `kiosk.speech.text.reading_language`).
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.problems import Problem, display_path
from kiosk.i18n.languages import LANGUAGES

AUDIO_FOLDER = "audio"
# Preference order when a card has two files in one language (validate reports that too).
EXTENSIONS = (".opus", ".ogg", ".mp3", ".wav")


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


def recording_for(content_dir: Path, card_id: str, lang: str) -> Path | None:
    """The recording of `card_id` in `lang`, if there is a usable (non-empty) one."""
    folder = audio_dir(content_dir) / card_id
    for ext in EXTENSIONS:
        path = folder / f"{lang}{ext}"
        try:
            if path.is_file() and path.stat().st_size > 0:
                return path
        except OSError:
            continue
    return None


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
    """Every usable recording: of a known card, in a known language, not empty."""
    found = []
    for card_id in sorted(card_ids):
        for code in LANGUAGES:
            path = recording_for(content_dir, card_id, code)
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
        if len(relative.parts) != 2:
            problems.append(Problem(where, 1, f"a recording goes in {AUDIO_FOLDER}/<card-id>/<language>.ogg"))
            continue
        card_id, code, ext = relative.parts[0], path.stem, path.suffix.lower()
        if card_id not in card_ids:
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
        why = _file_problem(path)
        if why:
            problems.append(Problem(where, 1, why))
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
) -> list[Coverage]:
    """Per language: how many cards have a recording, and whether text-to-speech reads it
    (and, for Chinese, in which Chinese: `varieties`)."""
    by_lang: dict[str, int] = {}
    for rec in recordings(content_dir, card_ids):
        by_lang[rec.lang] = by_lang.get(rec.lang, 0) + 1
    said = varieties or {}
    return [
        Coverage(code, by_lang.get(code, 0), len(card_ids), code in tts_codes, said.get(code, ""))
        for code in codes
    ]
