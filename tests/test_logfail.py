"""The log check every test runs under (tests/helpers/logfail.py) can fail: a small test file,
run by pytest in a subprocess under the project's own settings and root conftest."""

from __future__ import annotations

import pytest

from kiosk import PROJECT_ROOT

TESTS = """
import logging

import pytest

log = logging.getLogger("kiosk.printing.system_printer")


def test_an_unexpected_warning():
    log.warning("printing failed: %s", "out of paper")


def test_an_unexpected_error_in_a_thread():
    import threading

    thread = threading.Thread(target=lambda: logging.getLogger("kiosk.ui").error("boom"))
    thread.start()
    thread.join()


@pytest.mark.expect_log("kiosk.printing", "WARNING")
def test_an_expected_warning():
    log.warning("printing failed: %s", "out of paper")


@pytest.mark.expect_log("kiosk.printing", "WARNING")
def test_an_error_is_not_a_warning():
    log.error("printing failed: %s", "on fire")


@pytest.mark.expect_log("kiosk.printing", "WARNING")
def test_an_expected_warning_that_never_comes():
    pass


@pytest.mark.expect_log("kiosk.printing", "WARNING")
def test_skipped_before_the_expected_line():
    pytest.skip("no printer here")


@pytest.fixture
def stand_in(log_check):
    log_check.allow("kiosk.ui.audio", "WARNING", "no voice for")


def test_a_fixture_allows_the_line_its_stand_in_causes(stand_in):
    logging.getLogger("kiosk.ui.audio.speech_engine").warning("speech: no voice for es")


def test_a_fixture_allowance_is_not_owed(stand_in):
    pass


def test_a_fixture_allows_only_that_line(stand_in):
    logging.getLogger("kiosk.ui.audio.speech_engine").warning("speech: no audio output")


def test_info_and_other_libraries_are_not_faults():
    log.info("printed")
    logging.getLogger("PIL").warning("not ours")
    logging.getLogger("kiosky").warning("not ours either")
"""


def test_unexpected_kiosk_warnings_fail_the_test(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyprojecttoml((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    demo = pytester.makepyfile(test_demo=TESTS)
    monkeypatch.setenv("PYTHONPATH", str(PROJECT_ROOT))
    result = pytester.runpytest_subprocess("-p", "tests.conftest", "-p", "no:cacheprovider", demo)
    errors = [line for line in result.outlines if line.startswith("ERROR test_demo.py::")]
    failed = {line.split("::")[1].split()[0] for line in errors}
    assert failed == {
        "test_an_unexpected_warning",
        "test_an_unexpected_error_in_a_thread",
        "test_an_error_is_not_a_warning",
        "test_an_expected_warning_that_never_comes",
        "test_a_fixture_allows_only_that_line",
    }
    result.assert_outcomes(passed=9, skipped=1, errors=5)  # a teardown error follows a passed call
    result.stdout.fnmatch_lines(
        [
            "*unexpected WARNING from 'kiosk.printing.system_printer': printing failed: out of paper",
            "*unexpected ERROR from 'kiosk.ui': boom",
            "*unexpected ERROR from 'kiosk.printing.system_printer': printing failed: on fire",
            "*expected a WARNING from 'kiosk.printing' (expect_log), none came",
            "*unexpected WARNING from 'kiosk.ui.audio.speech_engine': speech: no audio output",
        ]
    )
