"""Emptying a layout whose widgets go on to another place (or back into it, in another order).

`QLayout.takeAt` hands the item over and PySide does not delete it. Qt keeps a widget's cached
height for width (a word-wrapped label's lines) in the first layout item made for that widget,
and a new item made while the old one lives is never told that the label's text changed: the
attract screen's standing box laid out every language's lines at the first language's heights,
and cut Khmer's marks below the line (tests/ui/test_standing.py)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLayout


def empty(layout: QLayout) -> None:
    """Take every item out of `layout` and delete it; its widgets stay where they are, with
    their parent, until added to a layout again."""
    while layout.count():
        item = layout.takeAt(0)
        if item is not None:
            shiboken6.delete(item)
