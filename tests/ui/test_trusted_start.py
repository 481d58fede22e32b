"""A kiosk that starts on refused folders shows its last good copy (issue 12, section 2), as
kiosk.ui.app.run builds it; only with no good copy does the unavailable screen stand in. Each
kiosk here starts as the real one does: Attract first, the folders read just after."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.i18n import translator
from kiosk.i18n.translator import translator_for
from kiosk.status_file import FILE_NAME as STATUS_FILE
from kiosk.status_file import StatusFile
from kiosk.trust.folder import sign_folder
from kiosk.trust.minisign import SecretKey
from kiosk.ui.app import open_kiosk
from kiosk.ui.audio.speaker import Speaker
from kiosk.ui.main_window import KioskWindow
from tests.helpers.checks import wait_for_check
from tests.helpers.content import count_validations, write_card
from tests.helpers.minisign import KeyPair, keys
from tests.helpers.notify import Inbox
from tests.helpers.sound_stand_in import StandInSound
from tests.helpers.visitor import tap, tile

__all__ = ["keys"]
pytestmark = pytest.mark.gui


class FirstFrame(QObject):
    """What was on screen, and what had been read, when the kiosk painted its first frame."""

    def __init__(self, window: KioskWindow, validated: list[Path], inbox: Inbox | None) -> None:
        super().__init__(window)
        self.window, self.validated, self.inbox = window, validated, inbox
        self.seen: dict[str, Any] = {}
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and not self.seen:
            QApplication.instance().removeEventFilter(self)
            window = self.window
            self.seen = {
                "screen": window.stack.currentWidget(),
                "text": window.attract.text_shown(),
                "content read": not window.updates.pending or window.content is not None,
                "validated": len(self.validated),
                "told systemd": self.inbox.read()[:] if self.inbox else [],
            }
        return False


def start(
    qtbot: Any,
    cfg: Config,
    validated: list[Path] | None = None,
    inbox: Inbox | None = None,
    settled: Callable[[], None] = lambda: None,
) -> KioskWindow:
    """The kiosk as `run` opens it, once it has read its folders after its first frame (which
    `window.first_frame.seen` describes)."""
    status = StatusFile(cfg.resolve(cfg.state_dir) / STATUS_FILE)
    env = {"NOTIFY_SOCKET": inbox.path} if inbox else {}
    speaker = Speaker(StandInSound())
    window = open_kiosk(cfg, status, settled, env, speaker=speaker)
    window.first_frame = FirstFrame(window, validated if validated is not None else [], inbox)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.updates.pending)
    return window


def trusted_copy(repo_config: Config, repo_copy: Path, keys: dict[str, KeyPair], **more: Any) -> Config:
    """The repository's copy, read as a kiosk that trusts the City's key."""
    return dataclasses.replace(
        repo_config,
        content_dir=repo_copy / "content",
        translations_dir=repo_copy / "translations",
        state_dir=repo_copy / "state",
        trusted_keys=[keys["city"].public],
        reload_content=False,  # each test says when the folders changed
        **more,
    )


def signed_copy(repo_config: Config, repo_copy: Path, keys: dict[str, KeyPair]) -> Config:
    """The same, its folders signed by the City's key, in English and Spanish."""
    cfg = trusted_copy(repo_config, repo_copy, keys, languages=["en", "es"])
    for folder in (cfg.content_dir, cfg.translations_dir):
        sign_folder(folder, city_key(keys), now=1764600000)
    return cfg


def city_key(keys: dict[str, KeyPair]) -> SecretKey:
    return SecretKey.parse(keys["city"].secret_file.read_text(), str)


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_restart_on_refused_folders_shows_the_last_good_copy(
    qtbot: Any, repo_config: Config, repo_copy: Path, keys: dict[str, KeyPair]
) -> None:
    cfg = signed_copy(repo_config, repo_copy, keys)
    first = start(qtbot, cfg)
    assert first.stack.currentWidget() is first.attract and first.live is not None
    assert first.live.problem is None
    first.allow_close = True
    first.close()

    # While the kiosk is off: a card forged, the Spanish catalog gone.
    write_card(cfg.content_dir, "report-a-crime", "questions", "Forged title", "city-statement")
    (cfg.translations_dir / "es" / "LC_MESSAGES" / "messages.po").unlink()
    window = start(qtbot, cfg)
    assert window.first_frame.seen["content read"] is False  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is window.attract, "not the unavailable screen"
    assert window.content is not None and window.content.cards["report-a-crime"].title != "Forged title"
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "Español"))
    spanish = translator_for(repo_copy / "state" / "translations" / "current", "es")
    home = spanish.pgettext("top bar button", "Home")
    assert home != "Home" and window.top_bar.home_button.text() == home, "Spanish, from the kept copy"

    window.reset_visit()
    window.admin_flow.open()
    shown = window.admin.text_shown()
    assert "showing the copy accepted on " in shown
    assert "report-a-crime.yaml: changed since it was signed" in shown
    assert "messages.po: listed in SHA256SUMS but missing" in shown
    window.allow_close = True


@pytest.fixture
def inbox(tmp_path: Path) -> Iterator[Inbox]:
    box = Inbox(tmp_path / "notify")
    yield box
    box.sock.close()


def test_the_attract_is_drawn_first_then_the_folders_read_then_systemd_told(
    qtbot: Any,
    repo_config: Config,
    repo_copy: Path,
    keys: dict[str, KeyPair],
    monkeypatch: pytest.MonkeyPatch,
    inbox: Inbox,
) -> None:
    cfg = signed_copy(repo_config, repo_copy, keys)
    validated = count_validations(monkeypatch)
    at_settle: list[list[str]] = []  # what systemd had heard when the content had been read
    window = start(qtbot, cfg, validated, inbox, lambda: at_settle.append(list(inbox.read())))
    seen = window.first_frame.seen  # type: ignore[attr-defined]
    assert seen["screen"] is window.attract and "Touch the screen to start" in seen["text"]
    assert seen["content read"] is False and seen["validated"] == 0, "nothing read before the first frame"
    assert seen["told systemd"] == [], "READY=1 waits for the content"
    assert len(validated) == 1 and window.content is not None and at_settle == [[]]
    qtbot.waitUntil(lambda: inbox.read() == ["READY=1"])
    assert window.stack.currentWidget() is window.attract and window.live is not None
    assert window.live.problem is None
    window.allow_close = True
    window.close()

    again = start(qtbot, cfg, validated)
    assert again.first_frame.seen["screen"] is again.attract  # type: ignore[attr-defined]
    assert again.content == window.content
    assert len(validated) == 1, "a restart on the folders accepted: nothing validated again"
    again.allow_close = True


def test_a_touch_before_the_folders_are_read_reads_them_first(
    qtbot: Any, repo_config: Config, repo_copy: Path, keys: dict[str, KeyPair]
) -> None:
    cfg = signed_copy(repo_config, repo_copy, keys)
    status = StatusFile(cfg.resolve(cfg.state_dir) / STATUS_FILE)
    window = open_kiosk(cfg, status, speaker=Speaker(StandInSound()))
    qtbot.addWidget(window)
    assert window.updates.pending and window.stack.currentWidget() is window.attract
    window.attract.started.emit()  # a touch, before the event loop got to read the folders
    # They are read off the GUI thread: Attract stays until they are in, then the visit goes on.
    assert window.updates.checking and window.stack.currentWidget() is window.attract
    wait_for_check(qtbot, window)
    assert window.content is not None and window.stack.currentWidget() is window.picker
    window.allow_close = True


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
@pytest.mark.expect_log("kiosk.ui.app", "ERROR")
def test_with_no_good_copy_the_unavailable_screen_stands_in(
    qtbot: Any, repo_config: Config, repo_copy: Path, keys: dict[str, KeyPair]
) -> None:
    cfg = trusted_copy(repo_config, repo_copy, keys)
    window = start(qtbot, cfg)  # never signed, so never accepted
    assert window.first_frame.seen["screen"] is window.attract, "drawn before the folder was read"  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is window.unavailable, "and then refused"
    assert window.live is not None and window.live.refused is not None
    assert "SHA256SUMS: missing" in window.live.refused
    shutil.rmtree(repo_copy / "state")
    window.allow_close = True


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
def test_a_running_kiosk_takes_a_signed_update_and_refuses_a_forged_one(
    qtbot: Any, repo_config: Config, repo_copy: Path, keys: dict[str, KeyPair]
) -> None:
    cfg = signed_copy(repo_config, repo_copy, keys)
    window = start(qtbot, cfg)
    assert window.content is not None
    title = window.content.cards["report-a-crime"].title

    write_card(cfg.content_dir, "report-a-crime", "questions", "Forged title", "city-statement")
    po = cfg.translations_dir / "es" / "LC_MESSAGES" / "messages.po"
    text = po.read_text(encoding="utf-8")
    home = translator_for(window.translators.folder, "es").pgettext("top bar button", "Home")
    po.write_text(text.replace(f'msgstr "{home}"', 'msgstr "Forjado"', 1), encoding="utf-8")
    window.update_arrived()
    wait_for_check(qtbot, window)  # hashed and copied off the GUI thread
    assert window.content.cards["report-a-crime"].title == title
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "Español"))
    assert window.top_bar.home_button.text() == home, "the forged catalog is not read"

    window.reset_visit()
    for folder in (cfg.content_dir, cfg.translations_dir):
        sign_folder(folder, city_key(keys), now=1764600060)  # now the City signs these very changes
    window.update_arrived()
    wait_for_check(qtbot, window)  # hashed and copied off the GUI thread
    assert window.content.cards["report-a-crime"].title == "Forged title"
    tap(qtbot, window.attract)
    tap(qtbot, tile(window.picker, "Español"))
    assert window.top_bar.home_button.text() == "Forjado", "a signed catalog is read from the new copy"
    window.allow_close = True


@pytest.mark.expect_log("kiosk.content.live", "WARNING")
@pytest.mark.expect_log("kiosk.trust.gate", "WARNING")
@pytest.mark.expect_log("kiosk.ui.app", "ERROR")
def test_a_first_frame_in_another_language_reads_only_catalogs_the_gate_trusts(
    qtbot: Any, repo_config: Config, repo_copy: Path, keys: dict[str, KeyPair]
) -> None:
    cfg = dataclasses.replace(signed_copy(repo_config, repo_copy, keys), languages=["es", "en"])
    first = start(qtbot, cfg)
    spanish = first.first_frame.seen["text"]  # type: ignore[attr-defined]
    assert "Touch the screen to start" not in spanish, "the Attract screen opens in Spanish"
    first.allow_close = True
    first.close()

    # The City's key is stolen and removed: what it signed, the kept copies too, is never shown.
    translator._catalogs.clear()  # a restart: a new process, with no catalog in memory
    stolen = dataclasses.replace(cfg, trusted_keys=[keys["next"].public])
    window = start(qtbot, stolen)
    assert "Touch the screen to start" in window.first_frame.seen["text"]  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is window.unavailable
    window.allow_close = True
