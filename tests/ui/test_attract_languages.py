"""Issue 21 §2, "it speaks my language in two seconds": the attract screen names every offered
language at once, each in its own script's font, with no box for a missing letter and the
right-to-left names shaped; a hand touching the screen invites a touch (and a speaker, to hear
the picker, issue 22 §4); the privacy promise is on it; and a touch anywhere still opens the
picker. While it changes language, the names are never laid out again."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication

from kiosk.i18n.languages import LANGUAGES
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.screens.attract import AttractScreen
from kiosk.ui.tools.fit import ink_rows
from kiosk.ui.tools.glyphs import families_used, glyph_runs, has_missing_glyphs
from kiosk.ui.widgets.plain_label import PlainLabel
from tests.helpers.touch import touch_tap_at
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui

PROMISE = ("privacy promise", "This screen does not record who you are or what you read.")


def names_shown(qtbot: Any, window: KioskWindow) -> None:
    """The names come just after the screen's first frame."""
    qtbot.waitUntil(lambda: len(window.attract.autonyms.labels) == len(window.offered_languages()))


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)], ids=str)
def test_every_language_is_named_at_once_in_its_own_script(
    qtbot: Any, make_window: Any, size: tuple[int, int]
) -> None:
    window: KioskWindow = make_window(size)
    names_shown(qtbot, window)
    attract = window.attract
    assert window.stack.currentWidget() is attract
    labels = {label.text(): label for label in attract.autonyms.labels}
    assert len(window.cfg.languages) == 20
    page = attract.rect()
    for code in window.cfg.languages:
        language = LANGUAGES[code]
        label = labels.get(language.autonym)
        assert label is not None, f"{code} is not named on the attract screen"
        assert label.isVisible(), code
        where = label.geometry().translated(label.parentWidget().mapTo(attract, QPoint(0, 0)))
        assert page.contains(where), f"{code}'s name is outside the screen: {where}"
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width(), code
        font = label.font()
        assert not has_missing_glyphs(label.text(), font), f"{code}'s name draws a box"
        assert families_used(label.text(), font) <= set(language.fonts), code
        assert families_used(label.text(), font) & {language.fonts[0]}, f"{code} not in its own script's font"
        expected = Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
        assert label.layoutDirection() == expected, code


def right_to_left_on_screen(text: str, font: QFont) -> bool:
    """Whether the first letter of `text` is drawn right of its last, as the label lays it out."""
    layout = QTextLayout(text, font)
    option = layout.textOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return line.cursorToX(0)[0] > line.cursorToX(len(text))[0]


# The names whose letters join (Dari's دری and Urdu's اردو are all letters that join no
# letter after them: drawn alone, they are drawn right).
JOINED = {"ar", "fa", "ps"}


def test_right_to_left_names_are_drawn_right_to_left_and_joined(qtbot: Any, window: KioskWindow) -> None:
    names_shown(qtbot, window)
    shown = {label.text(): label for label in window.attract.autonyms.labels}
    for code in [c for c in window.cfg.languages if LANGUAGES[c].rtl]:
        label = shown[LANGUAGES[code].autonym]
        assert right_to_left_on_screen(label.text(), label.font()), code
        if code in JOINED:
            word = [g for run in glyph_runs(label.text(), label.font()) for g in run.glyphIndexes()]
            alone = [
                g for ch in label.text() for run in glyph_runs(ch, label.font()) for g in run.glyphIndexes()
            ]
            assert word != alone, f"{code}: its letters are drawn unjoined ({label.text()})"


def test_a_hand_invites_a_touch_and_a_speaker_to_listen_on_the_picker(window: KioskWindow) -> None:
    attract = window.attract
    assert attract.hand.isVisible() and attract.hand.name == "hand-tap"
    assert attract.hearing.isVisible() and attract.hearing.name == "speaker-high"
    assert attract.hand.width() > attract.hearing.width(), "the hand first, the speaker beside it"


def test_the_privacy_promise_is_on_the_attract_screen_in_each_language(window: KioskWindow) -> None:
    attract = window.attract
    assert attract.promise.isVisible()
    seen = set()
    for _ in window.cfg.languages:
        tr = attract.current()
        assert attract.promise.text() == tr.pgettext(*PROMISE), tr.code
        assert not has_missing_glyphs(attract.promise.text(), attract.promise.font()), tr.code
        seen.add(tr.code)
        attract.next_language()
    assert seen == set(window.cfg.languages)


@pytest.mark.parametrize("how", ["touch", "mouse"])
def test_a_touch_anywhere_on_attract_opens_the_picker(qtbot: Any, window: KioskWindow, how: str) -> None:
    # On a name, on the hand, on the empty paper: each a touch on the screen, not on a button.
    names_shown(qtbot, window)
    attract = window.attract
    khmer = next(label for label in attract.autonyms.labels if label.text() == LANGUAGES["km"].autonym)
    spots = [
        khmer.mapTo(window, khmer.rect().center()),
        attract.hand.mapTo(window, attract.hand.rect().center()),
        attract.mapTo(window, QPoint(attract.width() // 20, attract.height() // 20)),
    ]
    for spot in spots:
        window.reset_visit()
        assert window.stack.currentWidget() is attract
        if how == "touch":
            touch_tap_at(window, spot)
        else:
            qtbot.mouseClick(window.childAt(spot) or window, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.picker, f"a {how} at {spot} did not open the picker"


class _Geometry(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.moved: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.moved.append(getattr(watched, "text", lambda: type(watched).__name__)())
        return False


def test_a_change_of_language_never_moves_the_names(qtbot: Any, window: KioskWindow) -> None:
    names_shown(qtbot, window)
    attract = window.attract
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
    watched = _Geometry()
    for label in (attract.autonyms, *attract.autonyms.labels):
        label.installEventFilter(watched)
    for _ in window.cfg.languages:  # Urdu's Nastaliq and Khmer's wrapped lines among them
        attract.next_language()
        app.processEvents()
    assert watched.moved == [], "the names were laid out again for a change of the lines above"
    tap(qtbot, attract)
    assert window.stack.currentWidget() is window.picker


def test_names_drawn_again_for_another_first_language_are_not_drawn_twice(
    qtbot: Any, window: KioskWindow
) -> None:
    # The tools' tour starts the cycle in each language in turn: the names stay twenty, once
    # each, read right to left after a right-to-left language.
    names_shown(qtbot, window)
    attract = window.attract
    for first, rtl in (("ar", True), ("km", False), ("ar", True)):
        window.show_attract(window.offered_languages(), first=first)
        QApplication.processEvents()  # a new label is shown from the event loop
        assert attract.current().code == first
        names = [child for child in attract.autonyms.findChildren(PlainLabel) if child.isVisible()]
        assert sorted(label.text() for label in names) == sorted(
            LANGUAGES[c].autonym for c in window.cfg.languages
        )
        expected = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert attract.autonyms.layoutDirection() == expected


def test_the_first_frame_does_not_wait_for_the_names(qtbot: Any, repo_config: Any) -> None:
    # Twenty scripts load a dozen font files: the kiosk's first frame is drawn without them,
    # and they come just after it.
    from kiosk.display.attract_pace import AttractPace
    from kiosk.i18n.translators import Translators

    attract = AttractScreen()
    qtbot.addWidget(attract)
    translators = Translators(repo_config.resolve(repo_config.translations_dir))
    attract.set_languages(repo_config.languages, translators.get, AttractPace(3, 0, 3), (1920, 1080))
    assert attract.autonyms.labels == [], "built before the first frame"
    attract.resize(1920, 1080)
    attract.show()
    qtbot.waitExposed(attract)
    qtbot.waitUntil(lambda: len(attract.autonyms.labels) == 20)
    assert attract.painted


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920), (1280, 720)], ids=str)
def test_the_rows_of_names_are_evenly_spaced(qtbot: Any, make_window: Any, size: tuple[int, int]) -> None:
    """A row of Latin and Cyrillic names is shorter than one with Arabic-script names: rows
    each as tall as their names drew English and हिन्दी together as if one pair, and left the
    rows below apart. Their middles are now evenly apart, and no name's letters touch another's."""
    window: KioskWindow = make_window(size)
    names_shown(qtbot, window)
    autonyms = window.attract.autonyms
    labels = autonyms.labels
    grid = autonyms.grid
    rows: dict[int, list[PlainLabel]] = {}
    for label in labels:
        rows.setdefault(grid.getItemPosition(grid.indexOf(label))[0], []).append(label)
    rows = [rows[row] for row in sorted(rows)]
    assert len(rows) >= 4
    middles = [round(sum(label.geometry().center().y() for label in row) / len(row)) for row in rows]
    pitches = [b - a for a, b in zip(middles, middles[1:], strict=False)]
    assert max(pitches) - min(pitches) <= 2, f"rows at {middles}"
    for upper, lower in zip(rows, rows[1:], strict=False):
        ink_bottom = max(ink(label)[1] for label in upper)
        ink_top = min(ink(label)[0] for label in lower)
        assert ink_top - ink_bottom >= 4, f"{upper[0].text()}'s row touches {lower[0].text()}'s"
    for label in labels:
        assert autonyms.rect().contains(label.geometry()), f"{label.text()} outside its place"


def ink(label: PlainLabel) -> tuple[float, float]:
    """The rows a name's letters reach, in the names' widget."""
    rows = ink_rows(label)
    assert rows is not None, label.text()
    return rows[0] + label.y(), rows[1] + label.y()
