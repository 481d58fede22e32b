"""Device settings: declared in declarations.py, read from the config file by load.py, written
out as an example by example.py. Callers import from here."""

from __future__ import annotations

from kiosk.config.declarations import DEFAULT_HOSTS, Config
from kiosk.config.example import example_yaml
from kiosk.config.load import ENV_VAR, ConfigError, from_mapping, load
from kiosk.config.setting import SettingInfo

# Every declared setting, in order: what the loader, the example and `config` list.
settings = Config.settings

__all__ = [
    "DEFAULT_HOSTS",
    "ENV_VAR",
    "Config",
    "ConfigError",
    "SettingInfo",
    "example_yaml",
    "from_mapping",
    "load",
    "settings",
]
