"""Issue 24: a screen's sizes come from the theme's named layout tokens (`Theme.layout`,
kiosk/ui/theme.py), not from numbers written where they are used. A number of pixels in a
screen or widget is a size that does not follow the screen, and one that drifts from its
twins (28 px was written twelve times).

The check reads the source (no Qt): a number in a call that takes a size in pixels, and a
"<n>px" in a string (a style sheet), is a literal. 0 is no size (a layout without margins).
Font sizes (`theme.font(34)`) are text roles, not layout, and are not counted here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kiosk import PROJECT_ROOT

CHECKED = ("kiosk/ui/screens", "kiosk/ui/widgets")

# Calls whose every number is a size in pixels: the theme's own conversions...
THEME_SIZES = {"px", "target", "mm", "scaled_mm"}
# ... and Qt's setters of sizes, margins and spacings.
QT_SIZES = {
    "setSpacing",
    "setHorizontalSpacing",
    "setVerticalSpacing",
    "setContentsMargins",
    "addSpacing",
    "setFixedSize",
    "setFixedWidth",
    "setFixedHeight",
    "setMinimumSize",
    "setMinimumWidth",
    "setMinimumHeight",
    "setMaximumSize",
    "setMaximumWidth",
    "setMaximumHeight",
    "setIconSize",
    "icon_size",
    "QSize",
    "resize",
    "QrCode",
}
PX_IN_TEXT = re.compile(r"\b[1-9]\d*(?:\.\d+)?px\b")

# The literals that must stay, each with why: (file under the repository, the number).
# None today: the style sheet's strokes live in the theme (`Strokes`), and a 1 px hairline,
# were one drawn, would be listed here with its reason.
ALLOWED: dict[tuple[str, float | str], str] = {}


def _called(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def literal_sizes(source: str) -> list[tuple[int, float | str]]:
    """(line, literal) for each pixel size written as a number in `source`."""
    tree = ast.parse(source)
    docstrings = {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    found: dict[tuple[int, int], tuple[int, float | str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (name := _called(node)) in THEME_SIZES | QT_SIZES:
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                for part in ast.walk(argument):
                    if not isinstance(part, ast.Constant) or isinstance(part.value, bool):
                        continue
                    value = part.value
                    # In Qt's setters a float is a share (`side * 0.45`), not a size.
                    is_size = isinstance(value, int) or (isinstance(value, float) and name in THEME_SIZES)
                    if is_size and value != 0:
                        found[(part.lineno, part.col_offset)] = (part.lineno, value)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            for match in PX_IN_TEXT.finditer(node.value):
                found[(node.lineno, match.start())] = (node.lineno, match.group())
    return sorted(found.values())


def literals_in(folders: tuple[str, ...], root: Path = PROJECT_ROOT) -> list[str]:
    problems = []
    for folder in folders:
        for path in sorted((root / folder).rglob("*.py")):
            name = path.relative_to(root).as_posix()
            for line, value in literal_sizes(path.read_text(encoding="utf-8")):
                if (name, value) not in ALLOWED:
                    problems.append(f"{name}:{line}: {value!r} (a size from theme.layout, or ALLOWED)")
    return problems


def test_no_literal_pixel_size_in_screens_and_widgets() -> None:
    assert literals_in(CHECKED) == []


def test_every_allowed_literal_is_still_there() -> None:
    """An entry whose literal has gone is stale, and would let a new one in unseen."""
    present = {
        (path.relative_to(PROJECT_ROOT).as_posix(), value)
        for folder in CHECKED
        for path in (PROJECT_ROOT / folder).rglob("*.py")
        for _line, value in literal_sizes(path.read_text(encoding="utf-8"))
    }
    assert set(ALLOWED) <= present


@pytest.mark.parametrize(
    "planted",
    [
        "layout.setSpacing(12)",
        "row.setContentsMargins(0, theme.px(28), 0, 0)",
        "side = max(theme.mm(30), theme.px(160))",
        "button.setMinimumHeight(theme.target(100))",
        "qr.setFixedSize(300, 300)",
        "button.setStyleSheet('border: 2px solid red;')",
        "button.setIconSize(QSize(side, 40))",
    ],
)
def test_the_check_catches_a_planted_literal(tmp_path: Path, planted: str) -> None:
    screen = (PROJECT_ROOT / "kiosk/ui/screens/admin.py").read_text(encoding="utf-8")
    folder = tmp_path / "kiosk/ui/screens"
    folder.mkdir(parents=True)
    plant = f"\n\ndef planted(theme, layout, row, button, qr, side):\n    {planted}\n"
    (folder / "admin.py").write_text(screen + plant)
    found = literals_in(("kiosk/ui/screens",), root=tmp_path)
    last = len(screen.splitlines()) + 4  # the planted line
    assert found and all(f.startswith(f"kiosk/ui/screens/admin.py:{last}:") for f in found), found


def test_what_is_not_a_size_is_not_caught() -> None:
    """No margins (0), a share of a size, a font's size and a docstring's "15px" pass."""
    source = '''
def f(theme, layout, button, side):
    """Measured 15px too tall."""
    layout.setContentsMargins(0, 0, 0, 0)
    button.setIconSize(icon_size(round(side * 0.6)))
    button.setFont(theme.font(34))
    button.setStyleSheet("padding: 0px;")
'''
    assert literal_sizes(source) == []


def test_the_tokens_keep_the_reference_screen_as_it_was() -> None:
    """The millimetres were chosen to draw what the numbers drew at 1920x1080."""
    from kiosk.ui.theme import Theme

    room = Theme(1.0, ()).layout
    assert (room.tile_gap, room.screen_margin, room.card_margin, room.tile, room.action_button) == (
        28,
        48,
        40,
        132,
        100,
    )
    # Targets and the gaps between them hold their physical floor on a coarse small screen.
    small = Theme(0.7, (), px_per_mm=5.0).layout
    assert small.bar_button >= 15 * 5.0 and small.key_gap >= 3 * 5.0
