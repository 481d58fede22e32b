"""The printed slip, written as PDF and read back as a person (and a phone) would."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kiosk.config import Config
from kiosk.content.model import Content
from kiosk.i18n.translator import translator_for
from kiosk.printing.pdf import write_slip_pdf
from tests.helpers.qr import decode


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_slip_has_both_languages_url_and_a_working_qr(
    tmp_path: Path, repo_config: Config, content: Content
) -> None:
    card = content.cards_of(content.topics[0].id)[0]
    source = content.sources[card.source]
    pdf = tmp_path / "slip.pdf"
    assert write_slip_pdf(repo_config, content, card.id, "es", pdf) >= 1

    raw = unicodedata.normalize("NFKC", pdf_text(pdf))  # pdftotext keeps ligatures such as "ffi"
    text = " ".join(raw.split())
    spanish_title = translator_for(repo_config.resolve(repo_config.translations_dir), "es").lookup(
        f"card:{card.id}:title", card.title
    )
    assert spanish_title and spanish_title in text
    assert card.title in text  # the English beside it
    assert source.url in "".join(raw.split())

    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True
    )
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert decode(image) == [source.url]


def test_print_command_writes_a_pdf(tmp_path: Path, content: Content) -> None:
    from kiosk.cli import main

    pdf = tmp_path / "out" / "slip.pdf"
    card_id = sorted(content.cards)[0]
    assert main(["print", "--card", card_id, "--lang", "es", "--pdf", str(pdf)]) == 0
    assert content.cards[card_id].title in " ".join(pdf_text(pdf).split())
    assert main(["print", "--card", "no-such-card", "--pdf", str(pdf)]) == 2


def test_print_command_honours_the_receipt_layout(tmp_path: Path, content: Content) -> None:
    from kiosk.cli import main
    from tests.helpers.pdf import page_sizes_mm

    config = tmp_path / "kiosk.yaml"
    config.write_text(f"print_layout: receipt\ncontent_dir: {Config().resolve(Config().content_dir)}\n")
    pdf = tmp_path / "receipt.pdf"
    card_id = next(iter(content.cards))
    assert main(["print", "--config", str(config), "--card", card_id, "--lang", "es", "--pdf", str(pdf)]) == 0
    assert page_sizes_mm(pdf)[0][0] == pytest.approx(80, abs=0.5)
