"""The translator's chores: extract the template, merge it into every language, report status."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.catalog import Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import denormalize, normalize, read_po, write_po

from kiosk import PROJECT_ROOT, __version__
from kiosk.i18n.catalog import DRAFT, REVIEW_HEADERS, REVIEWED, Review, load_catalog, po_path, read_review
from kiosk.i18n.languages import LANGUAGES, SOURCE_LANGUAGE

PROJECT = "westsac-kiosk"
KEYWORDS = {**DEFAULT_KEYWORDS, "N_p": ((1, "c"), 2)}


def _catalog(locale: str | None = None) -> PoCatalog:
    return PoCatalog(
        locale=locale,
        project=PROJECT,
        version=__version__,
        charset="utf-8",
        copyright_holder="City of West Sacramento",
        fuzzy=False,
    )


def extract(content_dir: Path, code_dir: Path = PROJECT_ROOT / "kiosk") -> PoCatalog:
    """The template: interface strings from the code and every string of the content."""
    template = _catalog()
    sources = [
        (code_dir, [("**.py", "python")], code_dir.parent),
        (content_dir, [("**.yaml", "kiosk.i18n.content_extractor:extract")], content_dir.parent),
    ]
    for folder, method_map, base in sources:
        found = extract_from_dir(
            str(folder), method_map, keywords=KEYWORDS, comment_tags=("NOTE:",), strip_comment_tags=True
        )
        for filename, lineno, message, comments, context in found:
            where = str((folder / filename).resolve().relative_to(base.resolve()))
            template.add(message, None, [(where, lineno)], auto_comments=comments, context=context)
    return template


def save_po(catalog: PoCatalog, path: Path, review: Review | str | None = None) -> None:
    """Write a PO/POT file as gettext tools expect it, with the review state in its header.

    A file whose only change would be its POT-Creation-Date is left as it is, so that
    `extract` and `update` on unchanged sources change no byte (translators' diffs stay clean).
    """
    text = po_text(catalog)
    if review:
        text = with_review(text, Review(review) if isinstance(review, str) else review)
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if _CREATION_DATE.sub("", old) == _CREATION_DATE.sub("", text):
            return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def po_text(catalog: PoCatalog) -> str:
    """The PO text in the form `msgcat --no-wrap` keeps byte for byte.

    Strings are not wrapped (a line per "\\n", as gettext does); references name the file
    only (gettext's --add-location=file), so that moving code does not touch every catalog;
    and the previous English of a fuzzy entry is written here, because Babel wraps it as a
    comment, inside its quotes, which gettext tools then read as a different text.
    """
    previous: dict[str, list[str]] = {}
    for number, message in enumerate(m for m in catalog if m.previous_id):
        token = f"kiosk-previous-{number}"
        previous[token] = list(message.previous_id)
        message.previous_id = [token]
    buffer = io.BytesIO()
    try:
        write_po(buffer, catalog, width=0, sort_output=False, include_previous=True, include_lineno=False)
    finally:
        for message in catalog:
            if message.previous_id and message.previous_id[0] in previous:
                message.previous_id = previous[message.previous_id[0]]
    lines = []
    for line in buffer.getvalue().decode("utf-8").split("\n"):
        token = line[len('#| msgid "') : -1] if line.startswith('#| msgid "') else ""
        lines.extend(_previous_lines(previous[token]) if token in previous else [line])
    return "\n".join(lines).rstrip("\n") + "\n"


def _previous_lines(previous_id: list[str]) -> list[str]:
    keywords = ["msgid", "msgid_plural"]
    lines = []
    for keyword, text in zip(keywords, previous_id, strict=False):
        first, *rest = normalize(text, width=0).split("\n")
        lines.append(f"#| {keyword} {first}")
        lines.extend(f"#| {literal}" for literal in rest)
    return lines


def read_po_file(path: Path) -> PoCatalog:
    """A PO file as Babel reads it, with each fuzzy entry's previous English put back.

    Babel 2.19 reads `#| msgid` lines as translator comments ("| msgid ..."): saved again,
    they would pile up as notes and the previous English would be lost.
    """
    with path.open("rb") as handle:
        catalog = read_po(handle, abort_invalid=True)
    for message in [*catalog, *catalog.obsolete.values()]:
        previous = [c[1:].strip() for c in message.user_comments if c.startswith("|")]
        if previous:
            message.user_comments = [c for c in message.user_comments if not c.startswith("|")]
            message.previous_id = _previous_strings(previous)
    return catalog


def _previous_strings(lines: list[str]) -> list[str]:
    """`msgid "a" "b"` / `msgid_plural ...` lines (without `#|`) as their texts."""
    parts: list[list[str]] = []
    for line in lines:
        keyword, _, rest = line.partition(" ")
        if keyword in ("msgid", "msgid_plural"):
            parts.append([rest.strip()])
        elif parts:
            parts[-1].append(line)
    return [denormalize("\n".join(part)) for part in parts]


_CREATION_DATE = re.compile(r'^"POT-Creation-Date: [^"]*"\n', re.MULTILINE)


def with_review(text: str, review: Review) -> str:
    """`text` with its header's review fields replaced by `review`'s; nothing else changes."""
    start = text.index('msgid ""')
    end = text.find("\n\n", start)
    end = len(text.rstrip("\n")) if end < 0 else end
    kept = [
        line
        for line in text[start:end].split("\n")
        if not any(line.startswith(f'"{name}:') for name in REVIEW_HEADERS)
    ]
    return text[:start] + "\n".join(kept + review.header_lines()) + text[end:]


def sign_off(translations_dir: Path, code: str, by: str, when: str) -> Path:
    """Record that `by`, a qualified translator, has checked `code`'s catalog, on `when`.

    Only the header changes: every entry stays as the translator left it. A fuzzy entry still
    shows in English, and an English text changed later turns fuzzy again (`update`)."""
    name = " ".join(by.split())
    if not name or any(c in name for c in '"\\'):
        raise ValueError("--by needs the reviewer's name, without quotes or backslashes")
    path = po_path(translations_dir, code)
    catalog = load_catalog(translations_dir, code)
    if catalog.error:
        raise ValueError(f"{catalog.error}; fix it before signing off")
    text = path.read_text(encoding="utf-8")
    path.write_text(with_review(text, Review(REVIEWED, name, when)), encoding="utf-8")
    return path


def merge(template: PoCatalog, old: PoCatalog) -> PoCatalog:
    """The template with `old`'s translations carried over.

    An entry whose English changed keeps its old translation marked fuzzy, with the previous
    English beside it, so the kiosk shows English until a translator confirms it. Content
    contexts name one field each, so the match by context is exact, unlike a similarity guess.
    """
    merged = _catalog(old.locale_identifier)
    merged.mime_headers = old.mime_headers
    merged.revision_date = old.revision_date
    by_context: dict[str, list[Message]] = {}
    for message in old:
        if message.id and message.context:
            by_context.setdefault(message.context, []).append(message)
    used: set[tuple[object, str | None]] = set()
    for message in template:
        if not message.id:
            continue
        new = Message(
            message.id,
            "",
            list(message.locations),
            auto_comments=message.auto_comments,
            context=message.context,
        )
        same = old.get(message.id, message.context)
        if same is not None:
            new.string = same.string
            new.user_comments = same.user_comments
            if same.fuzzy:
                new.flags.add("fuzzy")
            new.previous_id = same.previous_id
            used.add((same.id, same.context))
        else:
            # Only content contexts name one field each ("card:<id>:title"); an interface
            # context such as "card button" holds several strings, none the old one of another.
            context = message.context or ""
            candidates = by_context.get(context, []) if context.count(":") >= 2 else []
            if len(candidates) == 1 and candidates[0].string:
                previous = candidates[0]
                new.string = previous.string
                new.user_comments = previous.user_comments
                new.flags.add("fuzzy")
                new.previous_id = [previous.id] if isinstance(previous.id, str) else list(previous.id)
                used.add((previous.id, previous.context))
        merged[message.id] = new
    for message in old:
        if message.id and (message.id, message.context) not in used and message.string:
            merged.obsolete[merged._key_for(message.id, message.context)] = message
    return merged


def update(template: PoCatalog, translations_dir: Path) -> list[Path]:
    """Merge the template into every language's PO file; returns the files written."""
    written = []
    for path in sorted(translations_dir.glob("*/LC_MESSAGES/messages.po")):
        save_po(merge(template, read_po_file(path)), path, read_review(path.read_text(encoding="utf-8")))
        written.append(path)
    return written


def init(template: PoCatalog, translations_dir: Path, code: str) -> Path:
    """Start a new language's PO file, marked as a draft awaiting review."""
    path = po_path(translations_dir, code)
    if path.exists():
        raise FileExistsError(f"{path} exists already; use `i18n update`")
    save_po(merge(template, _catalog(code)), path, review=DRAFT)
    return path


@dataclass(frozen=True)
class Status:
    code: str
    translated: int
    fuzzy: int
    missing: int
    review: Review
    error: str | None


def status(template: PoCatalog, translations_dir: Path) -> list[Status]:
    keys = [(m.context, m.id) for m in template if m.id]
    rows = []
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE or not po_path(translations_dir, code).exists():
            continue
        catalog = load_catalog(translations_dir, code)
        done = sum(1 for k in keys if k in catalog.current)
        fuzzy = sum(1 for k in keys if k in catalog.fuzzy)
        rows.append(Status(code, done, fuzzy, len(keys) - done - fuzzy, catalog.review, catalog.error))
    return rows
