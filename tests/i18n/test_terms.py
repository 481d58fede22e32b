"""Key legal terms keep the rendering a back-reading checked, wherever the English uses them.

A reviewer who finds a term dropped or softened in one card (issue 21 §8: Iu Mien's
`city-and-ice` lost "on immigration enforcement", so SB 54 seemed to limit all police work
with ICE; "In general" read as "most of the time") adds the term here, so the next edit of
any card cannot lose it again.
"""

from __future__ import annotations

import pytest
from babel.messages.pofile import read_po

from kiosk import PROJECT_ROOT
from kiosk.i18n.catalog import po_path

# language -> (English term, its checked rendering, a rendering that must not return)
TERMS: dict[str, list[tuple[str, str, str | None]]] = {
    "ium": [
        ("immigration enforcement", "gunv daaih yiem Meiv Guoqv nyei leiz", None),
        ("In general", "Ziux leiz", "Ziangh hoc camv"),
    ],
}


def _entries(code: str) -> list[tuple[str, str, str]]:
    with po_path(PROJECT_ROOT / "translations", code).open("rb") as handle:
        catalog = read_po(handle)
    return [(str(m.context), str(m.id), str(m.string)) for m in catalog if m.id and m.string]


@pytest.mark.parametrize(
    ("code", "term", "rendering", "banned"), [(c, *t) for c, ts in TERMS.items() for t in ts]
)
def test_a_checked_term_is_rendered_as_often_as_the_english_uses_it(
    code: str, term: str, rendering: str, banned: str | None
) -> None:
    wrong = [
        context
        for context, english, translated in _entries(code)
        if translated.count(rendering) < english.lower().count(term.lower())
        or (banned is not None and banned in translated)
    ]
    assert not wrong, f"{code}: {term!r} is not rendered as {rendering!r} in {wrong}"


def test_the_check_catches_a_dropped_term() -> None:
    english = "It also limits how local police may work with ICE on\nimmigration enforcement."
    dropped = "Naaiv diuh leiz yaac dingc leiz, zingh nyei police haih caux ICE zoux ndongc haaix."
    term, rendering, _ = TERMS["ium"][0]
    assert dropped.count(rendering) < english.lower().count(term.lower())
