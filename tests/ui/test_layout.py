"""Every screen, every card, every language, at several screen sizes: no text cut off, and
every touch target large enough for a finger."""

from __future__ import annotations

from typing import Any

import pytest

from kiosk.i18n.languages import LANGUAGES
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.tools.fit import clipped_texts, touching_lines
from kiosk.ui.tools.targets import body_too_small, target_problems
from kiosk.ui.tools.tour import tour
from kiosk.ui.widget_tree import visible_targets
from tests.helpers.standing import SIZE as STANDING_SIZE
from tests.helpers.standing import floor_standing
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui


def problems_on(window: KioskWindow, size: tuple[int, int]) -> list[str]:
    # What is under a message cannot be touched: measure the message alone.
    found = clipped_texts(window) + target_problems(window.top_layer(), window.px_per_mm)
    if (window.width(), window.height()) != size:
        found.append(f"the screen's contents need {window.width()}x{window.height()}, more than {size}")
    text = window.card.text if window.stack.currentWidget() is window.card else None
    if text is not None and (problem := body_too_small(text.browser, window.px_per_mm)):
        found.append(problem)
    if text is not None:
        found += touching_lines(text.browser)
    return found


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1080, 1920)], ids=str)
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_nothing_is_clipped(make_window: Any, size: tuple[int, int], language: str) -> None:
    window = make_window(size)
    problems = []
    for screen in tour(window, language):
        problems += [f"{screen}: {p}" for p in problems_on(window, size)]
    assert problems == []


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (1080, 1920)], ids=str)
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_large_text_in_high_contrast_reflows_without_clipping(
    make_window: Any, size: tuple[int, int], language: str
) -> None:
    window = make_window(size)
    problems = []
    for screen in tour(window, language, large=True, contrast=True):
        problems += [f"{screen}: {p}" for p in problems_on(window, size)]
    assert problems == []


@pytest.mark.parametrize("large", [False, True], ids=["as-set", "large-high-contrast"])
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_nothing_is_clipped_on_a_floor_standing_screen(make_window: Any, language: str, large: bool) -> None:
    """The 43-inch portrait screen standing on the floor lays its screens out for reach (text
    high, controls low: kiosk/ui/standing.py), not as the portrait screen above."""
    window = floor_standing(make_window)
    problems = []
    for screen in tour(window, language, large=large, contrast=large):
        problems += [f"{screen}: {p}" for p in problems_on(window, STANDING_SIZE)]
    assert problems == []


def test_the_layout_check_can_fail(qtbot: Any, make_window: Any) -> None:
    """What the cases above measure with is wired to the window: a squeezed text and a small
    button on a real screen are reported (each check alone: tests/ui/tools/)."""
    size = (1920, 1080)
    window = make_window(size)
    tap(qtbot, window.attract)
    assert problems_on(window, size) == []
    name = window.picker.grid.tiles[0].title_label
    name.setFixedHeight(2)
    window.top_bar.home_button.setFixedSize(30, 30)
    found = problems_on(window, size)
    assert any(p.startswith(repr(name.text())) and "needs" in p for p in found), found
    assert any(p.startswith("'Home' is") and "mm" in p for p in found), found


def test_on_a_wall_mounted_screen_every_control_is_within_reach(make_window: Any) -> None:
    from kiosk.display.physical import REACH_HIGH_MM, REACH_LOW_MM

    # A portrait screen whose bottom edge is 1 m up: its top part is above 1220 mm.
    window = make_window((1080, 1920), screen_bottom_mm=1000)
    top_mm = 1000 + window.height() / window.px_per_mm
    assert top_mm > REACH_HIGH_MM + 100, "the test screen reaches above the band"
    problems = []
    for screen in tour(window, "es"):
        for button in visible_targets(window.top_layer()):
            top = button.mapTo(window, button.rect().topLeft()).y()
            bottom = top + button.height()
            high_mm = 1000 + (window.height() - top) / window.px_per_mm
            low_mm = 1000 + (window.height() - bottom) / window.px_per_mm
            if high_mm > REACH_HIGH_MM + 1 or low_mm < REACH_LOW_MM - 1:
                problems.append(
                    f"{screen}: {button.text() or button.accessibleName()!r} at {low_mm:.0f}-{high_mm:.0f} mm"
                )
    assert problems == []


def _box(widget: Any, window: KioskWindow) -> tuple[int, int, int, int]:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return top_left.x(), top_left.y(), widget.width(), widget.height()


@pytest.mark.parametrize("language", ["es", "ar"])
def test_in_portrait_a_card_reads_across_the_screen_above_its_take_home_band(
    make_window: Any, language: str
) -> None:
    from kiosk.navigation import Place

    window = make_window((1080, 1920))
    window.set_language(language)
    window.go(Place("card", "no-arrest-for-status"))
    assert window.card.text is not None
    text_x, text_y, text_w, text_h = _box(window.card.text, window)
    panel_x, panel_y, panel_w, panel_h = _box(window.card.panel, window)
    assert text_w > 0.85 * window.width(), "the text has the screen's width, not 60% of it"
    assert panel_y >= text_y + text_h, "the band is under the text"
    assert panel_w > 0.9 * window.width() and panel_h < 0.3 * window.height(), "a band, not a column"
    for part in (window.card.qr, window.card.source, window.card.checked, window.card.print_button):
        assert window.card.panel.isAncestorOf(part)
    listen = window.card.listen_button
    assert not listen.isVisible() or window.card.panel.isAncestorOf(listen), "Listen beside Print"
    qr_x = _box(window.card.qr, window)[0]
    source_x = _box(window.card.source, window)[0]
    assert (qr_x > source_x) == (language == "ar"), "the code starts the band, mirrored in RTL"


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=str)
def test_the_topics_use_the_height_there_is(make_window: Any, size: tuple[int, int]) -> None:
    from kiosk.navigation import Place

    window = make_window(size)
    window.set_language("es")
    window.go(Place("topics"))
    grid = window.topics.grid
    viewport = grid.viewport()
    bottom = max(tile.mapTo(viewport, tile.rect().bottomLeft()).y() for tile in grid.tiles)
    assert bottom > 0.8 * viewport.height(), f"tiles end at {bottom} of {viewport.height()} px"
    assert bottom <= viewport.height(), "and all of them on the screen, without scrolling"
    columns = {tile.mapTo(viewport, tile.rect().topLeft()).x() for tile in grid.tiles}
    assert len(columns) == (1 if size[1] > size[0] else 2), "one column in portrait"
