"""Issue 20, section 2: with trusted_keys, only bytes that were verified are ever shown, even
when state_dir cannot hold the kiosk's copy (a file where the folder should be, or a read-only
folder). The live folders are never read after their verification: an unsigned edit made then
to the Spanish catalog, or to a recording, never reaches the screen or the speaker."""

from __future__ import annotations

import contextlib
import dataclasses
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.config import Config
from kiosk.i18n import translator
from kiosk.speech.freshness import RecordingTexts
from kiosk.trust.folder import sign_folder
from kiosk.ui.main_window import KioskWindow
from tests.helpers.content import load_repo_content
from tests.helpers.minisign import KeyPair, keys
from tests.helpers.read_only import read_only
from tests.helpers.sounds import listed, write_wav
from tests.helpers.visitor import tap, tile
from tests.ui.test_trusted_start import city_key, start

__all__ = ["keys"]
pytestmark = pytest.mark.gui

SIGNED_TITLE = "¿Puedo denunciar un delito si soy indocumentado?"
FORGED_TITLE = "UNSIGNED 555-0100"


@contextlib.contextmanager
def state_as_file(state: Path) -> Iterator[Path]:
    state.write_text("not a folder\n")
    yield state


@contextlib.contextmanager
def state_read_only(state: Path) -> Iterator[Path]:
    with read_only(state):
        yield state


def every_card_title(qtbot: Any, window: KioskWindow) -> list[str]:
    """What a Spanish visitor sees, tapping each topic in turn."""
    seen: list[str] = []
    for number in range(len(window.topics.grid.tiles)):
        tap(qtbot, window.topics.grid.tiles[number])
        seen += window.card_list.tile_texts()
        window.back()
    return seen


@pytest.mark.expect_log("kiosk.trust.gate", "WARNING")
@pytest.mark.expect_log("kiosk.status_file", "WARNING")
@pytest.mark.parametrize("unusable", [state_as_file, state_read_only], ids=["a file", "read-only"])
def test_an_unusable_state_dir_never_lets_an_unsigned_edit_reach_the_screen(
    qtbot: Any,
    repo_config: Config,
    repo_copy: Path,
    keys: dict[str, KeyPair],
    unusable: Any,
) -> None:
    cfg = dataclasses.replace(
        repo_config,
        content_dir=repo_copy / "content",
        translations_dir=repo_copy / "translations",
        state_dir=repo_copy / "state",
        trusted_keys=[keys["city"].public],
        reload_content=False,
        languages=["en", "es"],
    )
    content = load_repo_content(cfg)
    said = RecordingTexts(content, cfg.translations_dir)("report-a-crime", "es")
    assert said is not None
    # Its manifest (what it reads) is signed with it, like every file of the folder.
    recording = listed(write_wav(cfg.content_dir / "audio" / "report-a-crime" / "es.wav"), said)
    signed_sound = recording.read_bytes()
    for folder in (cfg.content_dir, cfg.translations_dir):
        sign_folder(folder, city_key(keys), now=1764600000)
    translator._catalogs.clear()
    with unusable(cfg.state_dir):
        window = start(qtbot, cfg)
        assert window.live is not None and window.live.problem is None

        # After the verification, someone edits the live folders and signs nothing.
        po = cfg.translations_dir / "es" / "LC_MESSAGES" / "messages.po"
        text = po.read_text(encoding="utf-8")
        assert f'msgstr "{SIGNED_TITLE}"' in text
        po.write_text(text.replace(f'msgstr "{SIGNED_TITLE}"', f'msgstr "{FORGED_TITLE}"'), encoding="utf-8")
        write_wav(recording, seconds=1.5)
        assert recording.read_bytes() != signed_sound

        tap(qtbot, window.attract)
        tap(qtbot, tile(window.picker, "Español"))
        titles = every_card_title(qtbot, window)
        assert SIGNED_TITLE in titles, titles
        assert not any(FORGED_TITLE in title for title in titles), "the unsigned catalog is never read"

        copy = window.live.content_in_use
        assert not copy.is_relative_to(cfg.content_dir) and not copy.is_relative_to(cfg.state_dir)
        assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700, "a private folder of the kiosk's own"
        view = window.listen._view("report-a-crime")
        played = window.listen.speaker.card_source(view, window.listen.content_dir)
        assert isinstance(played, Path), "Listen plays the card's recording"
        assert played.is_relative_to(copy), f"{played} is not inside the verified copy {copy}"
        assert played.read_bytes() == signed_sound, "the recording that was signed"
        window.allow_close = True
        window.close()
