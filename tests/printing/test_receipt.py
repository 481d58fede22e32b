"""The receipt layout (80 mm roll) as the PDF that is printed: paper, QR code, text in every
script direction. On CUPS this same file is what start_print submits."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import from_mapping
from kiosk.i18n.translator import translator_for
from kiosk.printing.pdf import write_slip_pdf
from tests.helpers.content import load_repo_content
from tests.helpers.pdf import contains, page_sizes_mm, pdf_text, qr_codes


@pytest.mark.parametrize("lang", ["fa", "zh_Hans", "es", "ar"])
def test_a_receipt_is_80_mm_wide_with_a_large_qr_and_the_visitors_text(tmp_path: Path, lang: str) -> None:
    cfg = from_mapping({"print_layout": "receipt"})
    content = load_repo_content(cfg)
    card = min(content.cards.values(), key=lambda c: len(c.body))
    pdf = tmp_path / "receipt.pdf"
    pages = write_slip_pdf(cfg, content, card.id, lang, pdf)

    sizes = page_sizes_mm(pdf)
    assert len(sizes) == pages == 1, "a short card fits one receipt"
    width, height = sizes[0]
    assert width == pytest.approx(80, abs=0.5)
    assert 100 < height < 600, "as long as the content, no Letter-length tail of paper"

    codes = qr_codes(pdf, tmp_path)
    assert [c.text for c in codes] == [content.sources[card.source].url]
    assert codes[0].width_mm >= 25, "a phone must read it from arm's length"
    assert codes[0].width_mm <= 72, "and it fits the 72 mm the print head reaches"

    tr = translator_for(cfg.resolve(cfg.translations_dir), lang)
    title = tr.lookup(f"card:{card.id}:title", card.title)
    assert title and title != card.title, f"{lang} has a translated title to look for"
    text = pdf_text(pdf)
    assert contains(text, title), f"{title!r} not in the receipt's text layer"
    assert not contains(text, card.title), "a receipt carries one language, the visitor's"


def test_a_long_card_continues_on_more_receipt_pages(tmp_path: Path) -> None:
    cfg = from_mapping({"print_layout": "receipt"})
    content = load_repo_content(cfg)
    longest = max(content.cards.values(), key=lambda c: len(c.body))
    pdf = tmp_path / "long.pdf"
    pages = write_slip_pdf(cfg, content, longest.id, "en", pdf)
    sizes = page_sizes_mm(pdf)
    assert len(sizes) == pages
    assert all(w == pytest.approx(80, abs=0.5) and h <= 601 for w, h in sizes)
