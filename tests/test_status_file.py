"""The running kiosk's status file: written atomically, only when what it says changes, and
naming a process that doctor can check is still the kiosk."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import logs, status_file
from kiosk.content.model import Content
from kiosk.status_file import KioskStatus, StatusFile, is_running, process_start, read_status
from tests.helpers.clock import FakeClock


@pytest.fixture
def writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every write of a status file, as the text written."""
    done: list[str] = []
    from kiosk.trust.state import write_atomically as real

    def counted(path: Path, text: str) -> None:
        done.append(text)
        real(path, text)

    monkeypatch.setattr(status_file, "write_atomically", counted)
    return done


def shown(tmp_path: Path, content: Content, clock: FakeClock) -> StatusFile:
    kiosk = StatusFile(tmp_path / "state" / "status.json", clock=clock)
    kiosk.content_shown(clock(), signed=True, content=content)
    return kiosk


def load(tmp_path: Path, content_dir: Path) -> Content:
    from kiosk.config.declarations import DEFAULT_HOSTS
    from kiosk.content.validate import load_content

    result = load_content(content_dir, DEFAULT_HOSTS)
    assert result.content is not None, result.problems
    return result.content


def test_written_only_when_it_changes(tmp_path: Path, content_dir: Path, writes: list[str]) -> None:
    clock = FakeClock(1000.0)
    content = load(tmp_path, content_dir)
    kiosk = shown(tmp_path, content, clock)
    kiosk.printer("'Lobby' ready", True)
    assert len(writes) == 2
    for _ in range(5):  # the printer asked again between visits and as cards open: same answer
        clock.t += 60
        kiosk.printer("'Lobby' ready", True)
        kiosk.update_refused(None)
    assert len(writes) == 2
    kiosk.printer("'Lobby' is paused", False)
    assert len(writes) == 3
    status = read_status(tmp_path / "state" / "status.json")
    assert isinstance(status, KioskStatus)
    assert (status.screen, status.since, status.signed, status.printer_ready) == (
        "content",
        1000.0,
        True,
        False,
    )
    assert status.pid == os.getpid() and is_running(status)


def test_since_is_when_the_screen_changed_and_refusals_keep_their_start(
    tmp_path: Path, content_dir: Path
) -> None:
    clock = FakeClock(1000.0)
    content = load(tmp_path, content_dir)
    kiosk = shown(tmp_path, content, clock)
    clock.t += 100
    kiosk.content_shown(clock(), signed=True, content=content)  # newer content, still content
    assert (kiosk.status.since, kiosk.status.loaded_at) == (1000.0, 1100.0)
    kiosk.update_refused("a.yaml:1: bad")
    clock.t += 100
    kiosk.update_refused("b.yaml:2: worse")
    assert (kiosk.status.refused, kiosk.status.refused_since) == ("b.yaml:2: worse", 1100.0)
    kiosk.unavailable("no valid content")
    assert (kiosk.status.screen, kiosk.status.since) == ("unavailable", 1200.0)
    kiosk.update_refused(None)
    assert (kiosk.status.refused, kiosk.status.refused_since) == ("", 0.0)


@pytest.mark.expect_log("kiosk.status_file", "WARNING")
def test_an_interrupted_write_leaves_the_old_file_whole(
    tmp_path: Path, content_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(1000.0)
    kiosk = shown(tmp_path, load(tmp_path, content_dir), clock)
    path = tmp_path / "state" / "status.json"
    before = path.read_text()

    def power_cut(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", power_cut)
    kiosk.printer("'Lobby' is paused", False)  # logged, and the kiosk goes on
    assert path.read_text() == before
    monkeypatch.undo()
    kiosk.fault("2026-12-01 10:00 WARNING something")
    assert json.loads(path.read_text())["printer_ready"] is False, "the next change writes it all"
    assert [p.name for p in path.parent.iterdir()] == ["status.json"], "its temporary file went with it"


@pytest.mark.expect_log("kiosk.status_file", "WARNING")
def test_a_status_file_that_cannot_be_written_is_logged_once(
    tmp_path: Path, content_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "state").write_text("not a folder")
    kiosk = StatusFile(tmp_path / "state" / "status.json")
    previous = logs.RECENT.listener
    logs.RECENT.listener = kiosk.fault  # as the running kiosk hooks it: the warning comes back
    logging.getLogger().addHandler(logs.RECENT)
    try:
        with caplog.at_level(logging.WARNING):
            kiosk.unavailable("no valid content")
            kiosk.printer("'Lobby' ready", True)
    finally:
        logging.getLogger().removeHandler(logs.RECENT)
        logs.RECENT.listener = previous
    said = [r for r in caplog.records if "cannot write the status file" in r.getMessage()]
    assert len(said) == 1
    assert "cannot write the status file" in kiosk.status.last_fault


def test_a_process_is_named_by_its_pid_and_start_time() -> None:
    me = KioskStatus(pid=os.getpid(), started=process_start(os.getpid()), version="x")
    assert me.started and is_running(me)
    assert not is_running(KioskStatus(pid=os.getpid(), started="1", version="x")), "a reused pid"
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    gone = int(done.stdout)
    assert process_start(gone) == ""
    assert not is_running(KioskStatus(pid=gone, started="12345", version="x"))


def test_what_doctor_reads_when_there_is_no_good_file(tmp_path: Path) -> None:
    assert "does not exist" in str(read_status(tmp_path / "status.json"))
    (tmp_path / "status.json").write_text("{half")
    assert "not the kiosk's status file" in str(read_status(tmp_path / "status.json"))
