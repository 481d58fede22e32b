"""How a setting is declared (`setting()`) and read back (`SettingInfo`, `Config.settings()`).

The declarations themselves are in kiosk/config/declarations.py; this is the vocabulary they
are written in, so that file holds nothing but settings.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from kiosk import PROJECT_ROOT


def setting(
    default: Any,
    help: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
) -> Any:
    """One setting's default, help text and bounds, as a dataclass field of `Config`."""
    metadata = {"help": help, "min": minimum, "max": maximum}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=metadata)
    return field(default=default, metadata=metadata)


@dataclass(frozen=True)
class SettingInfo:
    name: str
    type: Any
    default: Any
    help: str
    minimum: float | None
    maximum: float | None

    @property
    def choices(self) -> tuple[str, ...] | None:
        if typing.get_origin(self.type) is Literal:
            return typing.get_args(self.type)
        return None

    @property
    def type_name(self) -> str:
        if self.choices:
            return "one of " + ", ".join(self.choices)
        if typing.get_origin(self.type) is list:
            return "list of text"
        names = {Path: "path", str: "text", int: "whole number", float: "number", bool: "yes/no"}
        return names.get(self.type, str(self.type))


@dataclass(frozen=True)
class ConfigBase:
    """What a Config holds beside its settings."""

    # Not a setting: the folder that relative paths are read against (the config file's).
    base_dir: Path = field(default=PROJECT_ROOT, repr=False, compare=False)
    # Not a setting: renamed or retired settings the file still uses, one warning each
    # (kiosk/config/migrate.py), for `doctor`, `config` and the log to repeat.
    upgrade_notes: tuple[str, ...] = field(default=(), repr=False, compare=False)

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else (self.base_dir / path)

    @classmethod
    def settings(cls) -> list[SettingInfo]:
        """Every declared setting, in the order of the declarations."""
        hints = typing.get_type_hints(cls)
        infos = []
        for f in dataclasses.fields(cls):
            if "help" not in f.metadata:
                continue
            default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
            infos.append(
                SettingInfo(
                    f.name, hints[f.name], default, f.metadata["help"], f.metadata["min"], f.metadata["max"]
                )
            )
        return infos
