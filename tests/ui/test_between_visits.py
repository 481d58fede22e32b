"""Between visits the kiosk hands back what the last visit left (kiosk/ui/services/between_visits.py):
nothing a person sees changes, and a visitor who comes meanwhile stops it."""

from __future__ import annotations

import linecache
from pathlib import Path
from typing import Any

from PySide6.QtGui import QGuiApplication

from kiosk.i18n.languages import LANGUAGES
from kiosk.memory_release import resident_font_kb
from kiosk.ui.services.between_visits import BetweenVisits, flush_font_cache
from tests.helpers.visitor import open_first_card, tap


def cjk_resident_kb() -> int:
    return resident_font_kb(Path("/proc/self/smaps").read_text(), "CJK")


def test_after_a_visit_in_chinese_its_fonts_are_let_go_and_attract_looks_the_same(
    make_window: Any, qtbot: Any
) -> None:
    window = make_window()
    open_first_card(qtbot, window, LANGUAGES["zh_Hans"].autonym)
    window.card.repaint()
    assert cjk_resident_kb() > 0
    window.reset_visit()
    assert window.between_visits.pending  # waits for the quiet, not on the reset's frame
    before = window.grab().toImage()
    window.between_visits.release_now()
    assert not window.between_visits.pending
    assert cjk_resident_kb() == 0
    assert not linecache.cache
    assert window.grab().toImage() == before
    # and the next visitor's Chinese is drawn as before
    open_first_card(qtbot, window, LANGUAGES["zh_Hans"].autonym)
    window.card.repaint()
    assert cjk_resident_kb() > 0


def test_qt_is_told_its_fonts_changed_so_it_drops_its_font_engines(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.repaint()  # a font file mapped, as on any screen drawn
    with qtbot.waitSignal(QGuiApplication.instance().fontDatabaseChanged, timeout=1000):
        flush_font_cache()


def test_a_visitor_who_comes_stops_what_is_left(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    window.reset_visit()
    assert window.between_visits.pending
    tap(qtbot, window.attract)
    assert not window.between_visits.pending


def test_one_step_a_turn_in_order_and_a_visit_stops_the_rest(qtbot: Any, make_window: Any) -> None:
    done: list[str] = []
    between: BetweenVisits

    def visitor_comes() -> None:
        done.append("pages")
        between.visit_started()

    steps = (lambda: done.append("fonts"), lambda: done.append("lines"), lambda: done.append("heap"))
    between = BetweenVisits(make_window(), quiet_ms=0, steps=steps)
    between.visit_ended()
    assert done == []  # nothing on the reset's own turn
    qtbot.waitUntil(lambda: not between.pending)
    assert done == ["fonts", "lines", "heap"]
    done.clear()
    between.steps = (steps[0], visitor_comes, steps[2])
    between.visit_ended()
    qtbot.waitUntil(lambda: not between.pending)
    assert done == ["fonts", "pages"]
