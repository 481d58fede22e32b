"""A deployment for the monitoring commands: a copy of the repository's content, a config, and
(when a test wants one) the status file of a kiosk that runs: this very test process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kiosk import PROJECT_ROOT
from kiosk.config.declarations import DEFAULT_HOSTS
from kiosk.content.validate import load_content
from kiosk.status_file import FILE_NAME, StatusFile
from tests.helpers.minisign import KeyPair, keys

__all__ = ["keys"]


@pytest.fixture
def deployment(repo_copy: Path) -> Path:
    """A config on the repository's content that doctor passes but for the printer and the
    kiosk: English only (the source, nothing to review), a state and a log folder."""
    write_config(repo_copy, languages="[en]", printer="no-such-printer")
    return repo_copy


def write_config(folder: Path, **settings: str) -> Path:
    config = folder / "kiosk.yaml"
    values = {"state_dir": "state", "log_dir": "logs", **settings}
    config.write_text("".join(f"{name}: {value}\n" for name, value in values.items()))
    return config


def sign(folder: Path, key: KeyPair) -> None:
    """Sign the content and translations as city staff do (`content sign`), and trust the key."""
    from kiosk.cli import main

    config = folder / "kiosk.yaml"
    config.write_text(config.read_text() + f'trusted_keys: ["{key.public}"]\n')
    assert main(["content", "sign", "--key", str(key.secret_file), "--config", str(config)]) == 0


def running_kiosk(folder: Path, **status: Any) -> StatusFile:
    """The status file of a kiosk showing the folder's content; this test process plays the
    kiosk, so its pid is alive. `status` replaces fields afterwards (a dead pid, a refusal)."""
    import dataclasses
    import json

    result = load_content(folder / "content", DEFAULT_HOSTS)
    assert result.content is not None, result.problems
    (folder / "logs").mkdir(exist_ok=True)  # as the kiosk's logs.set_up makes it
    path = folder / "state" / FILE_NAME
    kiosk = StatusFile(path)
    signed = "trusted_keys" in (folder / "kiosk.yaml").read_text()
    kiosk.content_shown(1_764_600_000.0, signed=signed, content=result.content)
    kiosk.printer("'KioskPDF' ready (page layout)", True)
    if status:
        changed = dataclasses.replace(kiosk.status, **status)
        path.write_text(json.dumps(dataclasses.asdict(changed)))
    return kiosk


def plugin(folder: Path, *args: str) -> tuple[int, list[str]]:
    """`main.py doctor --nagios` as Nagios runs it: a process of its own; exit status, stdout."""
    command = [sys.executable, str(PROJECT_ROOT / "main.py"), "doctor", "--nagios"]
    command += ["--config", str(folder / "kiosk.yaml"), *args]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, done.stdout.splitlines()
