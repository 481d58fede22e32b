"""What each recording reads: the SHA-256 of the exact text a reader recorded it from.

Beside the recordings of one item (a card, or an interface sentence such as `ui/language-name`)
lies `manifest.json`, one entry per language:

    {
      "hmn": {
        "file": "hmn.opus",
        "recorded": "2026-12-07",
        "sha256": "3f1c…"
      }
    }

`sha256` is the hash of the text in UTF-8, exactly as Listen would read it
(kiosk.speech.text.recorded_text for a card, kiosk.speech.script for a sentence). When the
English or its translation changes, the hash no longer matches: the recording is out of date,
and the kiosk does not play it. A recording without an entry is never played either: nobody
can say what it reads. The manifest is a plain file of the content folder, listed in
SHA256SUMS and signed with everything else (`main.py content sign`).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from kiosk.bounded_read import Refused, read_bounded

MANIFEST = "manifest.json"
MAX_MANIFEST_BYTES = 256 * 1024  # twenty languages' entries take about 3 kB


class State(Enum):
    CURRENT = "current"  # recorded from the text shown now
    OUT_OF_DATE = "out of date"  # recorded from another text: the card or its translation changed
    UNLISTED = "unlisted"  # a file with no manifest entry: what it reads is unknown
    MISSING = "missing"  # no recording


@dataclass(frozen=True)
class Entry:
    lang: str
    file: str
    sha256: str
    recorded: str
    line: int  # where the entry starts in manifest.json, for validate's file:line


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest_path(folder: Path) -> Path:
    return folder / MANIFEST


def read_manifest(folder: Path) -> tuple[dict[str, Entry], str | None]:
    """The entries of `folder`'s manifest, by language, and why it could not be read (or None).
    A missing manifest is no entries and no problem."""
    path = manifest_path(folder)
    try:
        if not path.is_file():
            return {}, None
        raw = read_bounded(path, MAX_MANIFEST_BYTES).decode("utf-8")
        data = json.loads(raw)
    except (OSError, ValueError, Refused) as err:
        return {}, f"cannot read the manifest ({err})"
    if not isinstance(data, dict):
        return {}, "the manifest must be a JSON object, one entry per language"
    lines = raw.splitlines()
    entries: dict[str, Entry] = {}
    for lang, value in data.items():
        if not isinstance(value, dict) or not all(
            isinstance(value.get(key), str) for key in ("file", "sha256")
        ):
            return {}, f'the entry \'{lang}\' needs "file" and "sha256" (text)'
        entries[str(lang)] = Entry(
            str(lang), value["file"], value["sha256"], str(value.get("recorded", "")), _line_of(lines, lang)
        )
    return entries, None


def _line_of(lines: list[str], key: str) -> int:
    quoted = json.dumps(key, ensure_ascii=False) + ":"
    for number, line in enumerate(lines, start=1):
        if line.strip().startswith(quoted):
            return number
    return 1


def write_entry(folder: Path, lang: str, file: str, text: str, recorded: str) -> Path:
    """Add or replace `lang`'s entry, written whole to a new file and renamed over the old one
    (a kiosk reading the folder meanwhile sees the old manifest or the new one)."""
    entries, _problem = read_manifest(folder)
    data = {
        code: {"file": e.file, "recorded": e.recorded, "sha256": e.sha256}
        for code, e in entries.items()
        if code != lang
    }
    data[lang] = {"file": file, "recorded": recorded, "sha256": text_sha256(text)}
    folder.mkdir(parents=True, exist_ok=True)
    body = json.dumps(dict(sorted(data.items())), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".manifest-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(body)
        os.replace(temporary, manifest_path(folder))
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return manifest_path(folder)


def state_of(folder: Path, lang: str, recording: Path | None, text: str) -> State:
    """Whether `recording` (the file found for `lang` in `folder`) reads `text`."""
    if recording is None:
        return State.MISSING
    entry = read_manifest(folder)[0].get(lang)
    if entry is None or entry.file != recording.name:
        return State.UNLISTED
    return State.CURRENT if entry.sha256 == text_sha256(text) else State.OUT_OF_DATE
