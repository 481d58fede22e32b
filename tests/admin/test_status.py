"""What the admin screen tells staff."""

from __future__ import annotations

from pathlib import Path

from kiosk.admin.status import LanguageState, Status, status_lines
from kiosk.config import DEFAULT_HOSTS
from kiosk.content.validate import load_content


def status(content_dir: Path, **changes: object) -> Status:
    content = load_content(content_dir, DEFAULT_HOSTS).content
    values: dict[str, object] = dict(
        version="1.2.3",
        content_folder=str(content_dir),
        content=content,
        content_loaded="2026-12-01 09:00",
        pending_problem=None,
        languages=(LanguageState("en", "English", "source"), LanguageState("es", "Spanish", "draft")),
        printer="'Lobby' ready",
        faults=(),
    )
    values.update(changes)
    return Status(**values)  # type: ignore[arg-type]


def test_it_names_version_content_languages_and_printer(content_dir: Path) -> None:
    text = "\n".join(status_lines(status(content_dir)))
    assert "Kiosk version 1.2.3" in text
    assert "read 2026-12-01 09:00" in text
    assert "en source, es draft" in text
    assert "Printer: 'Lobby' ready" in text
    assert "Recent faults: none" in text


def test_it_shows_a_refused_update_a_broken_catalog_and_recent_faults(content_dir: Path) -> None:
    lines = status_lines(
        status(
            content_dir,
            pending_problem="content/cards/x.yaml:3: unknown topic 'q'",
            languages=(LanguageState("fa", "Farsi", "draft", "messages.po:12: bad quotes"),),
            faults=("2026-12-01 10:00 WARNING printing failed: out of paper",),
        )
    )
    text = "\n".join(lines)
    assert "Last update refused: content/cards/x.yaml:3: unknown topic 'q'" in text
    assert "fa cannot be read (messages.po:12: bad quotes)" in text
    assert "  2026-12-01 10:00 WARNING printing failed: out of paper" in lines


def test_no_content_is_said_plainly(content_dir: Path) -> None:
    assert "Content: none that can be shown" in "\n".join(status_lines(status(content_dir, content=None)))
