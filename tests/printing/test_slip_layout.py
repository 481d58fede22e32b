"""The take-home slip as a reader holds it (issue 21 §7): the City's name on top, a body of at
least 12 pt on one sheet when it can be, the help line, and addresses broken only after "/"."""

from __future__ import annotations

import dataclasses
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from kiosk.config import Config, from_mapping
from kiosk.content.model import Content
from kiosk.i18n.languages import LANGUAGES
from kiosk.printing.pdf import RESOLUTION, ensure_app, page_printer, paint_layout, slip_for
from kiosk.printing.receipt import PRINTABLE_WIDTH_MM, SCALE
from kiosk.printing.slip import (
    BODY_POINTS,
    CARD_BODY_POINTS,
    MM_PER_INCH,
    Slip,
    balanced_text,
    card_document,
    letter_card,
    print_font,
)
from kiosk.printing.url_lines import url_lines

CITY = "https://www.cityofwestsacramento.org/government/departments/city-manager-s-office/immigration"
SB54 = "https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=201720180SB54"
HELP = "Questions? Ask at the front desk."


@pytest.fixture(autouse=True)
def app() -> None:
    ensure_app()  # QPrinter and fonts need the application


def render(slip: Slip, layout: str, path: Path) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return paint_layout(printer, layout, slip).pages


def pdf_lines(path: Path, page: int | None = None) -> list[str]:
    """The PDF's text lines as a reader sees them, spaces collapsed."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    out = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"], check=True, capture_output=True, text=True
    )
    text = unicodedata.normalize("NFKC", out.stdout)  # ligatures: "ﬃ" is "ffi"
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def page_text(path: Path, page: int | None = None) -> str:
    return " ".join(pdf_lines(path, page))


@pytest.mark.parametrize("url", [CITY, SB54])
@pytest.mark.parametrize("width", [12, 20, 30, 37, 45, 60, 200])
def test_an_address_breaks_after_a_slash_wherever_that_is_enough(url: str, width: int) -> None:
    lines = url_lines(url, lambda line: len(line) <= width)
    assert "".join(lines) == url, "nothing added or lost"
    assert all(len(line) <= width for line in lines)
    pieces = [p + "/" for p in url.split("/")[:-1]] + [url.split("/")[-1]]
    if all(len(p) <= width for p in pieces):
        assert all(line.endswith("/") for line in lines[:-1]), lines
    assert not any(line.endswith("-") for line in lines[:-1] if len(line) < width), lines


def test_a_long_query_breaks_after_its_question_mark_before_anywhere_else() -> None:
    lines = url_lines(SB54, lambda line: len(line) <= 30)
    assert lines == [
        "https://",
        "leginfo.legislature.ca.gov/",
        "faces/billNavClient.xhtml?",
        "bill_id=201720180SB54",
    ]


def test_the_printed_address_on_a_receipt_never_breaks_at_a_hyphen(
    tmp_path: Path, repo_config: Config
) -> None:
    cfg = from_mapping({"print_layout": "receipt"})
    from tests.helpers.content import load_repo_content

    content = load_repo_content(cfg)
    card = next(c for c in content.cards.values() if content.sources[c.source].url == CITY)
    pdf = tmp_path / "receipt.pdf"
    assert render(slip_for(cfg, content, card.id, "en"), "receipt", pdf) >= 1
    lines = pdf_lines(pdf)
    start = next(i for i, line in enumerate(lines) if line.startswith("https://www.cityof"))
    address = []
    for line in lines[start:]:
        address.append(line)
        if "".join(address) == CITY:
            break
    assert "".join(address) == CITY, address
    assert len(address) > 1, "72 mm cannot hold the address on one line"
    assert all(line.endswith("/") for line in address[:-1]), address


def test_the_letterhead_names_the_city_in_the_visitors_language_then_in_english(
    tmp_path: Path, repo_config: Config, content: Content
) -> None:
    pdf = tmp_path / "es.pdf"
    render(slip_for(repo_config, content, "values-act", "es"), "letter", pdf)
    lines = pdf_lines(pdf, 1)
    assert lines[0] == "Ciudad de West Sacramento: información sobre inmigración"
    assert lines[1] == "City of West Sacramento: information about immigration"


def letter_room(slip: Slip) -> tuple[QPrinter, float, float]:
    printer = page_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setResolution(RESOLUTION)
    dpmm = printer.logicalDpiX() / MM_PER_INCH
    return printer, printer.width(), dpmm


@pytest.mark.parametrize("lang", ["en", "es", "km", "ur", "zh_Hans"])
def test_the_body_is_at_least_12_pt_and_as_large_as_one_sheet_allows(
    repo_config: Config, content: Content, lang: str
) -> None:
    for card_id in content.cards:
        slip = slip_for(repo_config, content, card_id, lang)
        printer, width, dpmm = letter_room(slip)
        room = 170 * dpmm  # a letter page under the header and the QR code
        card = letter_card(slip, printer, width, room)
        assert card.points >= 12
        larger = [p for p in BODY_POINTS if p > card.points]
        if larger and card.break_after is None:  # one sheet: the next size up would not have been
            doc = card_document(slip, printer, width, scale=min(larger) / CARD_BODY_POINTS)
            assert doc.size().height() > room, (card_id, card.points)


def test_a_short_card_is_one_sheet_with_a_larger_body(repo_config: Config, content: Content) -> None:
    slip = slip_for(repo_config, content, "values-act-limits", "km")
    printer, width, dpmm = letter_room(slip)
    card = letter_card(slip, printer, width, 170 * dpmm)
    assert card.break_after is None and card.doc.size().height() <= 170 * dpmm
    assert card.points > 12, "room to spare goes to the reader"


def test_two_sheets_keep_the_visitors_card_whole_on_the_first(
    tmp_path: Path, repo_config: Config, content: Content
) -> None:
    slip = slip_for(repo_config, content, "traffic-stop", "km")
    printer, width, dpmm = letter_room(slip)
    card = letter_card(slip, printer, width, 170 * dpmm)
    assert card.break_after is not None, "the Khmer card and its English do not share one sheet at 12 pt"
    pdf = tmp_path / "km.pdf"
    assert render(slip, "letter", pdf) == 2
    english_title = content.cards["traffic-stop"].title
    assert english_title not in page_text(pdf, 1)
    assert english_title in page_text(pdf, 2)

    # pdftotext garbles Khmer's order, so count its letters: on the English sheet only those of
    # its heading, not the marks that hang below the first sheet's last line.
    def khmer(text: str) -> int:
        return sum("\u1780" <= c <= "\u17ff" for c in text)

    assert khmer(page_text(pdf, 1)) > 0
    assert khmer(page_text(pdf, 2)) <= khmer(slip.english_heading), "only the heading of the English copy"


@pytest.mark.parametrize("layout", ["letter", "receipt"])
def test_the_help_line_is_printed_when_set_and_absent_when_not(
    tmp_path: Path, repo_config: Config, content: Content, layout: str
) -> None:
    slip = slip_for(repo_config, content, "values-act", "en")
    with_help = tmp_path / "with.pdf"
    without = tmp_path / "without.pdf"
    render(dataclasses.replace(slip, help_line=HELP), layout, with_help)
    render(slip, layout, without)
    assert HELP in page_text(with_help)
    assert "front desk" not in page_text(without)


@pytest.mark.parametrize("lang", ["zh_Hans", "zh_Hant"])
def test_a_chinese_title_on_the_receipt_leaves_no_character_alone(
    repo_config: Config, content: Content, lang: str
) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(RESOLUTION)
    dpmm = printer.logicalDpiX() / MM_PER_INCH
    width = PRINTABLE_WIDTH_MM * dpmm
    font = print_font(LANGUAGES[lang].fonts, 15 * SCALE, bold=True)
    wrapped = 0
    for card_id in content.cards:
        title = slip_for(repo_config, content, card_id, lang).visitor.title
        lines = balanced_text(title, font, printer, width).split("\u2028")
        if len(lines) > 1:
            wrapped += 1
            assert len(lines[-1]) * 3 >= len(lines[0]), lines
    assert wrapped, "some titles wrap at 72 mm: the check must have something to check"


def test_the_kiosks_help_line_setting_reaches_the_slip(tmp_path: Path) -> None:
    cfg = from_mapping({"help_line": "front-desk"})
    from tests.helpers.content import load_repo_content

    content = load_repo_content(cfg)
    pdf = tmp_path / "help.pdf"
    render(slip_for(cfg, content, "values-act", "en"), "letter", pdf)
    assert content.help_lines["front-desk"] in page_text(pdf)
    render(slip_for(from_mapping({}), content, "values-act", "en"), "letter", pdf)
    assert content.help_lines["front-desk"] not in page_text(pdf)
