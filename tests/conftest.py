"""Shared fixtures. Qt runs offscreen: no display is needed, and nothing is shown."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never start a sound server: with PulseAudio installed but none running, libpulse would
# spawn one on the first sound, slowly and sometimes blocking Qt's media player.
_PULSE_CONF = Path(__file__).parent / "helpers" / "pulse-client.conf"
os.environ.setdefault("PULSE_CLIENTCONFIG", str(_PULSE_CONF))

from kiosk import PROJECT_ROOT  # noqa: E402
from kiosk.config import Config, from_mapping  # noqa: E402
from kiosk.content.model import Content  # noqa: E402
from tests.helpers import logfail  # noqa: E402
from tests.helpers.content import load_repo_content, write_minimal_content  # noqa: E402

# pytester runs a small test file to show that the log check itself can fail; the watchdog ends
# a run that hangs holding Python's lock (tests/helpers/watchdog.py); a run that loaded Qt's
# media player or text-to-speech fails (tests/helpers/no_multimedia.py).
pytest_plugins = ["pytester", "tests.helpers.watchdog", "tests.helpers.no_multimedia"]


@pytest.fixture(autouse=True)
def log_check(request: pytest.FixtureRequest) -> Iterator[logfail.LogFailHandler]:
    """A warning or error the kiosk logged fails the test unless it carries
    `@pytest.mark.expect_log(logger, level)` (see tests/helpers/logfail.py). Set up first and
    torn down last, so what other fixtures log (a window closing) counts too."""
    handler = logfail.install(request.node)
    yield handler
    logfail.uninstall(handler)
    if problems := handler.problems(passed=request.node.stash.get(logfail.PASSED, False)):
        pytest.fail("the kiosk logged:\n  " + "\n  ".join(problems), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    if report.when == "call":
        item.stash[logfail.PASSED] = report.passed
    return report


@pytest.fixture
def repo_config() -> Config:
    """The defaults: the repository's own content and translations."""
    return from_mapping({})


@pytest.fixture
def content(repo_config: Config) -> Content:
    """The repository's content, as the kiosk reads it."""
    return load_repo_content(repo_config)


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


@pytest.fixture(autouse=True)
def delete_closed_widgets() -> Iterator[None]:
    """Delete the windows pytest-qt closed (deleteLater waits for an event loop that tests never
    run): otherwise every old window's application-wide event filters stay, and each later
    event passes through all of them."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def default_printer(monkeypatch: pytest.MonkeyPatch) -> Callable[[str, str | None], None]:
    """The system's default printer named as the test says, seen as on Windows (no CUPS)."""
    from tests.helpers.file_printer import stand_in_default_printer  # Qt's print support: only here

    return stand_in_default_printer(monkeypatch)
