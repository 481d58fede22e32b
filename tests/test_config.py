"""Device settings: declared once, every bad value named with its setting and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import PROJECT_ROOT
from kiosk.config import ConfigError, example_yaml, load, settings


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "kiosk.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    cfg = load(None)
    assert cfg.idle_timeout == 60
    assert cfg.default_language == "en"
    assert cfg.resolve(cfg.content_dir) == PROJECT_ROOT / "content"


def test_file_values_and_relative_paths(tmp_path: Path) -> None:
    cfg = load(write(tmp_path, "idle_timeout: 90\ncontent_dir: my-content\nlanguages: [es, en]\n"))
    assert cfg.idle_timeout == 90
    assert cfg.languages == ["es", "en"]
    assert cfg.resolve(cfg.content_dir) == tmp_path / "my-content"


def test_environment_variable_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIOSK_CONFIG", str(write(tmp_path, "idle_warning: 45\n")))
    assert load(None).idle_warning == 45


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("idle_timeout: 5\n", "kiosk.yaml:1: idle_timeout: must be at least 10, not 5"),
        ("idle_timeout: soon\n", "kiosk.yaml:1: idle_timeout: must be a whole number, not 'soon'"),
        ("\nidle_timout: 60\n", "kiosk.yaml:2: unknown setting 'idle_timout' (did you mean idle_timeout?)"),
        (
            "hide_cursor: maybe\n",
            "kiosk.yaml:1: hide_cursor: must be one of auto, always, never, not 'maybe'",
        ),
        ("languages: en\n", "kiosk.yaml:1: languages: must be a list of text items"),
        ("languages: [en, xx]\n", "kiosk.yaml: languages: unknown language code 'xx'"),
        (
            "languages: [en, es]\ndefault_language: ru\n",
            "kiosk.yaml: default_language: 'ru' is not one of languages",
        ),
        ("allowed_qr_hosts: [https://x.org/]\n", "kiosk.yaml: allowed_qr_hosts: 'https://x.org/' must be"),
        ("idle_timeout: [\n", "kiosk.yaml:2: YAML syntax error"),
        ("- a list\n", "kiosk.yaml:1: the config file must be a mapping"),
    ],
)
def test_bad_values_are_named(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as err:
        load(write(tmp_path, text))
    assert any(p.endswith(expected) or expected in p for p in err.value.problems), err.value.problems


def test_a_setting_written_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load(write(tmp_path, "idle_timeout: 30\nprinter: lobby\nidle_timeout: 90\n"))
    assert [p.split("/")[-1] for p in err.value.problems] == ["kiosk.yaml:3: 'idle_timeout' is written twice"]


def test_a_duplicate_is_reported_beside_the_other_mistakes(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as err:
        load(write(tmp_path, "idle_timeout: 30\nidle_timeout: 90\nhide_cursor: maybe\n"))
    assert [p.split("/")[-1] for p in err.value.problems] == [
        "kiosk.yaml:2: 'idle_timeout' is written twice",
        "kiosk.yaml:3: hide_cursor: must be one of auto, always, never, not 'maybe'",
    ]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"- a list\n", "kiosk.yaml:1: the config file must be a mapping of setting: value"),
        (
            b"# settings\njust some words\n",
            "kiosk.yaml:2: the config file must be a mapping of setting: value",
        ),
        (
            b"idle_timeout: 60\nprinter: \xff\xfe\n",
            "kiosk.yaml:2: the file is not UTF-8 text; save it as UTF-8",
        ),
        (b"\x7fELF\x02\x01\x00\x00", "kiosk.yaml:1: the file is not text (it holds character #x007f"),
        (
            b"idle_timeout: 60\n  printer: x\n",
            "kiosk.yaml:2: YAML syntax error: mapping values are not allowed",
        ),
        (b"idle_timeout: 60\n\tprinter: x\n", "kiosk.yaml:2: YAML syntax error: found character '\\t'"),
    ],
)
def test_a_file_that_is_not_settings_is_one_clear_line(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "kiosk.yaml"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as err:
        load(path)
    (problem,) = err.value.problems
    assert problem.startswith(f"{path.parent}/") and "\n" not in problem
    assert problem.split("/")[-1].startswith(expected), problem


@pytest.mark.parametrize("text", ["", "\n\n", "# every setting commented out\n# idle_timeout: 90\n"])
def test_an_empty_file_keeps_the_defaults(tmp_path: Path, text: str) -> None:
    assert load(write(tmp_path, text)).idle_timeout == 60


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load(tmp_path / "absent.yaml")


def test_example_lists_every_setting_and_loads_back(tmp_path: Path) -> None:
    example = example_yaml()
    for info in settings():
        assert f"\n{info.name}: " in example
    cfg = load(
        write(tmp_path, example.replace("content_dir: content", f"content_dir: {PROJECT_ROOT}/content"))
    )
    assert cfg.idle_timeout == 60


def test_shipped_example_is_current() -> None:
    shipped = (PROJECT_ROOT / "deploy" / "kiosk.example.yaml").read_text(encoding="utf-8")
    assert shipped.strip() == example_yaml().strip(), (
        "run: python main.py config --example > deploy/kiosk.example.yaml"
    )
