"""`doctor --nagios` as Nagios runs it: the status line, the perfdata and the exit status of
each state, from a process of its own on a temporary config."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from kiosk.cli import main
from tests.health.conftest import plugin, running_kiosk, sign, write_config
from tests.helpers.cups_queue import PDF_QUEUE, require_queues
from tests.helpers.minisign import KeyPair

# 'label'=value[UOM];[warn];[crit];[min];[max] (nagios-plugins.org/doc/guidelines.html)
PERFDATA = re.compile(r"^'[^'=]+'=-?[\d.]+(s|%|B|KB|MB|TB|c)?(;[\d.:~@-]*){0,4}$")


def status_line(lines: list[str], state: str) -> str:
    assert lines, "no output at all"
    first = lines[0]
    assert first.startswith(f"KIOSK {state} - "), first
    return first


def perfdata_of(first: str) -> dict[str, str]:
    _text, _bar, data = first.partition(" | ")
    assert data, f"no perfdata in {first!r}"
    for item in data.split():
        assert PERFDATA.match(item), f"not perfdata: {item!r}"
    return {item.split("=")[0].strip("'"): item.split("=")[1].split(";")[0] for item in data.split()}


def test_ok_a_kiosk_showing_signed_content_with_a_ready_printer(
    deployment: Path, keys: dict[str, KeyPair], capsys: pytest.CaptureFixture[str]
) -> None:
    require_queues()
    write_config(deployment, languages="[en]", printer=PDF_QUEUE)
    sign(deployment, keys["city"])
    capsys.readouterr()
    running_kiosk(deployment)
    code, lines = plugin(deployment)
    first = status_line(lines, "OK")
    assert code == 0
    assert "showing 17 cards (signed)" in first
    data = perfdata_of(first)
    assert data["up"] == "1" and data["content_on_screen"] == "1" and data["printer_ready"] == "1"
    assert data["draft_languages"] == "0"


def test_warning_unsigned_content_a_draft_translation_and_no_printer(deployment: Path) -> None:
    write_config(deployment, languages="[en, es]", printer="no-such-printer")
    running_kiosk(deployment)
    code, lines = plugin(deployment)
    first = status_line(lines, "WARNING")
    assert code == 1
    assert "(and 2 more below)" in first
    assert any(line.startswith("WARNING: trust trusted_keys is empty") for line in lines)
    assert "WARNING: language es (Spanish): draws with the installed fonts, catalog draft" in lines
    assert any(line.startswith("WARNING: printer") for line in lines)
    assert perfdata_of(first)["draft_languages"] == "1"


def test_critical_when_the_kiosk_has_never_run(deployment: Path) -> None:
    code, lines = plugin(deployment)
    first = status_line(lines, "CRITICAL")
    assert code == 2
    assert "not running" in first and "status.json does not exist" in first
    assert perfdata_of(first)["up"] == "0"


def test_unknown_for_a_config_that_does_not_load(deployment: Path) -> None:
    write_config(deployment, idle_timeout="5")
    code, lines = plugin(deployment)
    assert code == 3
    assert "idle_timeout: must be at least 10, not 5" in status_line(lines, "UNKNOWN")


def test_unknown_for_a_bad_argument(deployment: Path) -> None:
    code, lines = plugin(deployment, "--no-such-flag")
    assert code == 3
    assert "unrecognized arguments: --no-such-flag" in status_line(lines, "UNKNOWN")
    code, lines = plugin(deployment, "--prometheus", str(deployment / "kiosk.txt"))
    assert code == 3
    assert "ending in .prom" in status_line(lines, "UNKNOWN")


# The other states in this process: quicker, and the same code as above past the command line.


def in_process(folder: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["doctor", "--nagios", "--config", str(folder / "kiosk.yaml")])
    return code, capsys.readouterr().out.splitlines()


def test_critical_when_the_kiosk_has_exited(deployment: Path, capsys: pytest.CaptureFixture[str]) -> None:
    running_kiosk(deployment, started="1")  # our pid, but not the process that wrote the file
    code, lines = in_process(deployment, capsys)
    assert code == 2
    assert "is gone" in status_line(lines, "CRITICAL")
    running_kiosk(deployment, pid=2**22 + 1, started="1")  # no such process
    code, lines = in_process(deployment, capsys)
    assert code == 2
    assert "is gone" in status_line(lines, "CRITICAL")


def test_critical_on_the_unavailable_screen(deployment: Path, capsys: pytest.CaptureFixture[str]) -> None:
    running_kiosk(deployment, screen="unavailable", reason="no valid content")
    code, lines = in_process(deployment, capsys)
    assert code == 2
    assert "showing 'temporarily unavailable' since" in status_line(lines, "CRITICAL")


def test_refused_updates_warn_then_after_a_day_are_critical(
    deployment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    why = "content/cards/x.yaml:3: unknown source 'nowhere'"
    running_kiosk(deployment, refused=why, refused_since=time.time() - 3600)
    code, lines = in_process(deployment, capsys)
    assert code == 1
    assert any(line.startswith("WARNING: kiosk updates refused since") and why in line for line in lines)
    running_kiosk(deployment, refused=why, refused_since=time.time() - 86400 - 60)
    code, lines = in_process(deployment, capsys)
    assert code == 2
    first = status_line(lines, "CRITICAL")
    assert why in first
    assert 86400 < float(perfdata_of(first)["refused_for"].rstrip("s")) < 86400 + 600
