"""What a review packet holds: every string of the template beside its translation, for a
translator who checks the text on paper rather than in a PO editor (kiosk/printing/packet.py
draws it)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog as PoCatalog
from babel.messages.pofile import read_po

from kiosk.i18n.catalog import Review, load_catalog, po_path
from kiosk.i18n.review import CONTENT_KINDS
from kiosk.i18n.views import join_cjk_lines

# In the order a reviewer meets them on the kiosk: the cards first, the buttons last.
SECTIONS = ("card", "topic", "source", "interface")
SECTION_TITLES = {
    "card": "Cards",
    "topic": "Topics",
    "source": "Official sources",
    "interface": "Screens and buttons",
}
STATE_NOTES = {
    "current": "",
    "fuzzy": "The English changed since this was translated: check it again.",
    "missing": "Not translated yet.",
}


@dataclass(frozen=True)
class PacketEntry:
    number: int
    section: str  # one of SECTIONS
    context: str
    comments: tuple[str, ...]
    english: str
    translation: str  # "" when missing
    state: str  # a key of STATE_NOTES

    @property
    def state_note(self) -> str:
        return STATE_NOTES[self.state]


@dataclass(frozen=True)
class Packet:
    code: str
    review: Review
    entries: list[PacketEntry]

    def section(self, name: str) -> list[PacketEntry]:
        return [e for e in self.entries if e.section == name]


_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")


def reflow(text: str) -> str:
    """Card Markdown as it reads: the lines of a paragraph joined (as the kiosk joins them),
    each list item on its own line, a blank line between paragraphs; the marks kept."""
    paragraphs = []
    for paragraph in re.split(r"\n\s*\n", join_cjk_lines(text.strip())):
        lines: list[str] = []
        for line in paragraph.split("\n"):
            if lines and not _LIST_ITEM.match(line):
                lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
            else:
                lines.append(line.strip())
        paragraphs.append("\n".join(lines))
    return "\n\n".join(paragraphs)


def section_of(context: str | None) -> str:
    kind = (context or "").split(":", 1)[0]
    return kind if kind in CONTENT_KINDS and (context or "").count(":") >= 2 else "interface"


def make_packet(template: PoCatalog, translations_dir: Path, code: str) -> Packet:
    """Every template string with `code`'s translation. Raises ValueError for a catalog that
    cannot be read (the message names the file and line)."""
    catalog = load_catalog(translations_dir, code)
    if catalog.error:
        raise ValueError(catalog.error)
    with po_path(translations_dir, code).open("rb") as handle:
        po = read_po(handle, charset="utf-8")
    rows = []
    for message in template:
        if not message.id or not isinstance(message.id, str):
            continue
        found = po.get(message.id, message.context)
        text = found.string if found is not None and isinstance(found.string, str) else ""
        fuzzy = found is not None and found.fuzzy
        state = "missing" if not text.strip() else ("fuzzy" if fuzzy else "current")
        comments = tuple(message.auto_comments)
        rows.append((section_of(message.context), message.context or "", comments, message.id, text, state))
    rows.sort(key=lambda row: SECTIONS.index(row[0]))  # stable: the template's order within each
    entries = [PacketEntry(number, *row) for number, row in enumerate(rows, start=1)]
    return Packet(code, catalog.review, entries)
