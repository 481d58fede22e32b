"""Read the config file into a `Config`, naming every bad setting with its file and line.

The file is read by the same YAML reader as the content files (kiosk/content/yamlfile.py), so a
setting written twice, a file that is not UTF-8 and a YAML mistake are each one `file:line` line.
A renamed or retired setting is brought up to date first (migrate.py), with a warning.
"""

from __future__ import annotations

import difflib
import os
import typing
from pathlib import Path
from typing import Any

from kiosk import PROJECT_ROOT
from kiosk.config.declarations import RENAMED, Config
from kiosk.config.migrate import current_name, located, migrate
from kiosk.config.setting import SettingInfo
from kiosk.content.yamlfile import read_yaml
from kiosk.hours import HoursError, parse_hours
from kiosk.i18n.languages import LANGUAGES

ENV_VAR = "KIOSK_CONFIG"


class ConfigError(Exception):
    """A bad config file: `problems` holds one readable line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _coerce(info: SettingInfo, value: Any) -> Any:
    """Return the value as the setting's type, or raise ValueError with a plain reason."""
    kind = info.type
    if info.choices:
        if value not in info.choices:
            raise ValueError(f"must be {info.type_name}, not {value!r}")
        return value
    if typing.get_origin(kind) is list:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise ValueError("must be a list of text items, e.g. [en, es]")
        return list(value)
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError("must be true or false")
        return value
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"must be a {info.type_name}, not {value!r}")
        if kind is int and not isinstance(value, int):
            raise ValueError(f"must be a whole number, not {value!r}")
        if info.minimum is not None and value < info.minimum:
            raise ValueError(f"must be at least {info.minimum:g}, not {value}")
        if info.maximum is not None and value > info.maximum:
            raise ValueError(f"must be at most {info.maximum:g}, not {value}")
        return kind(value)
    if kind is Path:
        if not isinstance(value, str) or not value.strip():
            raise ValueError("must be a path (a folder or a file)")
        return Path(value)
    if not isinstance(value, str):
        raise ValueError(f"must be text, not {value!r}")
    return value


def _cross_check(cfg: Config) -> list[str]:
    problems = []
    for code in cfg.languages:
        if code not in LANGUAGES:
            problems.append(f"languages: unknown language code {code!r} (known: {', '.join(LANGUAGES)})")
    if len(set(cfg.languages)) != len(cfg.languages):
        problems.append("languages: a language is listed twice")
    if cfg.default_language not in cfg.languages:
        problems.append(f"default_language: {cfg.default_language!r} is not one of languages {cfg.languages}")
    if cfg.trusted_keys:
        from kiosk.trust.minisign import MinisignError, PublicKey  # cryptography: only when used

        for number, key in enumerate(cfg.trusted_keys, start=1):
            try:
                PublicKey.parse(key)
            except MinisignError as err:
                problems.append(f"trusted_keys: key {number}: {err}")
    for host in cfg.allowed_qr_hosts:
        if "/" in host or ":" in host or " " in host:
            problems.append(f"allowed_qr_hosts: {host!r} must be a bare host name like example.org")
    try:
        parse_hours(cfg.open_hours)
    except HoursError as err:
        problems.append(f"open_hours: {err}")
    return problems


def from_mapping(
    data: dict[str, Any],
    where: str = "",
    lines: dict[str, int] | None = None,
    base_dir: Path = PROJECT_ROOT,
    problems: list[str] | None = None,
) -> Config:
    """Build a Config from a plain mapping, or raise ConfigError naming each bad setting
    (after any `problems` the file already had)."""
    infos = {info.name: info for info in Config.settings()}
    migrated = migrate(data, lines or {}, where)
    data, lines = migrated.data, migrated.lines
    problems = list(problems or []) + migrated.problems
    values: dict[str, Any] = {}

    def at(name: str) -> str:
        return located(where, (lines or {}).get(name))

    for name, raw in data.items():
        info = infos.get(str(name))
        if info is None:
            # An old name misspelt is a setting's misspelling too.
            hint = difflib.get_close_matches(str(name), [*infos, *RENAMED], n=1)
            extra = f" (did you mean {current_name(hint[0])}?)" if hint else ""
            problems.append(f"{at(str(name))}unknown setting {name!r}{extra}")
            continue
        try:
            values[info.name] = _coerce(info, raw)
        except ValueError as err:
            problems.append(f"{at(info.name)}{info.name}: {err}")
    if problems:
        raise ConfigError(problems)
    cfg = Config(**values, base_dir=base_dir, upgrade_notes=tuple(migrated.notes))
    cross = _cross_check(cfg)
    if cross:
        raise ConfigError([f"{where}: {p}" if where else p for p in cross])
    return cfg


def load(path: Path | None = None) -> Config:
    """Load the config file (or $KIOSK_CONFIG, or none: the defaults)."""
    if path is None and os.environ.get(ENV_VAR):
        path = Path(os.environ[ENV_VAR])
    if path is None:
        return from_mapping({})
    where = str(path)
    if not path.exists():
        raise ConfigError([f"{where}: config file not found"])
    file = read_yaml(path, empty_ok=True)
    problems = [f"{where}:{line}: {message}" for line, message in file.problems]
    data = {} if file.data is None and not file.problems else file.data
    if data is None:
        raise ConfigError(problems)
    if not isinstance(data, dict):
        raise ConfigError(
            [f"{where}:{file.line_of(())}: the config file must be a mapping of setting: value"]
        )
    lines = {str(key[0]): line for key, line in file.lines.items() if len(key) == 1}
    # Relative folders in a config file mean "beside the config file".
    return from_mapping(data, where, lines, base_dir=path.resolve().parent, problems=problems)
