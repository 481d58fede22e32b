"""Content updated under a running kiosk: seen by the watcher, taken between visits, refused
when bad; no content at all shows the unavailable screen until good content comes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from kiosk.content.model import Content
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.services.folder_watcher import FolderWatcher
from tests.helpers.content import write_card
from tests.helpers.visitor import tap

pytestmark = pytest.mark.gui


@pytest.fixture
def live_window(make_window: Any, repo_copy: Path) -> Any:
    """A window on a copy of the content, which the test may change under it."""

    def make() -> KioskWindow:
        window: KioskWindow = make_window(
            live=True, content_dir=repo_copy / "content", translations_dir=repo_copy / "translations"
        )
        return window

    return make


def first_card_title(window: KioskWindow) -> str:
    assert window.content is not None
    return window.content.cards[first_card_id(window.content)].title


def first_card_id(content: Content) -> str:
    return next(iter(content.cards))


def rewrite_first_card(content: Content, folder: Path, title: str, topic: str = "") -> None:
    """Write the first card again, as staff would edit it: a new title (or a new topic)."""
    card = content.cards[first_card_id(content)]
    write_card(folder, card.id, topic or card.topic, title, card.source)


def test_the_watcher_reports_a_changed_card_once_writes_settle(
    qtbot: Any, repo_copy: Path, content: Content
) -> None:
    watcher = FolderWatcher([repo_copy / "content", repo_copy / "translations"], settle_ms=50)
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        rewrite_first_card(content, repo_copy / "content", "New title")
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        po = repo_copy / "translations" / "es" / "LC_MESSAGES" / "messages.po"
        po.write_text(po.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        shutil.rmtree(repo_copy / "content")
    with qtbot.waitSignal(watcher.changed, timeout=5000):
        (repo_copy / "content").mkdir()


def test_an_update_waits_for_the_visit_to_end(
    qtbot: Any, live_window: Any, repo_copy: Path, content: Content
) -> None:
    window = live_window()
    tap(qtbot, window.attract)  # a visitor is here
    old = first_card_title(window)
    rewrite_first_card(content, repo_copy / "content", "Updated, can I report?")
    window.update_arrived()
    assert first_card_title(window) == old, "never under a visitor's finger"
    window.reset_visit()
    assert first_card_title(window) == "Updated, can I report?"
    assert window.stack.currentWidget() is window.attract


def test_an_update_on_attract_is_taken_at_once(
    qtbot: Any, live_window: Any, repo_copy: Path, content: Content
) -> None:
    window = live_window()
    rewrite_first_card(content, repo_copy / "content", "Updated at once")
    window.update_arrived()
    assert first_card_title(window) == "Updated at once"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_bad_update_or_a_deleted_folder_keeps_what_is_shown(
    qtbot: Any, live_window: Any, repo_copy: Path, content: Content
) -> None:
    window = live_window()
    old = first_card_title(window)
    rewrite_first_card(content, repo_copy / "content", "Broken", topic="no-such-topic")
    window.update_arrived()
    assert first_card_title(window) == old
    shutil.rmtree(repo_copy / "content")
    window.update_arrived()
    assert first_card_title(window) == old
    tap(qtbot, window.attract)
    assert window.stack.currentWidget() is window.picker, "the visit goes on with the last good content"


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_no_content_shows_unavailable_until_good_content_arrives(
    qtbot: Any, live_window: Any, repo_copy: Path
) -> None:
    saved = repo_copy / "saved-content"
    shutil.move(repo_copy / "content", saved)
    window = live_window()
    assert window.stack.currentWidget() is window.unavailable
    shown = window.unavailable.text_shown()
    assert "Information is temporarily unavailable." in shown
    assert "La información no está disponible por el momento." in shown, "in the visitors' languages too"
    assert not window.top_bar.isVisible()
    tap(qtbot, window.unavailable)
    assert window.stack.currentWidget() is window.unavailable, "a tap leads nowhere"
    shutil.move(saved, repo_copy / "content")
    window.update_arrived()
    assert window.stack.currentWidget() is window.attract
