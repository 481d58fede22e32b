"""Content updated under a running kiosk: seen by the watcher, taken between visits, refused
when bad; no content at all shows the unavailable screen until good content comes."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.content.model import Content
from kiosk.trust import sha256sums
from kiosk.ui.flows import updates
from kiosk.ui.main_window import KioskWindow
from kiosk.ui.services.folder_watcher import FolderWatcher
from tests.helpers.checks import wait_for_check
from tests.helpers.content import write_card
from tests.helpers.touch import touch_tap
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


# -- issue 20, section 2: the folders are hashed and copied off the GUI thread -------------------


@dataclass
class SlowHashing:
    """The first file hashed waits until the test releases it (or 5 s pass: on a kiosk that
    hashes on its GUI thread, the test then fails rather than hangs)."""

    started: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)

    @property
    def blocked(self) -> bool:
        return self.started.is_set() and not self.done.is_set()


@pytest.fixture
def slow_hashing(monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowHashing]:
    slow = SlowHashing()
    real = sha256sums.file_digest

    def digest(path: Path, inside: Path | None = None, what: str = "") -> str:
        if not slow.started.is_set():
            slow.started.set()
            slow.release.wait(5)
            slow.done.set()
        return real(path, inside, what)

    monkeypatch.setattr(sha256sums, "file_digest", digest)
    yield slow
    slow.release.set()  # never leave a worker waiting


@pytest.fixture
def threaded_window(make_window: Any, repo_copy: Path) -> KioskWindow:
    """A live window whose checks run on the worker thread, as the running kiosk's do."""
    window: KioskWindow = make_window(
        live=True,
        content_dir=repo_copy / "content",
        translations_dir=repo_copy / "translations",
        threaded_checks=True,
    )
    return window


def test_the_screen_keeps_painting_and_taking_taps_while_an_update_is_hashed(
    qtbot: Any, threaded_window: KioskWindow, repo_copy: Path, content: Content, slow_hashing: SlowHashing
) -> None:
    window = threaded_window
    old = first_card_title(window)
    ticks: list[bool] = []
    timer = QTimer(window, interval=5)
    timer.timeout.connect(lambda: ticks.append(slow_hashing.blocked))
    timer.start()
    rewrite_first_card(content, repo_copy / "content", "Hashed off the screen")
    window.update_arrived()
    qtbot.waitUntil(lambda: ticks.count(True) >= 3, timeout=3000)  # the event loop runs on
    touch_tap(window.attract)  # and a visitor's touch is taken, with what is shown
    assert slow_hashing.blocked, "the check is still under way"
    assert window.stack.currentWidget() is window.picker
    assert first_card_title(window) == old
    slow_hashing.release.set()
    wait_for_check(qtbot, window)
    assert first_card_title(window) == old, "never under a visitor's finger"
    assert window.stack.currentWidget() is window.picker
    window.reset_visit()
    assert first_card_title(window) == "Hashed off the screen"
    assert window.stack.currentWidget() is window.attract


def test_changes_during_a_check_queue_exactly_one_more(
    qtbot: Any,
    threaded_window: KioskWindow,
    repo_copy: Path,
    content: Content,
    slow_hashing: SlowHashing,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded_window
    assert window.live is not None
    reads: list[int] = []
    reload = window.live.reload
    monkeypatch.setattr(window.live, "reload", lambda: reads.append(1) or reload())
    rewrite_first_card(content, repo_copy / "content", "First change")
    window.update_arrived()
    qtbot.waitUntil(slow_hashing.started.is_set)
    for title in ("Second change", "Third change"):  # written while the first is hashed
        rewrite_first_card(content, repo_copy / "content", title)
        window.update_arrived()
    assert first_card_title(window) != "First change", "nothing taken before its check is done"
    slow_hashing.release.set()
    wait_for_check(qtbot, window)
    assert len(reads) == 2, "one check under way, and one more for whatever came meanwhile"
    assert first_card_title(window) == "Third change"
    assert window.stack.currentWidget() is window.attract


def test_closing_the_window_during_a_check_drops_its_result(
    qtbot: Any,
    threaded_window: KioskWindow,
    repo_copy: Path,
    content: Content,
    slow_hashing: SlowHashing,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = threaded_window
    monkeypatch.setattr(updates, "CLOSE_WAIT_S", 0.01)  # the check below never ends by itself
    old = first_card_title(window)
    taken: list[bool] = []
    window.updates.checked.connect(lambda: taken.append(True))
    rewrite_first_card(content, repo_copy / "content", "Too late")
    window.update_arrived()
    qtbot.waitUntil(slow_hashing.started.is_set)
    window.allow_close = True
    window.close()  # returns, the check still under way
    assert not window.isVisible() and slow_hashing.blocked
    slow_hashing.release.set()
    worker = window.updates.worker
    assert worker is not None
    worker.join(10)
    assert not worker.is_alive()
    QApplication.processEvents()  # where a queued result would be delivered
    assert not taken and first_card_title(window) == old
