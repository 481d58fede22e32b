"""Faults reach a rotating file; a folder the kiosk cannot write costs the file, not the kiosk."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import logs


@pytest.fixture
def root_handlers() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[len(before) :]:
        handler.close()
    root.handlers = before


@pytest.mark.expect_log("kiosk.printing.system_printer", "WARNING")
def test_faults_go_to_the_log_file(tmp_path: Path, root_handlers: None) -> None:
    logs.set_up(tmp_path / "logs")
    logging.getLogger("kiosk.printing.system_printer").warning("printing failed: %s", "out of paper")
    text = (tmp_path / "logs" / logs.FILE_NAME).read_text()
    assert "WARNING kiosk.printing.system_printer: printing failed: out of paper" in text


@pytest.mark.expect_log("kiosk.logs", "WARNING")
def test_an_unwritable_folder_does_not_stop_the_kiosk(
    tmp_path: Path, root_handlers: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("")
    logs.set_up(tmp_path / "file" / "logs")
    assert "no log file: cannot write in" in capsys.readouterr().err
