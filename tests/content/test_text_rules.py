"""`validate` refuses, with file and line, text that would not read as written: HTML, direction
overrides and isolates, invisible characters in the English source (kiosk/content/text_rules.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.config import DEFAULT_HOSTS
from kiosk.content.validate import load_content

# (what, the text, a word of the message)
REFUSED = [
    ("img-dev-zero", "<img src=/dev/zero>Common questions", "HTML"),
    ("h1-style", '<h1 style="color:red">Call ICE: 555-0100</h1>', "HTML"),
    ("link", '<a href="https://example.com">Help</a>', "HTML"),
    ("script", "<script>alert(1)</script>", "HTML"),
    ("closing-tag", "Help</b>", "HTML"),
    ("style-attribute", 'Help style="font-size:90px"', "HTML"),
    ("named-entity", "&lt;img src=/dev/zero&gt;Help", "HTML"),
    ("number-entity", "&#60;h1&#62;Help", "HTML"),
    ("hex-entity", "&#x3c;h1&#x3e;Help", "HTML"),
    ("right-to-left-override", "Call \u202e119\u202c for help", "override"),
    ("left-to-right-embedding", "Call \u202a911\u202c", "override"),
    ("isolate", "Call \u2066911\u2069", "isolate"),
    ("first-strong-isolate", "Call \u2068911\u2069", "isolate"),
    ("zero-width-space", "Com\u200bmon questions", "invisible"),
    ("zero-width-non-joiner", "Com\u200cmon questions", "invisible"),
    ("zero-width-joiner", "Com\u200dmon questions", "invisible"),
    ("word-joiner", "Com\u2060mon questions", "invisible"),
    ("byte-order-mark", "Com\ufeffmon questions", "invisible"),
    ("soft-hyphen", "Com\u00admon questions", "invisible"),
    ("right-to-left-mark", "Call\u200f 911", "invisible"),
]

KEPT = [
    ("plain", "Can I report a crime?"),
    ("less-than", "Children under 18 and a < b"),
    ("ampersand", "Q&A: rights & duties"),
    ("abbreviations", "U.S. law, e.g. the 4th Amendment"),
    ("accents-and-quotes", "José’s “rights” – and more"),
    ("no-break-space", "Call\u00a0911"),
]

# Where a text can go in a content file, and how to find its line.
PLACES = ["topic-title", "topic-summary", "card-title", "card-summary", "card-body", "source-title"]


def put(folder: Path, place: str, text: str) -> tuple[Path, int]:
    """`text` written into `place` of the small content folder: the file and the line it is on."""
    quoted = json.dumps(text)  # a JSON string is a YAML double-quoted scalar
    if place == "card-body":
        path = folder / "cards" / "report-crime.yaml"
        lines = path.read_text(encoding="utf-8").splitlines()
        start = lines.index("body: |")
        lines[start + 1 : start + 2] = ["  First paragraph.", "", f"  {text}"]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path, start + 4
    kind, field = place.split("-")
    path = {"topic": folder / "topics.yaml", "card": folder / "cards" / "report-crime.yaml"}.get(
        kind, folder / "sources.yaml"
    )
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.strip().startswith(f"{field}:"))
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    lines[index] = f"{indent}{field}: {quoted}"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, index + 1


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(("what", "text", "why"), REFUSED, ids=[r[0] for r in REFUSED])
def test_validate_refuses_with_file_and_line(
    content_dir: Path, place: str, what: str, text: str, why: str
) -> None:
    path, line = put(content_dir, place, text)
    result = load_content(content_dir, DEFAULT_HOSTS)
    assert result.content is None
    found = [p for p in result.problems if why in p.message]
    assert found, result.problems
    assert (Path(found[0].file).resolve(), found[0].line) == (path.resolve(), line), str(found[0])


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize(("what", "text"), KEPT, ids=[k[0] for k in KEPT])
def test_validate_keeps_plain_text(content_dir: Path, place: str, what: str, text: str) -> None:
    put(content_dir, place, text)
    result = load_content(content_dir, DEFAULT_HOSTS)
    assert result.problems == []


def test_the_line_within_a_card_body_is_named() -> None:
    from kiosk.content.text_rules import source_findings

    assert source_findings("First.\n\nSecond \u202e.\n") == [
        (
            2,
            "a direction override (U+202E RIGHT-TO-LEFT OVERRIDE) is not allowed: it changes the order "
            "in which letters and numbers are shown",
        )
    ]
