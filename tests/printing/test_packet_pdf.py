"""The review packet as a translator holds it: every text, the Spanish read back from the PDF,
and a right-to-left packet that reads from the right."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from kiosk import PROJECT_ROOT
from kiosk.cli import main
from kiosk.i18n import catalog_tools
from kiosk.i18n.languages import LANGUAGES
from kiosk.i18n.packet import make_packet, reflow
from kiosk.printing.packet import BOX
from tests.helpers.pdf import comparable, contains

# Letter is 612 x 792 pt with 18 mm (51 pt) side margins; the translation column is the last
# 46.5 % of the 510 pt between them, and the page number sits below 745 pt.
TRANSLATION_COLUMN = ("-x", "326", "-y", "0", "-W", "290", "-H", "745")


def write_packet(tmp_path: Path, code: str) -> Path:
    pdf = tmp_path / f"packet-{code}.pdf"
    assert main(["i18n", "packet", code, "--pdf", str(pdf)]) == 0
    return pdf


def column_text(pdf: Path, autonym: str) -> str:
    """The translation column's words, page after page, without its repeated heading."""
    raw = subprocess.run(
        ["pdftotext", "-r", "72", *TRANSLATION_COLUMN, str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pages = []
    for page in raw.split("\f"):
        lines = [line for line in page.splitlines() if line.strip()]
        if lines and lines[0].strip() == autonym:
            lines = lines[1:]
        if lines and lines[-1].strip().isdigit():
            lines = lines[:-1]
        pages.append("\n".join(lines))
    return comparable("\n".join(pages))


def test_packet_has_every_text_and_reads_back_the_spanish(tmp_path: Path) -> None:
    pdf = write_packet(tmp_path, "es")
    template = catalog_tools.extract(PROJECT_ROOT / "content")
    count = len([m for m in template if m.id])
    everything = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert everything.count(BOX) == count, "one box to tick for each text of the template"
    assert f"{count} texts" in " ".join(everything.split())

    spanish = column_text(pdf, LANGUAGES["es"].autonym)
    entries = make_packet(template, PROJECT_ROOT / "translations", "es").entries
    unread = [e.context for e in entries if not contains(spanish, reflow(e.translation))]
    assert not unread, f"not found in the Spanish column: {unread}"


def _heading_row(pdf: Path) -> list[tuple[float, str]]:
    """The first page's table headings as (left edge, text): "OK", "English" and the
    language's name (in Arabic, one piece per letter)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    words = [
        (float(x), float(y), text)
        for x, y, text in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', html)
    ]
    (row_y,) = {y for _, y, text in words if text == "OK"}
    return [(x, text) for x, y, text in words if abs(y - row_y) < 2]


@pytest.mark.parametrize(("code", "rtl"), [("ar", True), ("zh_Hans", False), ("pa", False)])
def test_the_columns_read_from_the_languages_side(tmp_path: Path, code: str, rtl: bool) -> None:
    row = dict((text, x) for x, text in _heading_row(write_packet(tmp_path, code)))
    box, english = row.pop("OK"), row.pop("English")
    name = sorted(row.values())
    assert comparable("".join(row)) == comparable(LANGUAGES[code].autonym) or rtl
    if rtl:
        assert box > english > name[-1], "the box on the right, the translation on the left"
    else:
        assert box < english < name[0]


def test_packet_of_english_or_an_unknown_language_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["i18n", "packet", "en", "--pdf", str(tmp_path / "en.pdf")]) == 2
    assert main(["i18n", "packet", "xx", "--pdf", str(tmp_path / "xx.pdf")]) == 2
    assert "English is the source" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))
