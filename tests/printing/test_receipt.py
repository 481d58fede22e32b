"""The receipt layout (80 mm roll) as the PDF that is printed: paper, QR code, text in every
script direction. On CUPS this same file is what start_print submits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kiosk.config import from_mapping
from kiosk.content.model import Card, Content
from kiosk.i18n.translator import translator_for
from kiosk.printing.pdf import write_slip_pdf
from tests.helpers.content import load_repo_content
from tests.helpers.pdf import comparable, contains, page_sizes_mm, pdf_text, qr_codes


def shortest(content: Content) -> Card:
    return min(content.cards.values(), key=lambda c: len(c.body))


def longest(content: Content) -> Card:
    return max(content.cards.values(), key=lambda c: len(c.body))


def letters(text: str) -> str:
    return re.sub(r"[^\w\u2e80-\u2eff]", "", comparable(text))  # CJK radicals: see contains()


@pytest.mark.parametrize("lang", ["fa", "zh_Hans", "es", "ar"])
def test_a_receipt_is_80_mm_wide_with_a_large_qr_and_the_card_in_both_languages(
    tmp_path: Path, lang: str
) -> None:
    cfg = from_mapping({"print_layout": "receipt"})
    content = load_repo_content(cfg)
    card = shortest(content)
    pdf = tmp_path / "receipt.pdf"
    pages = write_slip_pdf(cfg, content, card.id, lang, pdf)

    sizes = page_sizes_mm(pdf)
    assert len(sizes) == pages == 1, "a short card fits one receipt"
    width, height = sizes[0]
    assert width == pytest.approx(80, abs=0.5)
    # Measured: 240 mm in Arabic with one language, 332 mm with both (Chinese 205 -> 295).
    assert 100 < height < 450, "as long as the content, no Letter-length tail of paper"

    codes = qr_codes(pdf, tmp_path)
    assert [c.text for c in codes] == [content.sources[card.source].url]
    assert codes[0].width_mm >= 25, "a phone must read it from arm's length"
    assert codes[0].width_mm <= 72, "and it fits the 72 mm the print head reaches"

    tr = translator_for(cfg.resolve(cfg.translations_dir), lang)
    title = tr.lookup(f"card:{card.id}:title", card.title)
    assert title and title != card.title, f"{lang} has a translated title to look for"
    text = pdf_text(pdf)
    assert contains(text, title), f"{title!r} not in the receipt's text layer"
    # Both languages, the visitor's first, as on the red cards people carry.
    # Letters only: the text layer may move an English question mark after RTL text.
    english_starts = letters(text).find(letters(card.title))
    assert english_starts >= 0, "the English copy follows the visitor's"
    assert contains(letters(text)[:english_starts], letters(title)), "the visitor's language comes first"
    assert contains(text, tr.pgettext("slip", "The same information in English"))


def test_an_english_receipt_carries_the_card_once(tmp_path: Path) -> None:
    cfg = from_mapping({"print_layout": "receipt"})
    content = load_repo_content(cfg)
    card = shortest(content)
    pdf = tmp_path / "receipt.pdf"
    write_slip_pdf(cfg, content, card.id, "en", pdf)
    text = pdf_text(pdf)
    first_paragraph = card.body.replace("*", "").split("\n\n")[0]
    assert text.count(comparable(first_paragraph)) == 1
    assert not contains(text, "The same information in English")
    assert [c.text for c in qr_codes(pdf, tmp_path)] == [content.sources[card.source].url]


def test_a_long_card_continues_on_more_receipt_pages(tmp_path: Path) -> None:
    cfg = from_mapping({"print_layout": "receipt"})
    content = load_repo_content(cfg)
    pdf = tmp_path / "long.pdf"
    pages = write_slip_pdf(cfg, content, longest(content).id, "en", pdf)
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == pages
    assert all(w == pytest.approx(80, abs=0.5) and h <= 601 for w, h in sizes)


@pytest.mark.parametrize("lang", ["ar", "zh_Hans"])
def test_the_english_copy_is_set_in_the_english_fonts(tmp_path: Path, lang: str) -> None:
    from PySide6.QtGui import QPdfWriter

    from kiosk.i18n.languages import LANGUAGES
    from kiosk.printing.pdf import slip_for
    from kiosk.printing.receipt import ReceiptLayout
    from kiosk.qt_app import ensure_app

    ensure_app()
    cfg = from_mapping({"print_layout": "receipt"})
    content = load_repo_content(cfg)
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    card = shortest(content)
    doc = ReceiptLayout(slip_for(cfg, content, card.id, lang), writer).card
    families: dict[str, set[tuple[str, ...]]] = {}
    script = lang  # until the English copy's title
    block = doc.begin()
    while block.isValid():
        if block.text() == card.title:
            script = "en"
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.text().strip():
                families.setdefault(script, set()).add(tuple(fragment.charFormat().fontFamilies() or ()))
            fragments += 1
        block = block.next()
    # Not the visitor's script's fonts, whose Latin fallback has the tall lines of Arabic type.
    assert families["en"] == {LANGUAGES["en"].fonts}
    assert families[lang] == {LANGUAGES[lang].fonts}


def test_a_card_too_long_for_one_receipt_shares_its_length_out_over_the_pages(tmp_path: Path) -> None:
    cfg = from_mapping({"print_layout": "receipt"})
    content = load_repo_content(cfg)
    pdf = tmp_path / "long.pdf"
    pages = write_slip_pdf(cfg, content, longest(content).id, "ar", pdf)  # Arabic, then English
    lengths = [h for _, h in page_sizes_mm(pdf)]
    assert pages == len(lengths) == 2
    # Measured: two pages of 397 mm, where pages of the longest length were 600 + 600 mm.
    assert lengths[0] == pytest.approx(lengths[1]) and lengths[0] < 500, "no long blank tail"
    assert contains(pdf_text(pdf), "This is general information, not legal advice."), "all of it"


@pytest.mark.parametrize(("layout", "lang"), [("receipt", "en"), ("page", "ar"), ("page", "ru")])
def test_the_end_of_a_long_card_is_printed_too(tmp_path: Path, layout: str, lang: str) -> None:
    # Qt lays a long document out lazily: its last lines were left off the slip.
    cfg = from_mapping({"print_layout": layout})
    content = load_repo_content(cfg)
    pdf = tmp_path / "long.pdf"
    write_slip_pdf(cfg, content, longest(content).id, lang, pdf)
    assert contains(pdf_text(pdf), "This is general information, not legal advice.")
