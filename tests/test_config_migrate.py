"""Renamed and retired settings: an old config file keeps a fleet running, and says what to edit.

These tests declare their own entries (a rename of idle_timeout, a retired setting) for the
length of one test; the real ones are tested at the end.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import ConfigError, load, settings
from kiosk.config import declarations as declared
from kiosk.config.migrate import check_declarations


@pytest.fixture
def renamed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(declared.RENAMED, "idle_seconds", "idle_timeout")
    monkeypatch.setitem(declared.RETIRED, "attract_music", "the attract screen has no sound any more")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.usefixtures("renamed")
def test_a_renamed_setting_keeps_its_value_and_says_the_new_name(tmp_path: Path) -> None:
    path = write(tmp_path, "languages: [en, es]\nidle_seconds: 90\n")
    cfg = load(path)
    assert cfg.idle_timeout == 90
    assert cfg.upgrade_notes == (
        f"{path}:2: setting 'idle_seconds' is now called 'idle_timeout': its value was used; "
        "rename it to idle_timeout in the file",
    )


@pytest.mark.usefixtures("renamed")
def test_a_bad_value_under_the_old_name_is_named_at_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "languages: [en]\nidle_seconds: 5\n")
    with pytest.raises(ConfigError) as err:
        load(path)
    assert err.value.problems == [f"{path}:2: idle_timeout: must be at least 10, not 5"]


def test_renames_follow_one_another(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(declared.RENAMED, "timeout", "idle_seconds")
    monkeypatch.setitem(declared.RENAMED, "idle_seconds", "idle_timeout")
    assert load(write(tmp_path, "timeout: 120\n")).idle_timeout == 120


@pytest.mark.usefixtures("renamed")
def test_a_retired_setting_is_ignored_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "attract_music: true\nidle_timeout: 70\n")
    cfg = load(path)
    assert cfg.idle_timeout == 70
    assert not hasattr(cfg, "attract_music")
    assert cfg.upgrade_notes == (
        f"{path}:1: setting 'attract_music' is retired and was ignored (the attract screen has "
        "no sound any more): remove it from the file",
    )


@pytest.mark.usefixtures("renamed")
@pytest.mark.parametrize(
    "text", ["idle_seconds: 90\nidle_timeout: 70\n", "idle_timeout: 70\nidle_seconds: 90\n"]
)
def test_both_the_old_and_the_new_name_is_refused(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    first, second = (line.split(":")[0] for line in text.splitlines())
    with pytest.raises(ConfigError) as err:
        load(path)
    assert err.value.problems == [
        f"{path}:2: '{first}' and '{second}' are both set, but they are one setting, now called "
        "'idle_timeout': keep only idle_timeout"
    ]


@pytest.mark.usefixtures("renamed")
def test_an_unknown_setting_is_still_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "idle_second: 90\n")
    with pytest.raises(ConfigError) as err:
        load(path)
    assert err.value.problems == [f"{path}:1: unknown setting 'idle_second' (did you mean idle_timeout?)"]


def test_the_declared_renames_and_retirements_hold_together(monkeypatch: pytest.MonkeyPatch) -> None:
    names = [info.name for info in settings()]
    assert check_declarations(names) == []
    monkeypatch.setitem(declared.RENAMED, "screen", "display")  # still declared, and leads nowhere
    monkeypatch.setitem(declared.RETIRED, "printer", "gone")
    assert check_declarations(names) == [
        "RENAMED: 'screen' is still a declared setting",
        "RENAMED: 'screen' -> 'display' does not lead to a declared setting",
        "RETIRED: 'printer' is declared or renamed too",
    ]


@pytest.mark.usefixtures("renamed")
def test_config_command_warns_naming_old_and_new(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "idle_seconds: 90\nattract_music: true\n")
    assert main(["config", "--config", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "idle_timeout: 90    #" in out
    warnings = err.splitlines()
    assert len(warnings) == 2
    assert warnings[0].startswith(
        f"WARN config: {path}:1: setting 'idle_seconds' is now called 'idle_timeout'"
    )
    assert warnings[1].startswith(f"WARN config: {path}:2: setting 'attract_music' is retired")


@pytest.mark.usefixtures("renamed")
def test_doctor_lists_the_rename_as_a_warning(repo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(repo_copy, "languages: [en]\nidle_seconds: 90\n")
    main(["doctor", "--config", str(path)])
    out = capsys.readouterr().out.splitlines()
    assert (
        f"WARN config    {path}:2: setting 'idle_seconds' is now called 'idle_timeout': its value "
        in "\n".join(out)
    )
    assert out[0].startswith("OK   config")


def test_the_old_short_countdown_is_retired_and_the_warning_lasts_at_least_20_s(tmp_path: Path) -> None:
    # Issue 21 §3: a config from before kept its 10 s countdown; renamed, its value would stop
    # the kiosk (below idle_warning's minimum). It starts, with the 30 s warning and a note.
    path = write(tmp_path, "idle_countdown: 10\n")
    cfg = load(path)
    assert cfg.idle_warning == 30
    (note,) = cfg.upgrade_notes
    assert note.startswith(f"{path}:1: setting 'idle_countdown' is retired and was ignored")
    assert "idle_warning" in note
    with pytest.raises(ConfigError) as err:
        load(write(tmp_path, "idle_warning: 10\n"))
    assert err.value.problems == [f"{path}:1: idle_warning: must be at least 20, not 10"]
