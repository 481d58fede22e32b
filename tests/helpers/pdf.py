"""Reading a slip PDF back as a person and a phone would: its text, its paper, its QR code."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PySide6.QtGui import QImage

MM_PER_POINT = 25.4 / 72
RASTER_DPI = 200

# Direction marks pdftotext adds around RTL runs, and the zero-width non-joiner Qt's text
# layer drops: neither is something a reader sees.
# Arabic vowel marks go too: the text layer may put a mark before or after its letter.
_INVISIBLE = dict.fromkeys(
    [0x200C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A), *range(0x064B, 0x0660), 0x0670]
)


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return comparable(raw)


def comparable(text: str) -> str:
    """Text as letters only: NFKC (the PDF's text layer uses Arabic presentation forms and
    ligatures such as "fi"), no direction marks, no whitespace (lines wrap anywhere)."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    return "".join(text.split())


_LAM_ALEF = re.compile("\u0644[\u0622\u0623\u0625\u0627]")


def contains(haystack: str, needle: str) -> bool:
    """`needle` is in the PDF text, allowing for how Qt writes its text layer: it names each
    glyph by one code point the font maps to it. So Noto CJK's single glyph for 门 and the
    radical ⻔ may come out as the radical, and a glyph for two letters (the Arabic lam-alef
    ligatures) may come out as nothing at all."""
    pattern = []
    for piece in re.split(f"({_LAM_ALEF.pattern})", comparable(needle)):
        if _LAM_ALEF.fullmatch(piece):
            pattern.append(f"(?:{re.escape(piece)})?")
            continue
        for c in piece:
            if "\u4e00" <= c <= "\u9fff":
                pattern.append(f"(?:{re.escape(c)}|[\u2e80-\u2eff])")
            else:
                pattern.append(re.escape(c))
    return re.search("".join(pattern), haystack) is not None


def page_sizes_mm(path: Path) -> list[tuple[float, float]]:
    out = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(path)], check=True, capture_output=True, text=True
    ).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out)
    return [(float(w) * MM_PER_POINT, float(h) * MM_PER_POINT) for w, h in sizes]


@dataclass(frozen=True)
class FoundQr:
    text: str
    width_mm: float  # the symbol itself, finder pattern to finder pattern (no quiet zone)


def qr_codes(path: Path, folder: Path, page: int = 1) -> list[FoundQr]:
    prefix = folder / f"raster-{path.stem}"
    subprocess.run(
        ["pdftoppm", "-r", str(RASTER_DPI), "-png", "-f", str(page), "-l", str(page), str(path), str(prefix)],
        check=True,
        capture_output=True,  # cups-pdf's Type 3 fonts make poppler warn once per glyph
    )
    image = QImage(str(next(folder.glob(f"{prefix.name}*.png"))))
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    found = []
    for code in zxingcpp.read_barcodes(gray):
        if code.format != zxingcpp.BarcodeFormat.QRCode:
            continue
        pos = code.position
        width_px = max(pos.top_right.x, pos.bottom_right.x) - min(pos.top_left.x, pos.bottom_left.x)
        found.append(FoundQr(code.text, width_px / RASTER_DPI * 25.4))
    return found
