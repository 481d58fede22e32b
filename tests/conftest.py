"""Shared fixtures. Qt runs offscreen: no display is needed, and nothing is shown."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk import PROJECT_ROOT  # noqa: E402
from kiosk.config import Config, from_mapping  # noqa: E402
from tests.helpers.content import write_minimal_content  # noqa: E402


@pytest.fixture
def repo_config() -> Config:
    """The defaults: the repository's own content and translations."""
    return from_mapping({})


@pytest.fixture
def content_dir(tmp_path: Path) -> Path:
    """A small, valid content folder that a test may break on purpose."""
    folder = tmp_path / "content"
    write_minimal_content(folder)
    return folder


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """A copy of the repository's content and translations, safe to change."""
    for name in ("content", "translations"):
        shutil.copytree(PROJECT_ROOT / name, tmp_path / name)
    return tmp_path
