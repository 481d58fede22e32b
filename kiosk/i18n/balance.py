"""Short headings in Chinese and Japanese broken into lines of about equal length.

Text without spaces wraps wherever the line is full, so a short heading often leaves one or two
characters alone on its last line ("吗？", "嗎？"), which reads as a stray. Given how many lines
the heading takes at its width, `balanced_lines` finds where to break it so that the lines are
as even as they can be (a little less, to end a line at a comma), never inside a run of Latin
letters or digits, never before a closing mark or after an opening one. The screen's labels
(kiosk/ui/widgets/balanced.py) and the receipt use it; each measures the line count with its
own font and checks that every line fits.

Pure Python: no Qt.
"""

from __future__ import annotations

import re

# Han, Kana and the CJK punctuation and full-width forms: characters a line may break between.
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
# What may not begin a line (closing marks, small kana, the prolonged sound mark) ...
_NO_START = set("，。、：；！？）」』】〉》〕］｝”’％・ー…‥,.:;!?)]}%")
_NO_START |= set("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
# ... and what may not end one (opening marks).
_NO_END = set("（「『【〈《〔［｛“‘([{")
# Where a line may best end: after a pause, or a sentence.
_PAUSES = set("，、：；,:;。！？.!?")


def is_balanced_script(text: str) -> bool:
    """Whether `text` is written without spaces between words (Chinese, Japanese)."""
    return bool(_WIDE.search(text))


def _units(text: str) -> list[str]:
    """`text` cut where a line may break: each wide character alone, with the closing marks
    that follow it and the opening marks before it; a run of anything else (a Latin word, a
    number) whole, with its spaces."""
    units: list[str] = []
    opening = ""
    for char in text:
        if char in _NO_END:
            opening += char
        elif char in _NO_START and units:
            units[-1] += char
        elif _WIDE.match(char) or not units or _WIDE.match(units[-1][-1]) or units[-1][-1] in _NO_START:
            units.append(opening + char)
            opening = ""
        else:  # a narrow character after a narrow one: the same run (a word and its spaces)
            units[-1] += opening + char
            opening = ""
    if opening:
        if units:
            units[-1] += opening
        else:
            units.append(opening)
    return units


def _width(unit: str) -> int:
    """A character's width in halves of a wide character: Latin letters are about half."""
    return sum(2 if _WIDE.match(char) else 1 for char in unit)


def balanced_lines(text: str, lines: int) -> list[str]:
    """`text` in `lines` lines of about equal width (the least sum of squared differences
    from the mean); the text whole, in one line, when it cannot be cut that many times or is
    not a script written without spaces."""
    if lines < 2 or not is_balanced_script(text):
        return [text]
    units = _units(text.strip())
    if len(units) < lines:
        return [text]
    widths = [_width(unit) for unit in units]
    ends = [0]
    for width in widths:
        ends.append(ends[-1] + width)
    target = ends[-1] / lines
    count = len(units)
    pause_bonus = (target / 3) ** 2
    inf = float("inf")
    # best[k][i]: the least cost of the first i units in k lines; cut[k][i] where the last began.
    best = [[inf] * (count + 1) for _ in range(lines + 1)]
    cut = [[0] * (count + 1) for _ in range(lines + 1)]
    best[0][0] = 0.0
    for k in range(1, lines + 1):
        for i in range(k, count + 1):
            for j in range(k - 1, i):
                if best[k - 1][j] == inf:
                    continue
                cost = best[k - 1][j] + (ends[i] - ends[j] - target) ** 2
                if i < count and units[i - 1][-1] in _PAUSES:
                    cost -= pause_bonus  # a line that ends at a comma reads as a phrase
                if cost < best[k][i]:
                    best[k][i], cut[k][i] = cost, j
    bounds = [count]
    for k in range(lines, 0, -1):
        bounds.append(cut[k][bounds[-1]])
    bounds.reverse()
    return ["".join(units[a:b]).strip() for a, b in zip(bounds, bounds[1:], strict=False)]


def balanced(text: str, lines: int) -> str:
    """`text` with a line break at each of the balanced breaks (see `balanced_lines`)."""
    return "\n".join(balanced_lines(text, lines))
