"""Issue 21 §4, pictures for people who read little: each topic's pictogram (chosen in
content/topics.yaml) on its tile, above its list of cards and at the top of each of its cards,
drawn in the theme's ink in both palettes; a topic whose picture is missing shows none."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage

from kiosk.content.model import Content
from kiosk.display.palettes import HIGH_CONTRAST, NORMAL, Palette
from kiosk.navigation import Place
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.widgets.pictogram import Pictogram
from tests.helpers.touch import touch_tap
from tests.helpers.visitor import tap, tile

pytestmark = pytest.mark.gui


def drawn_in(picture: Pictogram) -> set[str]:
    """The colours of the picture's solid pixels (its edges are blended with transparency)."""
    pixmap = picture.pixmap()
    assert pixmap is not None and not pixmap.isNull(), "no picture drawn"
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    solid = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            colour = QColor(image.pixel(x, y))
            if QColor.fromRgba(image.pixel(x, y)).alpha() == 255:
                solid.add(colour.name().upper())
    return solid


def shown(picture: Pictogram | None, name: str) -> bool:
    return picture is not None and picture.isVisible() and picture.name == name


@pytest.mark.parametrize("palette", [NORMAL, HIGH_CONTRAST], ids=["normal", "high contrast"])
def test_each_topic_shows_its_pictogram_on_its_tile_and_at_the_top_of_its_cards(
    qtbot: Any, window: KioskWindow, content: Content, palette: Palette
) -> None:
    touch_tap(window.attract)
    tap(qtbot, tile(window.picker, "Español"))
    window.set_display(False, palette is HIGH_CONTRAST)
    ink = palette.ink.upper()
    for index, topic in enumerate(content.topics):
        assert topic.icon, f"{topic.id} names no pictogram in content/topics.yaml"
        topic_tile = window.topics.grid.tiles[index]
        assert shown(topic_tile.pictogram, topic.icon), topic.id
        assert topic_tile.pictogram is not None
        assert drawn_in(topic_tile.pictogram) == {ink}, f"{topic.id}'s tile is not drawn in the ink"
        tap(qtbot, topic_tile)
        assert window.stack.currentWidget() is window.card_list
        assert shown(window.card_list.pictogram, topic.icon)
        assert drawn_in(window.card_list.pictogram) == {ink}
        tap(qtbot, window.card_list.grid.tiles[0])
        assert window.stack.currentWidget() is window.card
        assert shown(window.card.pictogram, topic.icon)
        assert drawn_in(window.card.pictogram) == {ink}
        # At the card's top: level with its title, above its text.
        card = window.card
        assert (
            card.pictogram.mapTo(card, card.pictogram.rect().topLeft()).y()
            <= card.title.mapTo(card, card.title.rect().center()).y()
        )
        window.go_home()


def test_a_topic_whose_pictogram_is_missing_shows_none(
    qtbot: Any, make_window: Any, content: Content
) -> None:
    # An accepted copy may name a picture this kiosk does not have: no picture, no error.
    topics = list(content.topics)
    topics[0] = dataclasses.replace(topics[0], icon="no-such-picture")
    window: KioskWindow = make_window()
    window.updates.content = dataclasses.replace(content, topics=tuple(topics))
    window.set_language("en")
    window.go(Place("topics"))
    first, second = window.topics.grid.tiles[:2]
    assert first.pictogram is None or not first.pictogram.isVisible()
    assert shown(second.pictogram, topics[1].icon)
    window.go(Place("cards", topics[0].id))
    assert not window.card_list.pictogram.isVisible()
    window.go(Place("card", content.cards_of(topics[0].id)[0].id))
    assert not window.card.pictogram.isVisible()
