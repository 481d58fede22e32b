"""How the screens share out their room, without a display."""

from __future__ import annotations

from kiosk.display.arrangement import MOST_GROWTH, arrange_tiles, is_portrait, tile_columns, tile_height


def test_a_floor_standing_screen_is_portrait_and_a_wide_one_is_not() -> None:
    assert is_portrait(1080, 1920)
    assert not is_portrait(1920, 1080)
    assert not is_portrait(1280, 720)


def test_in_portrait_a_few_tiles_stand_in_one_column_and_many_keep_their_columns() -> None:
    assert tile_columns(1080, 1920, 5, 2) == 1
    assert tile_columns(1080, 1920, 14, 2) == 2  # the picker's languages, all on one screen
    assert tile_columns(1920, 1080, 5, 2) == 2
    assert tile_columns(1920, 1080, 1, 2) == 1


def test_tiles_grow_to_fill_the_height_but_not_without_end() -> None:
    # Five topics in one column on a portrait screen: 5 rows and 4 gaps share 1600 px.
    assert tile_height(1600, 5, 1, least=92, gap=20) == min((1600 - 80) // 5, round(92 * MOST_GROWTH))
    # Landscape: three rows of two fill the height under the intro.
    assert tile_height(830, 5, 2, least=132, gap=28) == (830 - 56) // 3
    # One tile would be a wall: it stops at MOST_GROWTH times its least height.
    assert tile_height(1700, 1, 1, least=92, gap=20) == round(92 * MOST_GROWTH)


def test_tiles_that_do_not_fit_keep_their_least_height_and_scroll() -> None:
    assert tile_height(400, 14, 2, least=120, gap=20) == 120
    assert tile_height(0, 3, 1, least=120, gap=20) == 120


def test_everything_at_once() -> None:
    arranged = arrange_tiles(1080, 1700, 5, 2, least=92, gap=20)
    assert arranged.portrait and arranged.columns == 1 and arranged.tile_height > 92
    assert not arrange_tiles(1920, 900, 5, 2, least=132, gap=28).portrait
