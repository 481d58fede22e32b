"""Where a line may break in scripts written without spaces between words (Lao, Khmer).

Qt breaks lines with its own Unicode rules, which find no break opportunity at all inside a
run of Lao or Khmer letters (measured: one boundary, at the end of a 64-letter sentence), so a
card's paragraph would be one line, cut off at the edge. ICU's line breaker finds the words with
its dictionaries (laodict, khmerdict); the kiosk puts a ZERO WIDTH SPACE at each of them, where
Qt then breaks, and which draws nothing. Done once for each text (cached), as it is looked up.
Which languages, and the Unicode blocks of their scripts, is declared with each language
(Language.dictionary_blocks, kiosk/i18n/languages.py).

A mark goes only between two letters of the script (letters and their vowel signs): never
inside a URL, a placeholder, a number or Markdown, nor before the Khmer full stop.
Without PyICU (not installed, or on Windows, where it has no wheel) the text is left as it is:
it still shows, broken where Qt can, and `doctor` and `i18n status` say so, and the running
kiosk logs it at start (kiosk.i18n.translators), never when a visitor's Lao or Khmer text is
first looked up.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from kiosk.i18n.languages import LANGUAGES

ZWSP = "\u200b"


@lru_cache(maxsize=1)
def _icu() -> Any:
    """The PyICU module, or None when it cannot be imported (asked once: every Lao and Khmer
    lookup asks, and a failed import would search the path again each time)."""
    try:
        import icu
    except ImportError:
        return None
    return icu


def icu_version() -> str | None:
    """ICU's version as PyICU reports it, or None without PyICU."""
    icu = _icu()
    return str(icu.ICU_VERSION) if icu is not None else None


def missing_reason() -> str:
    spaceless = " and ".join(lang.english_name for lang in LANGUAGES.values() if lang.dictionary_breaks)
    return (
        f"PyICU is not installed, so {spaceless} lines break only at spaces and may run off the "
        "screen; install it (deploy/setup.sh: libicu-dev, pkg-config, then pip install PyICU)"
    )


def _in_script(ch: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= ord(ch) <= high for low, high in ranges) and unicodedata.category(ch)[0] in "LM"


@lru_cache(maxsize=1024)
def _marked(text: str, script: str) -> str:
    icu = _icu()
    ranges = LANGUAGES[script].dictionary_blocks
    finder = icu.BreakIterator.createLineInstance(icu.Locale(script))
    finder.setText(text)
    # ICU counts in UTF-16 code units; Lao and Khmer are in the BMP, but the text may not be.
    units = text.encode("utf-16-le")
    cuts = []
    for boundary in finder:
        index = len(units[: 2 * boundary].decode("utf-16-le", "surrogatepass"))
        if 0 < index < len(text) and _in_script(text[index - 1], ranges) and _in_script(text[index], ranges):
            cuts.append(index)
    pieces = [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return ZWSP.join(pieces)


def mark_line_breaks(text: str, script: str) -> str:
    """`text` with a ZERO WIDTH SPACE at each line break ICU finds between two letters of
    `script` (the code of a language with `dictionary_breaks`: "lo", "km"); unchanged without PyICU."""
    if not any(_in_script(ch, LANGUAGES[script].dictionary_blocks) for ch in text):
        return text
    if _icu() is None:
        return text
    return _marked(text, script)


def break_opportunities(text: str, script: str) -> set[int]:
    """The indices in `text` where ICU would break a line (for the tests)."""
    icu = _icu()
    finder = icu.BreakIterator.createLineInstance(icu.Locale(script))
    finder.setText(text)
    units = text.encode("utf-16-le")
    return {len(units[: 2 * b].decode("utf-16-le", "surrogatepass")) for b in [0, *finder]}
