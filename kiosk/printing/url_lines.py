"""Where a printed web address may break: after a "/" only, so a reader typing it from paper
never meets a hyphen at a line's end that is not in the address ("city-manager-s-/office").

Pure: the caller says what fits (its own font and width), so this runs without Qt.
"""

from __future__ import annotations

from collections.abc import Callable

# Where "/" alone cannot make a piece fit (a long query), these follow, in order; a hyphen
# never does. Past them, a piece is cut where it must, between any two characters.
BREAK_AFTER = ("/", "?", "&", "=")


def _pieces(text: str, mark: str) -> list[str]:
    pieces, start = [], 0
    for index, char in enumerate(text):
        if char == mark:
            pieces.append(text[start : index + 1])
            start = index + 1
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _atoms(text: str, fits: Callable[[str], bool], level: int = 0) -> list[str]:
    """`text` in the largest pieces that fit, split at the first marks that make them fit."""
    if fits(text):
        return [text]
    if level == len(BREAK_AFTER):
        return list(text)
    return [atom for piece in _pieces(text, BREAK_AFTER[level]) for atom in _atoms(piece, fits, level + 1)]


def url_lines(url: str, fits: Callable[[str], bool]) -> list[str]:
    """`url` as lines that each satisfy `fits` (a single character always counts as fitting),
    broken after "/" wherever that is enough, and filled greedily."""
    lines: list[str] = []
    line = ""
    for atom in _atoms(url, fits):
        if line and not fits(line + atom):
            lines.append(line)
            line = ""
        line += atom
    return [*lines, line] if line else lines
