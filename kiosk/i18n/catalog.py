"""Read one language's PO file into a lookup table; a broken file never stops the kiosk."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.bounded_read import Refused, read_bounded

Key = tuple[str | None, str]  # (msgctxt, msgid)

# Bounds checked before Babel parses a catalog, so that no PO file (a million entries, a binary,
# a link to /dev/zero) can hold the kiosk for long or take its memory. The real catalogs are at
# most 48 KB with 104 entries; Babel reads one in about 6 ms.
MAX_PO_BYTES = 1024**2  # 20 times the largest; read on the screen's thread in about 0.3 s of CPU
MAX_PO_ENTRIES = 5_000  # 50 times today's entries
_ENTRY = re.compile(rb"^msgid\s", re.MULTILINE)

# Whether a qualified translator has signed the catalog off: "draft" until one has, then
# "reviewed", with who and when. Babel keeps only the standard header fields, so these are read
# and written as text.
REVIEW_HEADER = "X-Review-State"
REVIEWED_BY_HEADER = "X-Reviewed-By"
REVIEWED_DATE_HEADER = "X-Reviewed-Date"
REVIEW_HEADERS = (REVIEW_HEADER, REVIEWED_BY_HEADER, REVIEWED_DATE_HEADER)
REVIEWED = "reviewed"
DRAFT = "draft"


def _header(name: str) -> re.Pattern[str]:
    return re.compile(rf'^"{name}:\s*([^"\\]*?)\s*\\n"$', re.MULTILINE)


_REVIEW_FIELDS = {name: _header(name) for name in REVIEW_HEADERS}
_HEADER_ENTRY = re.compile(r'^msgid ""\s*\nmsgstr ""', re.MULTILINE)


@dataclass(frozen=True)
class Review:
    """A catalog's sign-off as its header records it."""

    state: str = "unknown"
    by: str = ""
    date: str = ""
    line: int = field(default=1, compare=False)  # of the X-Review-State header, for messages

    @property
    def reviewed(self) -> bool:
        """Signed off as `i18n review` records it: the state, who, and a real date. A header
        line `X-Review-State: reviewed` alone is anyone's edit, not a translator's sign-off."""
        return self.state == REVIEWED and self.missing() == []

    def missing(self) -> list[str]:
        """What a sign-off lacks, said for `validate` and `i18n status`; empty for a draft,
        which claims none."""
        if self.state != REVIEWED:
            return []
        lacks = [] if self.by else [f"no {REVIEWED_BY_HEADER}"]
        if not self.date:
            lacks.append(f"no {REVIEWED_DATE_HEADER}")
        elif not _real_date(self.date):
            lacks.append(f"{REVIEWED_DATE_HEADER} {self.date!r} is not a date (YYYY-MM-DD ...)")
        return lacks

    @property
    def shown_state(self) -> str:
        """The state the kiosk acts on: a sign-off that lacks its who or when is a draft."""
        return DRAFT if self.state == REVIEWED and not self.reviewed else self.state

    def why_draft(self) -> str | None:
        """Why a header that says reviewed still counts as a draft, or None."""
        lacks = self.missing()
        if not lacks:
            return None
        return (
            f"{REVIEW_HEADER}: {REVIEWED} without a sign-off ({'; '.join(lacks)}): the catalog "
            "counts as a draft; a translator signs it off with `main.py i18n review LANG --by NAME`"
        )

    def header_lines(self) -> list[str]:
        fields = zip(REVIEW_HEADERS, (self.state, self.by, self.date), strict=True)
        return [f'"{name}: {value}\\n"' for name, value in fields if value]


def _real_date(text: str) -> bool:
    """Whether `text` starts with a real YYYY-MM-DD date (`i18n review` adds the time)."""
    day = text[:10]
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", day):
        return False
    try:
        dt.date.fromisoformat(day)
    except ValueError:
        return False
    return True


def read_review(po_text: str) -> Review:
    # Only the header entry (msgid "") counts: a later string quoting these names is no header.
    start = _HEADER_ENTRY.search(po_text)
    header = po_text[start.start() :].split("\n\n", 1)[0] if start else ""
    found = [(m.group(1) if (m := p.search(header)) else "") for p in _REVIEW_FIELDS.values()]
    state = _REVIEW_FIELDS[REVIEW_HEADER].search(header)
    line = po_text.count("\n", 0, start.start() + state.start()) + 1 if start and state else 1
    return Review(found[0] or "unknown", found[1], found[2], line)


def review_state(po_text: str) -> str:
    return read_review(po_text).shown_state


# Babel reads some malformed lines leniently (an unclosed quote, say); msgfmt would not.
_PO_LINE = re.compile(
    r'^(?:\s*|#.*|(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"(?:[^"\\]|\\.)*"'
    r'|"(?:[^"\\]|\\.)*")\s*$'
)


def first_bad_line(po_text: str) -> int | None:
    """The number of the first line that is not PO syntax, or None."""
    for number, line in enumerate(po_text.splitlines(), start=1):
        if not _PO_LINE.match(line):
            return number
    return None


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def po_path(translations_dir: Path, code: str) -> Path:
    return translations_dir / code / "LC_MESSAGES" / "messages.po"


@dataclass(frozen=True)
class Entry:
    """One translated, non-fuzzy entry, where it stands in the file (for the checks)."""

    line: int
    context: str | None
    english: str
    translation: str


@dataclass
class Catalog:
    code: str
    current: dict[Key, str] = field(default_factory=dict)  # translated and not fuzzy
    entries: list[Entry] = field(default_factory=list)  # the same, with lines, bad ones too
    fuzzy: set[Key] = field(default_factory=set)
    review: Review = field(default_factory=Review)
    error: str | None = None  # `file:line: message` when the file could not be used

    def lookup(self, context: str | None, message: str) -> str | None:
        """The current translation, or None if missing or out of date."""
        return self.current.get((context, message))

    @property
    def review_state(self) -> str:
        return self.review.shown_state


def _too_many_entries(raw: bytes) -> int | None:
    """The line of the entry past MAX_PO_ENTRIES, if there is one."""
    for count, match in enumerate(_ENTRY.finditer(raw), start=1):
        if count > MAX_PO_ENTRIES:
            return raw.count(b"\n", 0, match.start()) + 1
    return None


def load_catalog(translations_dir: Path, code: str) -> Catalog:
    # Babel's PO reader is imported when the first catalog is read, after the first frame.
    from babel.messages.pofile import PoFileError, read_po

    path = po_path(translations_dir, code)
    catalog = Catalog(code)
    if not os.path.lexists(path):
        catalog.error = f"{path}:1: no catalog for this language"
        return catalog
    try:
        raw = read_bounded(path, MAX_PO_BYTES, translations_dir, "translations")
        too_many = _too_many_entries(raw)
        if too_many is not None:
            catalog.error = (
                f"{path}:{too_many}: more than {MAX_PO_ENTRIES} entries (a catalog holds at most that)"
            )
            return catalog
        text = raw.decode("utf-8")
        bad = first_bad_line(text)
        if bad is not None:
            catalog.error = f"{path}:{bad}: not valid PO syntax (check the quotes on this line)"
            return catalog
        po = read_po(io.BytesIO(raw), abort_invalid=True, charset="utf-8")
    except Refused as err:
        catalog.error = f"{path}:1: {err.reason}"
        return catalog
    except PoFileError as err:
        catalog.error = f"{path}:{getattr(err, 'lineno', 1)}: {err}"
        return catalog
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        catalog.error = f"{path}:{line}: the file is not UTF-8 text"
        return catalog
    except ValueError as err:
        catalog.error = f"{path}:1: cannot read the catalog ({err})"
        return catalog
    for message in po:
        if not message.id or not isinstance(message.id, str):
            continue
        key = (message.context, message.id)
        translation = message.string if isinstance(message.string, str) else ""
        if message.fuzzy:
            catalog.fuzzy.add(key)
        elif translation.strip():
            catalog.entries.append(Entry(message.lineno or 1, message.context, message.id, translation))
            # A translation whose {placeholders} differ would break when filled in: English
            # stands in for it, and `i18n check` names it.
            if placeholders(translation) == placeholders(message.id):
                catalog.current[key] = translation
    catalog.review = read_review(text)
    return catalog
