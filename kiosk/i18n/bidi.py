"""Right-to-left text that keeps its Latin words, numbers and codes in the right order.

Unicode's bidi rules order a number after Arabic letters as an Arabic number, so "17-29"
shows as "29-17" and "287(g)" as "(g)287", and a paragraph that opens with "ICE" becomes a
left-to-right paragraph. The kiosk does not ask translators to type invisible marks: every
right-to-left translation opens with a right-to-left mark, and each run of Latin letters and
digits is wrapped in a left-to-right isolate (LRI ... PDI), which every Unicode renderer,
Qt's included, lays out as one unbreakable left-to-right piece.
"""

from __future__ import annotations

import re

RLM = "\u200f"
LRI = "\u2066"
PDI = "\u2069"
DIRECTION_MARKS = {"\u200e", RLM, LRI, PDI, "\u2067", "\u2068", "\u202a", "\u202b", "\u202c"}

_TOKEN = r"[0-9A-Za-z](?:[0-9A-Za-z'’()./-]*[0-9A-Za-z)])?"
_RUN = re.compile(rf"{_TOKEN}(?: {_TOKEN})*")
_PLACEHOLDER = re.compile(r"(\{[^{}]*\})")


def _isolate(match: re.Match[str]) -> str:
    run = match.group(0)
    # "(WSPD)": the opening bracket stays outside the run, so the closing one must too.
    tail = ""
    while run.endswith(")") and run.count(")") > run.count("("):
        run, tail = run[:-1], ")" + tail
    return f"{LRI}{run}{PDI}{tail}"


def right_to_left(text: str) -> str:
    """`text` (already in a right-to-left language) marked up to display in the right order."""
    if text.startswith(RLM):
        return text
    parts = _PLACEHOLDER.split(text)
    # Odd parts are {placeholders}: they are filled in later and must stay as they are.
    marked = [part if index % 2 else _RUN.sub(_isolate, part) for index, part in enumerate(parts)]
    return RLM + "".join(marked)


# The marks the kiosk adds to translations: direction marks, and the zero width spaces where
# Lao and Khmer lines may break (kiosk/i18n/line_breaks.py).
ADDED_MARKS = DIRECTION_MARKS | {"\u200b"}


def plain(text: str) -> str:
    """`text` without the marks the kiosk adds (to compare with what a translator wrote, and
    to read aloud)."""
    return "".join(ch for ch in text if ch not in ADDED_MARKS)
